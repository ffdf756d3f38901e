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

  /**
   * The usual embedding cosine of two unrelated clauses of two drafts of one text, and its spread:
   * measured on the clause pairs of the fitting renderings that are not the same clause (3,033
   * pairs: mean 0.3545, standard deviation 0.1289). They count as {@link #PRIOR_CELLS} cells of
   * every row and column, so that a clause with few others to compare with still has a baseline.
   */
  static final double PRIOR_MEAN = 0.35;

  /** See {@link #PRIOR_MEAN}. */
  static final double PRIOR_SD = 0.13;

  /** See {@link #PRIOR_MEAN}. */
  static final int PRIOR_CELLS = 4;

  private final TermSpace space;
  private final CandidatePairs pairs;
  private final int n;
  private final int m;
  private float[][] oldSem;
  private float[][] newSem;
  private double[][] sem;
  private Best semOld;
  private Best semNew;
  private double[][] rowSums;
  private double[][] colSums;

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
   * Adds embedding vectors for some clauses ({@code null} for a clause not embedded). Only pairs of
   * two embedded clauses get the semantic features.
   */
  void meaning(float[][] olds, float[][] news) {
    oldSem = olds;
    newSem = news;
    sem = new double[n][m];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < m; j++) {
        sem[i][j] = olds[i] == null || news[j] == null ? Double.NaN : dot(olds[i], news[j]);
      }
    }
    semOld = Best.of(sem, true);
    semNew = Best.of(sem, false);
    rowSums = sums(sem, true);
    colSums = sums(sem, false);
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
    double z = (standard(s, rowSums[i]) + standard(s, colSums[j])) / 2;
    return new double[] {
      lex[0], lex[1], lex[2], lex[3], lex[4], s, s - rival, s > rival ? 1 : 0, z
    };
  }

  /**
   * The sum, the sum of squares and the count of the cosines of each row (or column) of a matrix,
   * NaN cells left out.
   */
  private static double[][] sums(double[][] matrix, boolean rows) {
    int size = rows ? matrix.length : matrix.length == 0 ? 0 : matrix[0].length;
    int other = rows ? (matrix.length == 0 ? 0 : matrix[0].length) : matrix.length;
    double[][] out = new double[size][3];
    for (int k = 0; k < size; k++) {
      for (int o = 0; o < other; o++) {
        double v = rows ? matrix[k][o] : matrix[o][k];
        if (!Double.isNaN(v)) {
          out[k][0] += v;
          out[k][1] += v * v;
          out[k][2]++;
        }
      }
    }
    return out;
  }

  /**
   * How many standard deviations a cosine lies above the usual cosine of its clause with the other
   * clauses of its row (or column), the cell itself left out and the prior counted in; within ±4.
   */
  private static double standard(double s, double[] sums) {
    double count = sums[2] - 1 + PRIOR_CELLS;
    double mean = (sums[0] - s + PRIOR_CELLS * PRIOR_MEAN) / count;
    double second =
        (sums[1] - s * s + PRIOR_CELLS * (PRIOR_MEAN * PRIOR_MEAN + PRIOR_SD * PRIOR_SD)) / count;
    double sd = Math.sqrt(Math.max(0, second - mean * mean));
    double z = (s - mean) / Math.max(0.05, sd);
    return Math.round(Math.max(-4, Math.min(4, z)) * 10_000) / 10_000.0;
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
