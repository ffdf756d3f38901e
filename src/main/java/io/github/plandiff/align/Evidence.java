package io.github.plandiff.align;

import io.github.plandiff.align.CandidatePairs.Pair;
import io.github.plandiff.align.TermSpace.Vec;
import java.util.List;

/**
 * What speaks for one old and one new clause of a level being the same clause: the features that
 * {@link Confidence} turns into a probability. From the words: the TF-IDF cosine, how much of the
 * smaller lies inside the other (containment), how well their places in the two drafts agree, and
 * how far the cosine is ahead of each clause's best other candidate, and whether the two are each
 * other's best. From meaning, when a {@link SemanticModel} gave vectors: the embedding cosine and
 * how far it is ahead of each clause's best other counterpart among the embedded clauses. Every
 * feature is symmetric in the two drafts, and embedding cosines are rounded to four decimals so
 * that the last bits of a vector never decide.
 */
final class Evidence {

  private final TermSpace space;
  private final CandidatePairs pairs;
  private final int n;
  private final int m;
  private float[][] oldSem;
  private float[][] newSem;
  private double[][] sem;
  private double[][] part;
  private Best semOld;
  private Best semNew;
  private double[][] rowMean;
  private double[][] colMean;

  Evidence(TermSpace space, CandidatePairs pairs) {
    this.space = space;
    this.pairs = pairs;
    this.n = space.olds.length;
    this.m = space.news.length;
  }

  CandidatePairs pairs() {
    return pairs;
  }

  int olds() {
    return n;
  }

  int news() {
    return m;
  }

  /**
   * The embedding vectors of some clauses of a level, {@code null} for a clause not embedded; and
   * of the parts of each embedded clause (its sub-clauses, or else its sentences), empty for a
   * clause of one part.
   */
  record Vectors(float[][] olds, float[][] news, float[][][] oldParts, float[][][] newParts) {}

