package io.github.plandiff.align;

/**
 * Helpers that keep the aligner's decisions the same whichever draft is taken as the old one.
 *
 * <p>A similarity is a floating-point sum over the terms two clauses share, and the terms are
 * numbered in the order the drafts are read, so swapping the drafts can change the last bits of a
 * score. Scores are therefore compared on a fixed grid, far finer than any difference that means
 * something, and ties are broken by keys that read the same from both sides.
 */
final class Scores {

  /** The grid on which scores are compared. */
  static final double GRID = 1e-9;

  private Scores() {}

  /** A score as a whole number of grid steps. */
  static long quantise(double score) {
    return Math.round(score / GRID);
  }

  /** The relative place of position {@code index} among {@code count}, in [0, 1]. */
  static double relative(int index, int count) {
    return count <= 1 ? 0 : (double) index / (count - 1);
  }
}
