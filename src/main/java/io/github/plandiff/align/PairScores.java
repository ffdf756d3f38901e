package io.github.plandiff.align;

import io.github.plandiff.align.TermSpace.Vec;

/**
 * The scores of a candidate pair of clauses in one pass: the cosine of their vectors and how much
 * of each lies inside the other, equal to {@link TermSpace#cosine} and {@link
 * TermSpace#containment} both ways.
 */
final class PairScores {

  private PairScores() {}

  /** Scores a pair by one merge of the two vectors' sorted term lists. */
  static CandidatePairs.Pair score(int oldIndex, int newIndex, Vec a, Vec b) {
    double dot = 0;
    double shared = 0;
    int x = 0;
    int y = 0;
    int[] at = a.terms();
    int[] bt = b.terms();
    double[] au = a.unit();
    double[] bu = b.unit();
    double[] ar = a.raw();
    double[] br = b.raw();
    int an = at.length;
    int bn = bt.length;
    // Both term lists are sorted; the steps are computed without branching on which side is
    // behind, which the processor cannot predict on two unrelated lists.
    while (x < an && y < bn) {
      int ta = at[x];
      int tb = bt[y];
      if (ta == tb) {
        dot += au[x] * bu[y];
        shared += smaller(ar[x], br[y]);
      }
      x += ta <= tb ? 1 : 0;
      y += ta >= tb ? 1 : 0;
    }
    return pair(oldIndex, newIndex, a, b, dot, shared);
  }

  /**
   * {@link Math#min} of two weights, which are positive and finite (a sublinear term frequency of
   * at least 1 times an inverse document frequency of at least 1, or sums of such): there the plain
   * comparison gives the same value, and the launcher's compiler inlines it, not {@code Math.min}.
   */
  static double smaller(double x, double y) {
    return x <= y ? x : y;
  }

  private static CandidatePairs.Pair pair(
      int oldIndex, int newIndex, Vec a, Vec b, double dot, double shared) {
    double aInB = a.rawSum() <= 0 ? 0 : TermSpace.clamp(shared / a.rawSum());
    double bInA = b.rawSum() <= 0 ? 0 : TermSpace.clamp(shared / b.rawSum());
    return new CandidatePairs.Pair(oldIndex, newIndex, TermSpace.clamp(dot), aInB, bInA);
  }

  /**
   * Scores a pair in one pass over the new clause's terms, the old clause's terms spread over
   * {@code table}: {@code table[t]} is one more than term {@code t}'s place in {@code a}, 0 where
   * {@code a} lacks it. The shared terms are met in ascending order, as a merge of the two sorted
   * lists meets them, so every sum is added up in the same order.
   */
  static CandidatePairs.Pair score(int oldIndex, int newIndex, Vec a, int[] table, Vec b) {
    double[] au = a.unit();
    double[] ar = a.raw();
    int[] bt = b.terms();
    double[] bu = b.unit();
    double[] br = b.raw();
    double dot = 0;
    double shared = 0;
    for (int y = 0; y < bt.length; y++) {
      int x = table[bt[y]] - 1;
      if (x >= 0) {
        dot += au[x] * bu[y];
        shared += smaller(ar[x], br[y]);
      }
    }
    return pair(oldIndex, newIndex, a, b, dot, shared);
  }

  /** Writes each term's place in {@code v} plus one into {@code table}. */
  static void spread(int[] table, Vec v) {
    int[] terms = v.terms();
    for (int x = 0; x < terms.length; x++) {
      table[terms[x]] = x + 1;
    }
  }

  /** Sets back to 0 what {@link #spread} wrote for {@code v}; nothing when {@code v} is null. */
  static void clear(int[] table, Vec v) {
    if (v == null) {
      return;
    }
    for (int term : v.terms()) {
      table[term] = 0;
    }
  }
}
