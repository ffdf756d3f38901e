package io.github.plandiff.align;

/**
 * The embedding cosines between the embedded clauses of a level, held for those clauses only (a
 * level of 20,000 clauses a side with a few hundred embedded needs a few hundred squared cells, not
 * 20,000 squared), with what the semantic features read of them: each cosine, its lead over the
 * best rival of either clause, and how far it stands above the usual cosine of either clause with
 * the others. Cosines are rounded to four decimals, so that the last bits of a vector never decide.
 */
final class MeaningMatrix {

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

  private final int[] rowOf;
  private final int[] colOf;
  private final double[][] cosines;
  private final Best byRow;
  private final Best byColumn;
  private final double[][] rowSums;
  private final double[][] columnSums;

  /**
   * @param olds a vector per old clause of the level, {@code null} for one not embedded
   * @param news the same for the new clauses
   */
  MeaningMatrix(float[][] olds, float[][] news) {
    rowOf = places(olds);
    colOf = places(news);
    float[][] rows = present(olds);
    float[][] columns = present(news);
    cosines = new double[rows.length][columns.length];
    for (int r = 0; r < rows.length; r++) {
      for (int c = 0; c < columns.length; c++) {
        cosines[r][c] = dot(rows[r], columns[c]);
      }
    }
    byRow = Best.of(cosines, true);
    byColumn = Best.of(cosines, false);
    rowSums = sums(cosines, true);
    columnSums = sums(cosines, false);
  }

  /** Whether both clauses were embedded. */
  boolean has(int oldIndex, int newIndex) {
    return rowOf[oldIndex] >= 0 && colOf[newIndex] >= 0;
  }

  /** The embedding cosine of two embedded clauses. */
  double cosine(int oldIndex, int newIndex) {
    return cosines[rowOf[oldIndex]][colOf[newIndex]];
  }

  /** The best cosine of either clause with another embedded clause. */
  double rival(int oldIndex, int newIndex) {
    int r = rowOf[oldIndex];
    int c = colOf[newIndex];
    return Math.max(byRow.other(r, c), byColumn.other(c, r));
  }

  /**
   * How many standard deviations the cosine lies above the usual cosine of each clause with the
   * other clauses (its row and its column, the cell itself left out and the prior counted in),
   * averaged over the two; within ±4.
   */
  double standard(int oldIndex, int newIndex) {
    int r = rowOf[oldIndex];
    int c = colOf[newIndex];
    double s = cosines[r][c];
    return (standard(s, rowSums[r]) + standard(s, columnSums[c])) / 2;
  }

  private static double standard(double s, double[] sums) {
    double count = sums[2] - 1 + PRIOR_CELLS;
    double mean = (sums[0] - s + PRIOR_CELLS * PRIOR_MEAN) / count;
    double second =
        (sums[1] - s * s + PRIOR_CELLS * (PRIOR_MEAN * PRIOR_MEAN + PRIOR_SD * PRIOR_SD)) / count;
    double sd = Math.sqrt(Math.max(0, second - mean * mean));
    double z = (s - mean) / Math.max(0.05, sd);
    return Math.round(Math.max(-4, Math.min(4, z)) * 10_000) / 10_000.0;
  }

  /** Each clause's place among the embedded ones of its side, or -1. */
  private static int[] places(float[][] vectors) {
    int[] out = new int[vectors.length];
    int next = 0;
    for (int k = 0; k < vectors.length; k++) {
      out[k] = vectors[k] == null ? -1 : next++;
    }
    return out;
  }

  private static float[][] present(float[][] vectors) {
    int count = 0;
    for (float[] v : vectors) {
      count += v == null ? 0 : 1;
    }
    float[][] out = new float[count][];
    int next = 0;
    for (float[] v : vectors) {
      if (v != null) {
        out[next++] = v;
      }
    }
    return out;
  }

  /** The sum, the sum of squares and the count of the cosines of each row (or column). */
  private static double[][] sums(double[][] matrix, boolean rows) {
    int size = rows ? matrix.length : matrix.length == 0 ? 0 : matrix[0].length;
    int other = rows ? (matrix.length == 0 ? 0 : matrix[0].length) : matrix.length;
    double[][] out = new double[size][3];
    for (int k = 0; k < size; k++) {
      for (int o = 0; o < other; o++) {
        double v = rows ? matrix[k][o] : matrix[o][k];
        out[k][0] += v;
        out[k][1] += v * v;
        out[k][2]++;
      }
    }
    return out;
  }

  private static double dot(float[] a, float[] b) {
    double d = 0;
    for (int k = 0; k < a.length; k++) {
      d += (double) a[k] * b[k];
    }
    return Math.round(Math.max(-1, Math.min(1, d)) * 10_000) / 10_000.0;
  }

  /** The best and second-best value of each row (or column) of a matrix. */
  private record Best(double[] first, int[] at, double[] second) {

    static Best of(double[][] matrix, boolean rows) {
      int size = rows ? matrix.length : matrix.length == 0 ? 0 : matrix[0].length;
      int other = rows ? (matrix.length == 0 ? 0 : matrix[0].length) : matrix.length;
      double[] first = new double[size];
      double[] second = new double[size];
      int[] at = new int[size];
      for (int k = 0; k < size; k++) {
        at[k] = -1;
        for (int o = 0; o < other; o++) {
          double v = rows ? matrix[k][o] : matrix[o][k];
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
