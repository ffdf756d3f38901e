package io.github.plandiff.align;

import io.github.plandiff.align.Level.MutableGroup;
import java.util.ArrayList;
import java.util.List;

/**
 * Pairs weakly similar clauses that sit in the same gap of the order: between two consecutive
 * matches on the longest order-preserving chain, an old clause and a new clause left unmatched that
 * still share some rare words are most likely one point rewritten in place. This is how an analyst
 * reads two drafts side by side, and it lets a clause rewritten beyond the match threshold keep its
 * counterpart when its place in the order confirms it. When a gap holds several clauses on a side,
 * a pair must also be each other's best in the gap by character n-gram cosine, a second view of the
 * wording that a few shared common words do not sway.
 */
final class Gaps {

  /** Larger gaps are skipped: there the order says too little. */
  static final int MAX_GAP = 40;

  /** The share of the gap threshold asked of a lone old and new clause between two matches. */
  static final double SINGLE_GAP_FACTOR = 0.5;

  private Gaps() {}

  static void fill(TermSpace space, TermSpace grams, double threshold, Parts.State state) {
    int n = state.ofOld().length;
    int m = state.ofNew().length;
    List<int[]> chain = chain(state.groups());
    int prevOld = -1;
    int prevNew = -1;
    for (int k = 0; k <= chain.size(); k++) {
      int nextOld = k < chain.size() ? chain.get(k)[0] : n;
      int nextNew = k < chain.size() ? chain.get(k)[1] : m;
      fillOne(
          space,
          grams,
          threshold,
          state,
          free(state.ofOld(), prevOld, nextOld),
          free(state.ofNew(), prevNew, nextNew));
      if (k < chain.size()) {
        prevOld = Math.max(prevOld, chain.get(k)[2]);
        prevNew = Math.max(prevNew, chain.get(k)[3]);
      }
    }
  }

  private static void fillOne(
      TermSpace space,
      TermSpace grams,
      double threshold,
      Parts.State state,
      int[] olds,
      int[] news) {
    if (olds.length == 0 || news.length == 0 || olds.length > MAX_GAP || news.length > MAX_GAP) {
      return;
    }
    // One old and one new clause alone between two matches: the order all but pairs them, so
    // less shared wording is asked for. With more clauses a side, a pair must also be mutually
    // best in the gap by character n-grams.
    boolean lone = olds.length == 1 && news.length == 1;
    double least = lone ? threshold * SINGLE_GAP_FACTOR : threshold;
    int size = Math.max(olds.length, news.length);
    double[][] words = new double[olds.length][news.length];
    double[][] letters = new double[olds.length][news.length];
    for (int r = 0; r < olds.length; r++) {
      for (int c = 0; c < news.length; c++) {
        words[r][c] = TermSpace.cosine(space.olds[olds[r]], space.news[news[c]]);
        letters[r][c] = TermSpace.cosine(grams.old(olds[r]), grams.neu(news[c]));
      }
    }
    double[][] cost = new double[size][size];
    for (int r = 0; r < olds.length; r++) {
      for (int c = 0; c < news.length; c++) {
        if (words[r][c] >= least && (lone || mutualBest(letters, r, c))) {
          double ro = olds.length == 1 ? 0 : (double) r / (olds.length - 1);
          double rn = news.length == 1 ? 0 : (double) c / (news.length - 1);
          cost[r][c] = -(words[r][c] + Matching.ORDER_PRIOR * (1 - Math.abs(ro - rn)));
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
   * Whether old clause {@code r} and new clause {@code c} of a gap are each other's strictly best
   * counterpart in the gap by character n-gram cosine. Where a gap holds several clauses a side, a
   * weak word overlap alone (a shared "set up", "agreement") does not show which old clause became
   * which new one; the n-grams still see a word in another form ("rebuilt", "rebuilding") and a
   * reworded pair is nearly always closest that way too. Compared on the grid of {@link Scores}, so
   * that a tie stays a tie whichever draft is the old one.
   */
  private static boolean mutualBest(double[][] letters, int r, int c) {
    long own = Scores.quantise(letters[r][c]);
    for (int x = 0; x < letters.length; x++) {
      if (x != r && Scores.quantise(letters[x][c]) >= own) {
        return false;
      }
    }
    for (int y = 0; y < letters[r].length; y++) {
      if (y != c && Scores.quantise(letters[r][y]) >= own) {
        return false;
      }
    }
    return true;
  }

  /**
   * The groups on the longest order-preserving chain, as (first old, first new, last old, last
   * new).
   */
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
