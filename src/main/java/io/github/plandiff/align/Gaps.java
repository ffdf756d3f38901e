package io.github.plandiff.align;

import io.github.plandiff.align.Level.MutableGroup;
import java.util.ArrayList;
import java.util.List;

/**
 * Pairs weakly similar clauses that sit in the same gap of the order: between two consecutive
 * matches on the longest order-preserving chain, an old clause and a new clause left unmatched
 * that still share some rare words are most likely one point rewritten in place. This is how an
 * analyst reads two drafts side by side, and it lets a clause rewritten beyond the match threshold
 * keep its counterpart when its place in the order confirms it.
 */
final class Gaps {

  /** Larger gaps are skipped: there the order says too little. */
  static final int MAX_GAP = 40;

  /** The share of the gap threshold asked of a lone old and new clause between two matches. */
  static final double SINGLE_GAP_FACTOR = 0.5;

  private Gaps() {}

  static void fill(TermSpace space, double threshold, Parts.State state) {
    int n = state.ofOld().length;
    int m = state.ofNew().length;
    List<int[]> chain = chain(state.groups());
    int prevOld = -1;
    int prevNew = -1;
    for (int k = 0; k <= chain.size(); k++) {
      int nextOld = k < chain.size() ? chain.get(k)[0] : n;
      int nextNew = k < chain.size() ? chain.get(k)[1] : m;
      fillOne(space, threshold, state, free(state.ofOld(), prevOld, nextOld),
          free(state.ofNew(), prevNew, nextNew));
      if (k < chain.size()) {
        prevOld = Math.max(prevOld, chain.get(k)[2]);
        prevNew = Math.max(prevNew, chain.get(k)[3]);
      }
    }
  }

  private static void fillOne(TermSpace space, double threshold, Parts.State state, int[] olds,
      int[] news) {
    if (olds.length == 0 || news.length == 0 || olds.length > MAX_GAP || news.length > MAX_GAP) {
      return;
    }
    // One old and one new clause alone between two matches: the order all but pairs them, so
    // less shared wording is asked for.
    double least = olds.length == 1 && news.length == 1 ? threshold * SINGLE_GAP_FACTOR : threshold;
    int size = Math.max(olds.length, news.length);
    double[][] cost = new double[size][size];
    for (int r = 0; r < olds.length; r++) {
      for (int c = 0; c < news.length; c++) {
        double cos = TermSpace.cosine(space.olds[olds[r]], space.news[news[c]]);
        if (cos >= least) {
          double ro = olds.length == 1 ? 0 : (double) r / (olds.length - 1);
          double rn = news.length == 1 ? 0 : (double) c / (news.length - 1);
          cost[r][c] = -(cos + Matching.ORDER_PRIOR * (1 - Math.abs(ro - rn)));
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
