package io.github.plandiff;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Pairs the sections (or annexes) of two drafts, in three passes, each new part in order taking the
 * first unpaired old part that fits: equal ids (for annexes), equal normalised texts; then the
 * parts that share the most clause changes, by keys that read the same from both drafts. Linear in
 * the parts and their clauses, so a draft with a heading over every point costs no more than its
 * points.
 */
final class HeadingPairing {

  /**
   * One side's parts as the pairing sees them.
   *
   * @param ids the parts' ids, or empty when ids are not compared
   * @param texts the parts' normalised texts
   * @param positions for each part, the indexes of the clause changes that hold its clauses
   */
  record Side(List<String> ids, List<String> texts, List<List<Integer>> positions) {}

  private HeadingPairing() {}

  /**
   * Pairs the parts.
   *
   * @param olds the old parts
   * @param news the new parts
   * @return for each new part, the index of its old part, or -1
   */
  static int[] pair(Side olds, Side news) {
    int[] pair = new int[news.texts().size()];
    Arrays.fill(pair, -1);
    boolean[] used = new boolean[olds.texts().size()];
    if (!olds.ids().isEmpty()) {
      byKey(olds.ids(), news.ids(), pair, used);
    }
    byKey(olds.texts(), news.texts(), pair, used);
    byOverlap(olds.positions(), news.positions(), pair, used);
    return pair;
  }

  private static void byKey(List<String> olds, List<String> news, int[] pair, boolean[] used) {
    Map<String, ArrayDeque<Integer>> byKey = new HashMap<>();
    for (int i = 0; i < olds.size(); i++) {
      if (!used[i]) {
        byKey.computeIfAbsent(olds.get(i), k -> new ArrayDeque<>()).add(i);
      }
    }
    for (int j = 0; j < news.size(); j++) {
      ArrayDeque<Integer> candidates = pair[j] < 0 ? byKey.get(news.get(j)) : null;
      if (candidates != null && !candidates.isEmpty()) {
        int i = candidates.poll();
        pair[j] = i;
        used[i] = true;
      }
    }
  }

  /**
   * Pairs the parts left by the clause changes they share: the pair that shares the most first,
   * ties to the pair whose relative places are closest, then earliest. These keys read the same
   * whichever draft is the old one, so swapping the drafts mirrors the pairing.
   */
  private static void byOverlap(
      List<List<Integer>> olds, List<List<Integer>> news, int[] pair, boolean[] used) {
    Map<Integer, List<Integer>> partsAt = new HashMap<>();
    for (int i = 0; i < olds.size(); i++) {
      for (int p : new HashSet<>(olds.get(i))) {
        partsAt.computeIfAbsent(p, k -> new ArrayList<>()).add(i);
      }
    }
    List<int[]> shares = new ArrayList<>();
    for (int j = 0; j < news.size(); j++) {
      if (pair[j] >= 0) {
        continue;
      }
      TreeMap<Integer, Integer> shared = new TreeMap<>();
      for (int p : new HashSet<>(news.get(j))) {
        for (int i : partsAt.getOrDefault(p, List.of())) {
          if (!used[i]) {
            shared.merge(i, 1, Integer::sum);
          }
        }
      }
      for (Map.Entry<Integer, Integer> e : shared.entrySet()) {
        shares.add(new int[] {e.getKey(), j, e.getValue()});
      }
    }
    double n = Math.max(1, olds.size());
    double m = Math.max(1, news.size());
    shares.sort(
        Comparator.<int[]>comparingInt(x -> -x[2])
            .thenComparingDouble(x -> Math.abs(x[0] / n - x[1] / m))
            .thenComparingDouble(x -> x[0] / n + x[1] / m));
    for (int[] x : shares) {
      if (!used[x[0]] && pair[x[1]] < 0) {
        pair[x[1]] = x[0];
        used[x[0]] = true;
      }
    }
  }
}
