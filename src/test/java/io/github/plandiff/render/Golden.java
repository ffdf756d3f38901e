package io.github.plandiff.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources/golden/}: a rendering is compared whole with its
 * file. To regenerate every golden file after an intended change, run
 *
 * <pre>./mvnw -q test -Dtest='*GoldenTest' -Dgolden.update=true</pre>
 *
 * <p>and review the difference with {@code git diff src/test/resources/golden}.
 */
final class Golden {

  static final Path DIR = Path.of("src", "test", "resources", "golden");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  private Golden() {}

  /**
   * Asserts that {@code actual} equals the golden file {@code name}, or rewrites it when updating.
   */
  static void check(String name, String actual) {
    Path file = DIR.resolve(name);
    try {
      if (UPDATE) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
        return;
      }
      assertThat(file)
          .as("golden file %s is missing; run with -Dgolden.update=true to create it", file)
          .exists();
      String expected = Files.readString(file, StandardCharsets.UTF_8);
      assertThat(actual)
          .as(
              "%s differs from its golden file; if the change is intended, run with "
                  + "-Dgolden.update=true and review the diff",
              file)
          .isEqualTo(expected);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
