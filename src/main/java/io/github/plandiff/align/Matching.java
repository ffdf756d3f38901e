package io.github.plandiff.align;

import io.github.plandiff.align.CandidatePairs.Pair;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One-to-one matching of two sides: equal texts first (in source order), then the set of pairs with
 * the greatest total similarity, solved exactly (Hungarian method) on each connected component of
 * the candidate graph, and greedily by score on a component too large for that.
 */
final class Matching {

  /** Components up to this many clauses a side are solved exactly; O(n³) stays well under 0.1 s. */
  static final int EXACT_LIMIT = 250;

  /**
   * A slight preference for pairs at the same relative place in both drafts, so that between two
   * near-equal candidates the one that keeps the order wins; far below any real difference of
   * similarity.
   */
  static final double ORDER_PRIOR = 0.02;

  private Matching() {}

  /** Pairs clauses whose comparison keys are equal, the k-th occurrence with the k-th. */
  static void matchEqual(
      List<String> oldKeys, List<String> newKeys, int[] oldToNew, int[] newToOld) {
    Map<String, ArrayList<Integer>> byKey = new HashMap<>();
    for (int j = 0; j < newKeys.size(); j++) {
      byKey.computeIfAbsent(newKeys.get(j), k -> new ArrayList<>()).add(j);
    }
    Map<String, Integer> used = new HashMap<>();
    for (int i = 0; i < oldKeys.size(); i++) {
      List<Integer> same = byKey.get(oldKeys.get(i));
      if (same == null) {
        continue;
      }
      int u = used.getOrDefault(oldKeys.get(i), 0);
      if (u < same.size()) {
        int j = same.get(u);
        used.put(oldKeys.get(i), u + 1);
        oldToNew[i] = j;
        newToOld[j] = i;
      }
    }
  }

  /** Matches the still free clauses by the candidate pairs at or above the threshold. */
  static void matchSimilar(CandidatePairs pairs, double threshold, int[] oldToNew, int[] newToOld) {
    int n = oldToNew.length;
    int m = newToOld.length;
    List<Pair> edges = new ArrayList<>();
    for (List<Pair> list : pairs.byOld) {
      for (Pair p : list) {
        if (p.cosine() >= threshold && oldToNew[p.oldIndex()] < 0 && newToOld[p.newIndex()] < 0) {
          edges.add(p);
        }
      }
    }
    int[] parent = new int[n + m];
    for (int k = 0; k < parent.length; k++) {
      parent[k] = k;
    }
    for (Pair p : edges) {
      union(parent, p.oldIndex(), n + p.newIndex());
    }
    Map<Integer, List<Pair>> byComponent = new HashMap<>();
    List<Integer> roots = new ArrayList<>();
    for (Pair p : edges) {
      int root = find(parent, p.oldIndex());
      List<Pair> list = byComponent.get(root);
      if (list == null) {
        list = new ArrayList<>();
        byComponent.put(root, list);
        roots.add(root);
      }
      list.add(p);
    }
    for (int root : roots) {
      solve(byComponent.get(root), n, m, oldToNew, newToOld);
    }
  }

  static double score(Pair p, int n, int m) {
    return p.cosine() + ORDER_PRIOR * (1 - shift(p, n, m));
  }

  /** How far apart the pair's relative places in the two drafts are, in [0, 1]. */
  static double shift(Pair p, int n, int m) {
    return Math.abs(Scores.relative(p.oldIndex(), n) - Scores.relative(p.newIndex(), m));
  }

  private static void solve(List<Pair> edges, int n, int m, int[] oldToNew, int[] newToOld) {
    int[] rows = edges.stream().mapToInt(Pair::oldIndex).distinct().sorted().toArray();
    int[] cols = edges.stream().mapToInt(Pair::newIndex).distinct().sorted().toArray();
    if (Math.max(rows.length, cols.length) > EXACT_LIMIT) {
      greedy(edges, n, m, oldToNew, newToOld);
      return;
    }
    int size = Math.max(rows.length, cols.length);
    double[][] cost = new double[size][size];
    for (Pair p : edges) {
      int r = Arrays.binarySearch(rows, p.oldIndex());
      int c = Arrays.binarySearch(cols, p.newIndex());
      cost[r][c] = -score(p, n, m);
    }
    int[] assign = Hungarian.solve(cost);
    for (int r = 0; r < rows.length; r++) {
      int c = assign[r];
      if (c >= 0 && c < cols.length && cost[r][c] < 0) {
        oldToNew[rows[r]] = cols[c];
        newToOld[cols[c]] = rows[r];
      }
    }
  }

  private static void greedy(List<Pair> edges, int n, int m, int[] oldToNew, int[] newToOld) {
    List<Pair> sorted = new ArrayList<>(edges);
    // Best score first (on the grid of Scores), then the pair closer to the same relative place,
    // then the earlier place: no key favours either draft, so swapping them mirrors the result.
    sorted.sort(
        Comparator.comparingLong((Pair p) -> Scores.quantise(score(p, n, m)))
            .reversed()
            .thenComparingDouble(p -> shift(p, n, m))
            .thenComparingDouble(
                p -> Scores.relative(p.oldIndex(), n) + Scores.relative(p.newIndex(), m)));
    for (Pair p : sorted) {
      if (oldToNew[p.oldIndex()] < 0 && newToOld[p.newIndex()] < 0) {
        oldToNew[p.oldIndex()] = p.newIndex();
        newToOld[p.newIndex()] = p.oldIndex();
      }
    }
  }

  private static int find(int[] parent, int x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
}
