package io.github.plandiff.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The order of the matches and their {@code moved} flags. Matches follow the new draft's order; an
 * old clause left unmatched follows the match that holds its nearest surviving predecessor. A match
 * is moved when it is not on the longest chain of matches whose old and new orders agree.
 */
final class Ordering {

  /** Where an entry lies on each side, as local positions (empty on a side it lacks there). */
  record Place(List<Integer> olds, List<Integer> news) {}

  private Ordering() {}

  /** Returns the indexes of the places in output order. */
  static List<Integer> order(List<Place> places, int oldCount) {
    List<Integer> placed = new ArrayList<>();
    int[] holder = new int[oldCount];
    Arrays.fill(holder, -1);
    List<Integer> removed = new ArrayList<>();
    for (int k = 0; k < places.size(); k++) {
      Place p = places.get(k);
      if (p.news.isEmpty()) {
        removed.add(k);
      } else {
        placed.add(k);
        for (int o : p.olds) {
          holder[o] = k;
        }
      }
    }
    placed.sort((a, b) -> Integer.compare(places.get(a).news.get(0), places.get(b).news.get(0)));
    removed.sort((a, b) -> Integer.compare(places.get(a).olds.get(0), places.get(b).olds.get(0)));
    List<List<Integer>> after = new ArrayList<>();
    for (int k = 0; k <= places.size(); k++) {
      after.add(new ArrayList<>());
    }
    // The holder of the nearest old position before each one, in one pass (not a scan per clause).
    int[] anchorBefore = new int[oldCount + 1];
    anchorBefore[0] = -1;
    for (int o = 0; o < oldCount; o++) {
      anchorBefore[o + 1] = holder[o] >= 0 ? holder[o] : anchorBefore[o];
    }
    for (int r : removed) {
      int anchor = anchorBefore[places.get(r).olds.get(0)];
      after.get(anchor + 1).add(r);
    }
    List<Integer> out = new ArrayList<>(after.get(0));
    for (int k : placed) {
      out.add(k);
      out.addAll(after.get(k + 1));
    }
    return out;
  }

  /**
   * Marks the places on a longest chain whose old and new orders agree; places without both sides
   * are never on it. Of several longest chains, the one whose matches stay closest to their
   * relative places (least total |old position / old count - new position / new count|) is kept:
   * the clause that jumped far is the one moved; of those, the one through earlier places (least
   * total relative old plus new position). The choice (with it the {@code moved} flags and the
   * gaps) is the same whichever draft is taken as the old one. Runs in O(n log n) with a Fenwick
   * tree over old positions.
   */
  static boolean[] onChain(List<Place> places) {
    List<Integer> both = new ArrayList<>();
    int maxOld = 0;
    int oldCount = 1;
    int newCount = 1;
    for (int k = 0; k < places.size(); k++) {
      Place p = places.get(k);
      for (int o : p.olds) {
        oldCount = Math.max(oldCount, o + 1);
      }
      for (int w : p.news) {
        newCount = Math.max(newCount, w + 1);
      }
      if (!p.olds.isEmpty() && !p.news.isEmpty()) {
        both.add(k);
        maxOld = Math.max(maxOld, p.olds.get(0) + 1);
      }
    }
    both.sort((a, b) -> Integer.compare(places.get(a).news.get(0), places.get(b).news.get(0)));
    int n = both.size();
    int[] len = new int[n];
    double[] weight = new double[n];
    double[] early = new double[n];
    int[] prev = new int[n];
    int[] tree = new int[maxOld + 1];
    Arrays.fill(tree, -1);
    int best = -1;
    for (int k = 0; k < n; k++) {
      Place p = places.get(both.get(k));
      int old = p.olds.get(0);
      int before = query(tree, old, len, weight, early);
      prev[k] = before;
      len[k] = before < 0 ? 1 : len[before] + 1;
      double ro = (double) old / oldCount;
      double rn = (double) p.news.get(0) / newCount;
      weight[k] = (before < 0 ? 0 : weight[before]) - Math.abs(ro - rn);
      early[k] = (before < 0 ? 0 : early[before]) - (ro + rn);
      update(tree, old + 1, k, len, weight, early);
      if (best < 0 || better(k, best, len, weight, early)) {
        best = k;
      }
    }
    boolean[] on = new boolean[places.size()];
    for (int k = best; k >= 0; k = prev[k]) {
      on[both.get(k)] = true;
    }
    return on;
  }

  /** The best chain end among old positions below {@code old} (1-based prefix {@code old}). */
  private static int query(int[] tree, int old, int[] len, double[] weight, double[] early) {
    int best = -1;
    for (int i = old; i > 0; i -= i & -i) {
      int c = tree[i];
      if (c >= 0 && (best < 0 || better(c, best, len, weight, early))) {
        best = c;
      }
    }
    return best;
  }

  private static void update(
      int[] tree, int pos, int k, int[] len, double[] weight, double[] early) {
    for (int i = pos; i < tree.length; i += i & -i) {
      if (tree[i] < 0 || better(k, tree[i], len, weight, early)) {
        tree[i] = k;
      }
    }
  }

  /**
   * Longer first, then less shifted, then through earlier places (least total relative old plus new
   * position): both read the same from either draft, so equally long and equally shifted chains are
   * still chosen alike in both directions. At a full tie the earlier chain end is kept.
   */
  private static boolean better(int a, int b, int[] len, double[] weight, double[] early) {
    if (len[a] != len[b]) {
      return len[a] > len[b];
    }
    if (Math.abs(weight[a] - weight[b]) > 1e-12) {
      return weight[a] > weight[b];
    }
    return early[a] > early[b] + 1e-12;
  }
}
