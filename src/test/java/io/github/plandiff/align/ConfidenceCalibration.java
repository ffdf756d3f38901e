package io.github.plandiff.align;

import io.github.plandiff.model.Draft;
import io.github.plandiff.testing.DraftGenerator;
import io.github.plandiff.testing.DraftGenerator.Revision;
import io.github.plandiff.testing.TruthRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Fits the coefficients of {@link Confidence} by logistic regression and prints them (run its
 * {@code main} with the test class path; docs/alignment.md). The fitting data: generated revisions
 * (seeds 5,000–5,039, 30 and 120 points) and four paraphrase renderings (p-ukraine-28,
 * p-ukraine-20, p-counter, p-minsk-1). Never used here: the paraphrase renderings p-minsk-2 and
 * p-ukraine-28b, the four sample pairs, and the generated seeds of the tests. Argument {@code
 * lexical} fits the words-only model, {@code semantic} the model with meaning (which depends on the
 * lexical one, through the clauses that the words leave uncertain: fit and paste the lexical model
 * first).
 */
public final class ConfidenceCalibration {

  /** The paraphrase renderings used for fitting, with their source drafts. */
  static final List<String[]> FIT =
      List.of(
          new String[] {"ukraine-28", "p-ukraine-28"},
          new String[] {"ukraine-20", "p-ukraine-20"},
          new String[] {"ukraine-counter", "p-counter"},
          new String[] {"minsk-1", "p-minsk-1"},
          new String[] {"ukraine-28", "r-ukraine-28"},
          new String[] {"ukraine-20", "r-ukraine-20"},
          new String[] {"minsk-1", "r-minsk-1"},
          new String[] {"r-ceasefire-a", "r-ceasefire-b"});

  /** The paraphrase renderings kept out of all fitting and tuning. */
  static final List<String[]> HELD_OUT =
      List.of(
          new String[] {"minsk-2", "p-minsk-2"},
          new String[] {"ukraine-28", "p-ukraine-28b"},
          new String[] {"minsk-2", "r-minsk-2"},
          new String[] {"ukraine-counter", "r-counter"});

  private ConfidenceCalibration() {}

  private static List<CalibrationData.Row> rows(
      Draft o,
      Draft n,
      List<TruthRow> truth,
      SemanticModel model,
      boolean semantic,
      boolean check) {
    if (check) {
      return CalibrationData.check(
          o, n, truth, semantic ? java.util.Optional.of(model) : java.util.Optional.empty());
    }
    return semantic
        ? CalibrationData.semantic(o, n, truth, model)
        : CalibrationData.lexical(o, n, truth);
  }

  /**
   * Prints the fitted coefficients.
   *
   * @param args {@code lexical} or {@code semantic}
   */
  public static void main(String[] args) {
    String mode = args.length > 0 ? args[0] : "lexical";
    boolean semantic = mode.endsWith("semantic");
    boolean check = mode.startsWith("check");
    int generated = args.length > 1 ? Integer.parseInt(args[1]) : 40;
    SemanticModel model = SemanticModels.bundled().orElseThrow();
    List<CalibrationData.Row> rows = new ArrayList<>();
    for (String[] p : FIT) {
      Draft o = ParaphraseData.source(p[0]);
      Draft n = ParaphraseData.rendering(p[1]);
      List<TruthRow> truth = ParaphraseData.truth(p[1]);
      rows.addAll(rows(o, n, truth, model, semantic, check));
    }
    for (String[] p : FIT) {
      if (p[1].startsWith("r-")) {
        continue;
      }
      String donor = p[0].startsWith("minsk") ? "ukraine-20" : "minsk-1";
      for (long seed = 1; seed <= 5; seed++) {
        DistractorPairs.Labelled d = DistractorPairs.make(p[0], p[1], donor, seed);
        rows.addAll(rows(d.oldDraft(), d.newDraft(), d.truth(), model, semantic, check));
      }
    }
    for (int seed = 5_000; seed < 5_000 + generated; seed++) {
      for (int points : new int[] {30, 120}) {
        DraftGenerator gen = new DraftGenerator(seed * 7919L + points);
        Revision r = gen.revise(gen.draft(points));
        rows.addAll(rows(r.oldDraft(), r.newDraft(), r.truth(), model, semantic, check));
      }
    }
    long positives = rows.stream().filter(CalibrationData.Row::same).count();
    System.out.printf(Locale.ROOT, "%d rows, %d true pairs%n", rows.size(), positives);
    double[] w = Logistic.fit(rows, 1e-3);
    StringBuilder sb = new StringBuilder("new Confidence(");
    for (int k = 0; k < w.length; k++) {
      sb.append(k == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.3f", w[k]));
    }
    System.out.println(sb.append(")"));
    System.out.printf(Locale.ROOT, "log loss %.4f%n", Logistic.logLoss(rows, w));
  }
}
