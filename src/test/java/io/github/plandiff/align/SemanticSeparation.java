package io.github.plandiff.align;

import io.github.plandiff.model.Clause;
import io.github.plandiff.model.Draft;
import io.github.plandiff.testing.TruthRow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Prints how well a semantic model's cosines alone separate the same clause from different ones,
 * before any fitting: on the top-level clauses of the fitting renderings ({@link
 * ConfidenceCalibration#FIT}), the cosines of the pairs that the truth tables match (one-to-one,
 * and each part of a merge or split with its whole) against those of every other pair. Prints the
 * mean and standard deviation of each group and the area under the ROC curve (the chance that a
 * true pair has a higher cosine than a false one). The mean and deviation of the false pairs are
 * the prior of {@link MeaningMatrix}. Run its {@code main} with the test class path and {@code
 * minilm} or {@code bge} (docs/alignment.md).
 */
public final class SemanticSeparation {

  private SemanticSeparation() {}

  /**
   * Prints the figures.
   *
   * @param args {@code minilm} (the default) or {@code bge}
   */
  public static void main(String[] args) {
    boolean bge = args.length > 0 && args[0].equals("bge");
    SemanticModel model =
        SemanticModels.find(() -> bge ? OnnxSentenceModel.BGE_SMALL : OnnxSentenceModel.MINILM)
            .orElseThrow();
    List<Double> same = new ArrayList<>();
    List<Double> other = new ArrayList<>();
    for (String[] p : ConfidenceCalibration.FIT) {
      Draft o = ParaphraseData.source(p[0]);
      Draft n = ParaphraseData.rendering(p[1]);
      Set<String> truth = pairs(ParaphraseData.truth(p[1]));
      List<float[]> ov = vectors(model, o.clauses());
      List<float[]> nv = vectors(model, n.clauses());
      for (int i = 0; i < ov.size(); i++) {
        for (int j = 0; j < nv.size(); j++) {
          double c = dot(ov.get(i), nv.get(j));
          String key = o.clauses().get(i).id() + "\t" + n.clauses().get(j).id();
          (truth.contains(key) ? same : other).add(c);
        }
      }
    }
    System.out.println(model.name());
    System.out.println("same clause:      " + describe(same));
    System.out.println("different clause: " + describe(other));
    System.out.printf(Locale.ROOT, "AUC %.4f%n", auc(same, other));
  }

  private static Set<String> pairs(List<TruthRow> truth) {
    Set<String> out = new HashSet<>();
    for (TruthRow r : truth) {
      for (String o : r.oldIds()) {
        for (String n : r.newIds()) {
          out.add(o + "\t" + n);
        }
      }
    }
    return out;
  }

  private static List<float[]> vectors(SemanticModel model, List<Clause> clauses) {
    ClauseTexts texts = new ClauseTexts();
    return model.embed(clauses.stream().map(c -> Meaning.text(texts, c)).toList());
  }

  private static double dot(float[] a, float[] b) {
    double d = 0;
    for (int k = 0; k < a.length; k++) {
      d += a[k] * b[k];
    }
    return Math.round(d * 10_000) / 10_000.0;
  }

  private static String describe(List<Double> xs) {
    double mean = xs.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    double var = xs.stream().mapToDouble(x -> (x - mean) * (x - mean)).sum() / xs.size();
    return String.format(
        Locale.ROOT, "%d pairs, mean %.4f, sd %.4f", xs.size(), mean, Math.sqrt(var));
  }

  /** The Mann–Whitney estimate: ties count one half. */
  private static double auc(List<Double> same, List<Double> other) {
    double[] o = other.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    double wins = 0;
    for (double s : same) {
      int below = lowerBound(o, s);
      int notAbove = upperBound(o, s);
      wins += below + (notAbove - below) / 2.0;
    }
    return wins / ((double) same.size() * o.length);
  }

  private static int lowerBound(double[] sorted, double x) {
    int k = Arrays.binarySearch(sorted, x);
    if (k < 0) {
      return -k - 1;
    }
    while (k > 0 && sorted[k - 1] == x) {
      k--;
    }
    return k;
  }

  private static int upperBound(double[] sorted, double x) {
    int k = lowerBound(sorted, x);
    while (k < sorted.length && sorted[k] == x) {
      k++;
    }
    return k;
  }
}