  /**
   * Adds embedding vectors for some clauses. Only pairs of two embedded clauses get the semantic
   * features.
   */
  void meaning(Vectors v) {
    float[][] olds = v.olds();
    float[][] news = v.news();
    oldSem = olds;
    newSem = news;
    sem = new double[n][m];
    part = new double[n][m];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < m; j++) {
        boolean both = olds[i] != null && news[j] != null;
        sem[i][j] = both ? dot(olds[i], news[j]) : Double.NaN;
        part[i][j] =
            both
                ? Math.max(
                    sem[i][j],
                    Math.max(best(v.oldParts()[i], news[j]), best(v.newParts()[j], olds[i])))
                : 0;
      }
    }
    semOld = Best.of(sem, true);
    semNew = Best.of(sem, false);
    rowMean = means(sem, true);
    colMean = means(sem, false);
  }

  boolean hasMeaning(int i, int j) {
    return sem != null && !Double.isNaN(sem[i][j]);
  }

  boolean embedded(int index, boolean oldSide) {
    float[][] side = oldSide ? oldSem : newSem;
    return side != null && side[index] != null;
  }

  /** The lexical features of a pair, in the order of {@link Confidence#LEXICAL}. */
  double[] lexical(int i, int j) {
    Vec a = space.olds[i];
    Vec b = space.news[j];
    double lex = TermSpace.cosine(a, b);
    double within = Math.max(TermSpace.containment(a, b), TermSpace.containment(b, a));
    double ro = n == 1 ? 0 : (double) i / (n - 1);
    double rn = m == 1 ? 0 : (double) j / (m - 1);
    double rival =
        Math.max(rival(pairs.byOld.get(i), j, false), rival(pairs.byNew.get(j), i, true));
    double mutual = Scores.quantise(lex) > Scores.quantise(rival) ? 1 : 0;
    return new double[] {lex, within, 1 - Math.abs(ro - rn), lex - rival, mutual};
  }

  /**
   * The lexical and semantic features of a pair of embedded clauses ({@link Confidence#SEMANTIC}).
   */
  double[] semantic(int i, int j) {
    double[] lex = lexical(i, j);
    double s = sem[i][j];
    double rival = Math.max(semOld.other(i, j), semNew.other(j, i));
    double z = (standard(s, rowMean[i]) + standard(s, colMean[j])) / 2;
    return new double[] {
      lex[0], lex[1], lex[2], lex[3], lex[4], s, s - rival, s > rival ? 1 : 0, z, part[i][j]
    };
  }

  /** The cosine of the part closest in meaning to a whole; 0 for no parts. */
  private static double best(float[][] parts, float[] whole) {
    double best = 0;
    if (parts != null) {
      for (float[] p : parts) {
        best = Math.max(best, dot(p, whole));
      }
    }
    return best;
  }

  /**
   * The mean of each row (or column) of a matrix, NaN cells left out (0 when all are): how alike
   * two unrelated clauses of these drafts usually are in meaning.
   */
  private static double[][] means(double[][] matrix, boolean rows) {
    int size = rows ? matrix.length : matrix.length == 0 ? 0 : matrix[0].length;
    int other = rows ? (matrix.length == 0 ? 0 : matrix[0].length) : matrix.length;
    double[][] out = new double[size][2];
    for (int k = 0; k < size; k++) {
      double sum = 0;
      double squares = 0;
      int count = 0;
      for (int o = 0; o < other; o++) {
        double v = rows ? matrix[k][o] : matrix[o][k];
        if (!Double.isNaN(v)) {
          sum += v;
          squares += v * v;
          count++;
        }
      }
      double mean = count == 0 ? 0 : sum / count;
      double sd = count == 0 ? 0 : Math.sqrt(Math.max(0, squares / count - mean * mean));
      out[k][0] = Math.round(mean * 10_000) / 10_000.0;
      out[k][1] = Math.round(sd * 10_000) / 10_000.0;
    }
    return out;
  }

  private static double standard(double s, double[] meanSd) {
    return Math.max(-4, Math.min(4, (s - meanSd[0]) / Math.max(0.05, meanSd[1])));
  }

  /** The best cosine among a clause's candidates, leaving out the given counterpart. */
  private static double rival(List<Pair> list, int except, boolean byNew) {
    double best = 0;
    for (Pair p : list) {
      int other = byNew ? p.oldIndex() : p.newIndex();
      if (other != except) {
        best = Math.max(best, p.cosine());
      }
    }
    return best;
  }

  private static double dot(float[] a, float[] b) {
    double d = 0;
    for (int k = 0; k < a.length; k++) {
      d += (double) a[k] * b[k];
    }
    return Math.round(Math.max(-1, Math.min(1, d)) * 10_000) / 10_000.0;
  }

  /** The best and second-best value of each row (or column) of a matrix, NaN cells left out. */
  private record Best(double[] first, int[] at, double[] second) {

    static Best of(double[][] matrix, boolean rows) {
      int size = rows ? matrix.length : matrix.length == 0 ? 0 : matrix[0].length;
      int other = rows ? (matrix.length == 0 ? 0 : matrix[0].length) : matrix.length;
      double[] first = new double[size];
      double[] second = new double[size];
      int[] at = new int[size];
      for (int k = 0; k < size; k++) {
        first[k] = 0;
        second[k] = 0;
        at[k] = -1;
        for (int o = 0; o < other; o++) {
          double v = rows ? matrix[k][o] : matrix[o][k];
          if (Double.isNaN(v)) {
            continue;
          }
          if (at[k] < 0 || v > first[k]) {
            second[k] = at[k] < 0 ? 0 : first[k];
            first[k] = v;
            at[k] = o;
          } else if (v > second[k]) {
            second[k] = v;
          }
        }
      }
      return new Best(first, at, second);
    }

    /** The best value of row {@code k} apart from column {@code except}. */
    double other(int k, int except) {
      return at[k] == except ? second[k] : first[k];
    }
  }
}
