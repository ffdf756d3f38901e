package io.github.plandiff.align;

import java.util.List;

/**
 * Logistic regression by Newton's method with a small L2 penalty, for {@link
 * ConfidenceCalibration}.
 */
final class Logistic {

  private Logistic() {}

  /** Returns the intercept followed by one weight per feature. */
  static double[] fit(List<CalibrationData.Row> rows, double l2) {
    int d = rows.get(0).features().length + 1;
    double[] w = new double[d];
    for (int iter = 0; iter < 50; iter++) {
      double[] grad = new double[d];
      double[][] hess = new double[d][d];
      for (CalibrationData.Row r : rows) {
        double[] x = x(r);
        double p = sigmoid(dot(w, x));
        double y = r.same() ? 1 : 0;
        for (int a = 0; a < d; a++) {
          grad[a] += (p - y) * x[a];
          for (int b = 0; b < d; b++) {
            hess[a][b] += p * (1 - p) * x[a] * x[b];
          }
        }
      }
      for (int a = 1; a < d; a++) {
        grad[a] += l2 * rows.size() * w[a];
        hess[a][a] += l2 * rows.size();
      }
      double[] step = solve(hess, grad);
      double change = 0;
      for (int a = 0; a < d; a++) {
        w[a] -= step[a];
        change = Math.max(change, Math.abs(step[a]));
      }
      if (change < 1e-9) {
        break;
      }
    }
    return w;
  }

  static double logLoss(List<CalibrationData.Row> rows, double[] w) {
    double sum = 0;
    for (CalibrationData.Row r : rows) {
      double p = Math.min(1 - 1e-12, Math.max(1e-12, sigmoid(dot(w, x(r)))));
      sum -= r.same() ? Math.log(p) : Math.log(1 - p);
    }
    return sum / rows.size();
  }

  private static double[] x(CalibrationData.Row r) {
    double[] f = r.features();
    double[] x = new double[f.length + 1];
    x[0] = 1;
    System.arraycopy(f, 0, x, 1, f.length);
    return x;
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int k = 0; k < a.length; k++) {
      s += a[k] * b[k];
    }
    return s;
  }

  private static double sigmoid(double z) {
    return 1 / (1 + Math.exp(-z));
  }

  /** Solves a x = b by Gaussian elimination with partial pivoting. */
  private static double[] solve(double[][] a, double[] b) {
    int n = b.length;
    double[][] m = new double[n][n + 1];
    for (int i = 0; i < n; i++) {
      System.arraycopy(a[i], 0, m[i], 0, n);
      m[i][n] = b[i];
    }
    for (int c = 0; c < n; c++) {
      int piv = c;
      for (int r = c + 1; r < n; r++) {
        if (Math.abs(m[r][c]) > Math.abs(m[piv][c])) {
          piv = r;
        }
      }
      double[] t = m[c];
      m[c] = m[piv];
      m[piv] = t;
      for (int r = 0; r < n; r++) {
        if (r != c && m[c][c] != 0) {
          double f = m[r][c] / m[c][c];
          for (int k = c; k <= n; k++) {
            m[r][k] -= f * m[c][k];
          }
        }
      }
    }
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = m[i][i] == 0 ? 0 : m[i][n] / m[i][i];
    }
    return x;
  }
}
