package io.github.plandiff.align;

import io.github.plandiff.align.Level.MutableGroup;
import java.util.ArrayList;
import java.util.List;

/**
 * Pairs weakly similar clauses that sit in the same gap of the order: between two consecutive
 * matches on the longest order-preserving chain, an old clause and a new clause left unmatched
 * that still share some rare words are most likely one point rewritten in place. This is how an
 * analyst reads two drafts side by side, and it lets a clause rewritten beyond the match threshold
 * keep its counterpart when its place in the order confirms it. When a gap holds several clauses
 * on a side, a pair must also be each other's best in the gap by character n-gram cosine, a second
 * view of the wording that a few shared common words do not sway. A pair whose word cosine falls
 * short of the threshold may reach it by n-gram cosine, if the two clauses are each other's best
 * by n-grams among all clauses of the level.
 */
final class Gaps {

  /** Larger gaps are skipped: there the order says too little. */
  static final int MAX_GAP = 40;

  /** The share of the gap threshold asked of a lone old and new clause between two matches. */
  static final double SINGLE_GAP_FACTOR = 0.5;

  private static final double ELIGIBLE = 1e-9;

  private Gaps() {}

  static void fill(TermSpace space, TermSpace grams, double threshold, Parts.State state) {
    BestByGrams best = new BestByGrams(grams);
    int n = state.ofOld().length;
    int m = state.ofNew().length;
    List<int[]> chain = chain(state.groups());
    int prevOld = -1;
    int prevNew = -1;
    for (int k = 0; k <= chain.size(); k++) {
      int nextOld = k < chain.size() ? chain.get(k)[0] : n;
      int nextNew = k < chain.size() ? chain.get(k)[1] : m;
      fillOne(space, grams, best, threshold, state, free(state.ofOld(), prevOld, nextOld),
          free(state.ofNew(), prevNew, nextNew));
      if (k < chain.size()) {
        prevOld = Math.max(prevOld, chain.get(k)[2]);
        prevNew = Math.max(prevNew, chain.get(k)[3]);
      }
    }
  }

  private static void fillOne(TermSpace space, TermSpace grams, BestByGrams best,
      double threshold, Parts.State state, int[] olds, int[] news) {
    if (olds.length == 0 || news.length == 0 || olds.length > MAX_GAP || news.length > MAX_GAP) {
      return;
    }
    // One old and one new clause alone between two matches: the order all but pairs them, so
    // less shared wording is asked for. With more clauses a side, a pair must also be mutually
    // best in the gap by character n-grams. The least similarity is reached by word cosine, or
    // by n-gram cosine when the pair are each other's best by n-grams in the whole level.
    boolean lone = olds.length == 1 && news.length == 1;
    double least = lone ? threshold * SINGLE_GAP_FACTOR : threshold;
    int size = Math.max(olds.length, news.length);
    double[][] words = new double[olds.length][news.length];
    double[][] letters = new double[olds.length][news.length];
    for (int r = 0; r < olds.length; r++) {
      for (int c = 0; c < news.length; c++) {
        words[r][c] = TermSpace.cosine(space.olds[olds[r]], space.news[news[c]]);
        letters[r][c] = TermSpace.cosine(grams.olds[olds[r]], grams.news[news[c]]);
      }
    }
    double[][] cost = new double[size][size];
    for (int r = 0; r < olds.length; r++) {
      for (int c = 0; c < news.length; c++) {
        if (!lone && !mutualBest(letters, r, c)) {
          continue;
        }
        boolean eligible = words[r][c] >= least
            || letters[r][c] >= least && best.mutual(olds[r], news[c]);
        if (eligible) {
          double ro = olds.length == 1 ? 0 : (double) r / (olds.length - 1);
          double rn = news.length == 1 ? 0 : (double) c / (news.length - 1);
          // The tiny constant keeps an eligible pair with no shared word and no order bonus
          // (possible when n-grams made it eligible) below zero cost, so it is still taken.
          cost[r][c] = -(ELIGIBLE + words[r][c] + Matching.ORDER_PRIOR * (1 - Math.abs(ro - rn)));
        }
      }
    }
    int[] assign = Hungarian.solve(cost);
    for (int r = 0; r < olds.length; r++) {
      int c = assign[r];
      if (c >= 0 && c < news.length && cost[r][c] < 0) {
        MutableGroup g = new MutableGroup(olds[r], news[c]);
        state.groups().add(g);
        state.ofOld()[olds[r]] = g;
        state.ofNew()[news[c]] = g;
      }
    }
  }

