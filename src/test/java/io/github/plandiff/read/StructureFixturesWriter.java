package io.github.plandiff.read;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the .docx of each fixture under {@code drafts/structure} from its .txt (points numbered by
 * Word, short lines as headings), with {@code -Dfixtures.update=true}; the files are committed.
 */
class StructureFixturesWriter {

  static final Path DIR = Path.of("src", "test", "resources", "drafts", "structure");

  @Test
  @EnabledIfSystemProperty(named = "fixtures.update", matches = "true")
  void writesTheDocxOfEachFixture() throws IOException {
    try (var cases = Files.list(DIR)) {
      for (Path dir : cases.sorted().toList()) {
        for (String name : List.of("draft", "edited")) {
          List<String> lines =
              Files.readAllLines(dir.resolve(name + ".txt"), StandardCharsets.UTF_8).stream()
                  .filter(l -> !l.isBlank())
                  .toList();
          Files.write(dir.resolve(name + ".docx"), DocxFixtures.fromDraft(lines));
        }
      }
    }
  }
}
