package io.github.plandiff.render;

import io.github.plandiff.CompareOptions;
import io.github.plandiff.PlanDiff;
import io.github.plandiff.model.Comparison;
import io.github.plandiff.model.Draft;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The sample drafts of {@code src/test/resources/drafts}, compared from bytes so output names no
 * path.
 */
final class Samples {

  /** Sample pairs as "old__new" names. */
  static final List<String> PAIRS =
      List.of("ukraine-28__ukraine-20", "minsk-1__minsk-2", "ukraine-28__ukraine-counter");

  private Samples() {}

  static Draft draft(String name) {
    try (InputStream in = Samples.class.getResourceAsStream("/drafts/" + name + ".txt")) {
      if (in == null) {
        throw new IllegalStateException("no sample " + name);
      }
      return PlanDiff.parse(in.readAllBytes(), name + ".txt", name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Comparison compare(String pair) {
    String[] names = pair.split("__");
    return PlanDiff.compare(draft(names[0]), draft(names[1]), CompareOptions.defaults());
  }
}