  /**
   * Each clause's strictly best counterpart among all clauses of the other side of the level by
   * character n-gram cosine, found on first use: one scan of the other side per clause asked
   * about, and only clauses of a gap that pass the cheaper checks are asked about.
   *
   * <p>A pair whose shared words fall short of the threshold still matches when the two clauses
   * are each other's best this way: a point reworded in other forms of the same words ("rebuilt",
   * "rebuilding"; "damage", "damaged") stays closest to its successor by n-grams, while two
   * unrelated points are rarely each other's best in the whole draft.
   */
  private static final class BestByGrams {
    private static final int UNKNOWN = -2;
    private static final int TIE = -1;
    private final TermSpace grams;
    private final int[] ofOld;
    private final int[] ofNew;

    BestByGrams(TermSpace grams) {
      this.grams = grams;
      ofOld = new int[grams.olds.length];
      ofNew = new int[grams.news.length];
      java.util.Arrays.fill(ofOld, UNKNOWN);
      java.util.Arrays.fill(ofNew, UNKNOWN);
    }

    boolean mutual(int i, int j) {
      if (ofOld[i] == UNKNOWN) {
        ofOld[i] = best(grams.olds[i], grams.news);
      }
      if (ofOld[i] != j) {
        return false;
      }
      if (ofNew[j] == UNKNOWN) {
        ofNew[j] = best(grams.news[j], grams.olds);
      }
      return ofNew[j] == i;
    }

    /** The index of the strictly most similar vector, or {@link #TIE} if the best is shared. */
    private static int best(TermSpace.Vec v, TermSpace.Vec[] others) {
      int best = TIE;
      double top = -1;
      boolean tie = false;
      for (int k = 0; k < others.length; k++) {
        double cos = TermSpace.cosine(v, others[k]);
        if (cos > top) {
          top = cos;
          best = k;
          tie = false;
        } else if (cos == top) {
          tie = true;
        }
      }
      return tie ? TIE : best;
    }
  }

  /**
   * Whether old clause {@code r} and new clause {@code c} of a gap are each other's strictly best
   * counterpart in the gap by character n-gram cosine. Where a gap holds several clauses a side,
   * a weak word overlap alone (a shared "set up", "agreement") does not show which old clause
   * became which new one; the n-grams still see a word in another form ("rebuilt",
   * "rebuilding") and a reworded pair is nearly always closest that way too.
   */
  private static boolean mutualBest(double[][] letters, int r, int c) {
    for (int x = 0; x < letters.length; x++) {
      if (x != r && letters[x][c] >= letters[r][c]) {
        return false;
      }
    }
    for (int y = 0; y < letters[r].length; y++) {
      if (y != c && letters[r][y] >= letters[r][c]) {
        return false;
      }
    }
    return true;
  }

  /** The groups on the longest order-preserving chain, as (first old, first new, last old, last new). */
  private static List<int[]> chain(List<MutableGroup> groups) {
    List<Ordering.Place> places = new ArrayList<>();
    for (MutableGroup g : groups) {
      places.add(new Ordering.Place(sorted(g.olds), sorted(g.news)));
    }
    boolean[] on = Ordering.onChain(places);
    List<int[]> chain = new ArrayList<>();
    for (int k = 0; k < places.size(); k++) {
      if (on[k]) {
        List<Integer> o = places.get(k).olds();
        List<Integer> w = places.get(k).news();
        chain.add(new int[] {o.get(0), w.get(0), o.get(o.size() - 1), w.get(w.size() - 1)});
      }
    }
    chain.sort((a, b) -> Integer.compare(a[1], b[1]));
    return chain;
  }

  private static List<Integer> sorted(List<Integer> xs) {
    List<Integer> s = new ArrayList<>(xs);
    s.sort(null);
    return s;
  }

  private static int[] free(Level.MutableGroup[] of, int after, int before) {
    List<Integer> out = new ArrayList<>();
    for (int k = after + 1; k < before; k++) {
      if (of[k] == null) {
        out.add(k);
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }
}
