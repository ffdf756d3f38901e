package io.github.plandiff.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The order of the matches and their {@code moved} flags. Matches follow the new draft's order;
 * an old clause left unmatched follows the match that holds its nearest surviving predecessor. A
 * match is moved when it is not on the longest chain of matches whose old and new orders agree.
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
    for (int r : removed) {
      int anchor = -1;
      for (int o = places.get(r).olds.get(0) - 1; o >= 0 && anchor < 0; o--) {
        anchor = holder[o];
      }
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
   * are never on it. Of several longest chains the one found by patience sorting is kept, which
   * depends only on the positions.
   */
  static boolean[] onChain(List<Place> places) {
    List<Integer> both = new ArrayList<>();
    for (int k = 0; k < places.size(); k++) {
      if (!places.get(k).olds.isEmpty() && !places.get(k).news.isEmpty()) {
        both.add(k);
      }
    }
    both.sort((a, b) -> Integer.compare(places.get(a).news.get(0), places.get(b).news.get(0)));
    int n = both.size();
    int[] seq = new int[n];
    for (int k = 0; k < n; k++) {
      seq[k] = places.get(both.get(k)).olds.get(0);
    }
    int[] tail = new int[n];
    int[] prev = new int[n];
    int len = 0;
    for (int k = 0; k < n; k++) {
      int lo = 0;
      int hi = len;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (seq[tail[mid]] < seq[k]) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      prev[k] = lo > 0 ? tail[lo - 1] : -1;
      tail[lo] = k;
      if (lo == len) {
        len++;
      }
    }
    boolean[] on = new boolean[places.size()];
    for (int k = len > 0 ? tail[len - 1] : -1; k >= 0; k = prev[k]) {
      on[both.get(k)] = true;
    }
    return on;
  }
}
