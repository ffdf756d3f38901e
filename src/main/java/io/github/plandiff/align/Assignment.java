package io.github.plandiff.align;

import java.util.ArrayList;
import java.util.List;

/** The one-to-one assignment of greatest total weight in a matrix of non-negative weights. */
final class Assignment {

  private Assignment() {}

  /**
   * Pairs rows with columns; a cell of weight 0 is never chosen.
   *
   * @param weight the weights, rows by columns
   * @param exact solve exactly (Hungarian method, cubic) or greedily by weight
   * @return the chosen cells as {row, column}, by row
   */
  static List<int[]> best(double[][] weight, boolean exact) {
    int rows = weight.length;
    int cols = rows == 0 ? 0 : weight[0].length;
    List<int[]> out = new ArrayList<>();
    if (rows == 0 || cols == 0) {
      return out;
    }
    if (exact) {
      int size = Math.max(rows, cols);
      double[][] cost = new double[size][size];
      for (int r = 0; r < rows; r++) {
        for (int c = 0; c < cols; c++) {
          cost[r][c] = -weight[r][c];
        }
      }
      int[] assign = Hungarian.solve(cost);
      for (int r = 0; r < rows; r++) {
        int c = assign[r];
        if (c >= 0 && c < cols && weight[r][c] > 0) {
          out.add(new int[] {r, c});
        }
      }
      return out;
    }
    List<int[]> cells = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        if (weight[r][c] > 0) {
          cells.add(new int[] {r, c});
        }
      }
    }
    // Heaviest first; ties by how far apart the two places are, then how early, read the same way
    // from both drafts.
    cells.sort(
        (a, b) -> {
          int byWeight = Double.compare(weight[b[0]][b[1]], weight[a[0]][a[1]]);
          if (byWeight != 0) {
            return byWeight;
          }
          int byShift = Integer.compare(Math.abs(a[0] - a[1]), Math.abs(b[0] - b[1]));
          return byShift != 0 ? byShift : Integer.compare(a[0] + a[1], b[0] + b[1]);
        });
    boolean[] rowDone = new boolean[rows];
    boolean[] colDone = new boolean[cols];
    for (int[] cell : cells) {
      if (!rowDone[cell[0]] && !colDone[cell[1]]) {
        rowDone[cell[0]] = true;
        colDone[cell[1]] = true;
        out.add(cell);
      }
    }
    out.sort((a, b) -> Integer.compare(a[0], b[0]));
    return out;
  }
}
