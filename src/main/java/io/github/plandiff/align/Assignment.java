package io.github.plandiff.align;

/**
 * One-to-one matching that maximises the total similarity (the Hungarian method on the clauses
 * not yet matched), keeping only pairs at or above the threshold.
 */
final class Assignment {

  private Assignment() {}

  static void solve(double[][] s, int[] oldToNew, boolean[] newTaken, double threshold) {
    int[] rows = free(oldToNew);
    int[] cols = freeCols(newTaken);
    if (rows.length == 0 || cols.length == 0) {
      return;
    }
    int n = Math.max(rows.length, cols.length);
    double[][] cost = new double[n][n];
    for (int r = 0; r < n; r++) {
      for (int c = 0; c < n; c++) {
        double v = r < rows.length && c < cols.length ? s[rows[r]][cols[c]] : 0;
        // Pairs below the threshold are worth nothing, so they never displace a real match.
        cost[r][c] = v >= threshold ? -v : 0;
      }
    }
    int[] assign = hungarian(cost);
    for (int r = 0; r < rows.length; r++) {
      int c = assign[r];
      if (c >= 0 && c < cols.length && s[rows[r]][cols[c]] >= threshold) {
        oldToNew[rows[r]] = cols[c];
        newTaken[cols[c]] = true;
      }
    }
  }

  private static int[] free(int[] oldToNew) {
    return java.util.stream.IntStream.range(0, oldToNew.length).filter(i -> oldToNew[i] < 0).toArray();
  }

  private static int[] freeCols(boolean[] taken) {
    return java.util.stream.IntStream.range(0, taken.length).filter(j -> !taken[j]).toArray();
  }

  /** Classic O(n³) Hungarian algorithm with potentials; returns the column of each row. */
  static int[] hungarian(double[][] a) {
    int n = a.length;
    double[] u = new double[n + 1];
    double[] v = new double[n + 1];
    int[] p = new int[n + 1];
    int[] way = new int[n + 1];
    for (int i = 1; i <= n; i++) {
      p[0] = i;
      int j0 = 0;
      double[] minv = new double[n + 1];
      java.util.Arrays.fill(minv, Double.POSITIVE_INFINITY);
      boolean[] used = new boolean[n + 1];
      do {
        used[j0] = true;
        int i0 = p[j0];
        double delta = Double.POSITIVE_INFINITY;
        int j1 = 0;
        for (int j = 1; j <= n; j++) {
          if (!used[j]) {
            double cur = a[i0 - 1][j - 1] - u[i0] - v[j];
            if (cur < minv[j]) {
              minv[j] = cur;
              way[j] = j0;
            }
            if (minv[j] < delta) {
              delta = minv[j];
              j1 = j;
            }
          }
        }
        for (int j = 0; j <= n; j++) {
          if (used[j]) {
            u[p[j]] += delta;
            v[j] -= delta;
          } else {
            minv[j] -= delta;
          }
        }
        j0 = j1;
      } while (p[j0] != 0);
      do {
        int j1 = way[j0];
        p[j0] = p[j1];
        j0 = j1;
      } while (j0 != 0);
    }
    int[] rowToCol = new int[n];
    java.util.Arrays.fill(rowToCol, -1);
    for (int j = 1; j <= n; j++) {
      if (p[j] > 0) {
        rowToCol[p[j] - 1] = j - 1;
      }
    }
    return rowToCol;
  }
}
