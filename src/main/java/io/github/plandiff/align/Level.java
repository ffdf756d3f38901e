package io.github.plandiff.align;

import io.github.plandiff.align.CandidatePairs.Pair;
import io.github.plandiff.align.TermSpace.Vec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Aligns one list of clauses with another: equal texts, then the best one-to-one assignment by
 * similarity, then (when allowed) the one-to-one pairs that a split or merge explains better
 * ({@link Reassign}), the parts of merges and splits by containment ({@link Parts}) and the gaps of
 * the order ({@link Gaps}).
 */
final class Level {

  /** Matched clauses of both sides, by index, with the group's similarity and margin. */
  record Group(List<Integer> olds, List<Integer> news, double similarity, double margin) {}

  /** The matched groups, and each clause's best candidate similarity (for unmatched margins). */
  record Result(List<Group> groups, double[] bestOld, double[] bestNew) {}

  private Level() {}

  static Result align(
      List<String> oldKeys,
      List<String> newKeys,
      TermSpace space,
      TermSpace grams,
      AlignerSettings settings,
      boolean parts) {
    int n = oldKeys.size();
    int m = newKeys.size();
    int[] oldToNew = new int[n];
    int[] newToOld = new int[m];
    Arrays.fill(oldToNew, -1);
    Arrays.fill(newToOld, -1);
    Matching.matchEqual(oldKeys, newKeys, oldToNew, newToOld);
    CandidatePairs pairs = CandidatePairs.generate(space, settings);
    Matching.matchSimilar(pairs, settings.matchThreshold(), oldToNew, newToOld);
    List<MutableGroup> groups = new ArrayList<>();
    MutableGroup[] ofOld = new MutableGroup[n];
    MutableGroup[] ofNew = new MutableGroup[m];
    for (int i = 0; i < n; i++) {
      if (oldToNew[i] >= 0) {
        MutableGroup g = new MutableGroup(i, oldToNew[i]);
        groups.add(g);
        ofOld[i] = g;
        ofNew[oldToNew[i]] = g;
      }
    }
    Parts.State state = new Parts.State(groups, ofOld, ofNew);
    if (parts) {
      Reassign.run(pairs, space, settings, state);
      Parts.find(pairs, space, settings, state);
    }
    if (parts) {
      Gaps.fill(space, grams, settings.gapThreshold(), state);
    }
    return result(groups, pairs, space, settings.gapThreshold());
  }

  private static Result result(
      List<MutableGroup> groups, CandidatePairs pairs, TermSpace space, double floor) {
    List<Group> out = new ArrayList<>();
    groups.sort((a, b) -> Integer.compare(a.olds.get(0), b.olds.get(0)));
    for (MutableGroup g : groups) {
      g.olds.sort(null);
      g.news.sort(null);
      double sim = similarity(g, space);
      double alt = 0;
      for (int i : g.olds) {
        for (Pair p : pairs.byOld.get(i)) {
          if (p.cosine() >= floor && !holds(g.news, p.newIndex())) {
            alt = Math.max(alt, p.cosine());
          }
        }
      }
      for (int j : g.news) {
        for (Pair p : pairs.byNew.get(j)) {
          if (p.cosine() >= floor && !holds(g.olds, p.oldIndex())) {
            alt = Math.max(alt, p.cosine());
          }
        }
      }
      out.add(new Group(List.copyOf(g.olds), List.copyOf(g.news), sim, TermSpace.clamp(sim - alt)));
    }
    return new Result(out, best(pairs.byOld, floor), best(pairs.byNew, floor));
  }

  private static boolean holds(List<Integer> indexes, int index) {
    for (int k = 0; k < indexes.size(); k++) {
      if (indexes.get(k) == index) {
        return true;
      }
    }
    return false;
  }

  private static double similarity(MutableGroup g, TermSpace space) {
    List<Vec> a = new ArrayList<>();
    for (int i : g.olds) {
      a.add(space.olds[i]);
    }
    List<Vec> b = new ArrayList<>();
    for (int j : g.news) {
      b.add(space.news[j]);
    }
    return TermSpace.cosine(TermSpace.sum(a), TermSpace.sum(b));
  }

  /**
   * Each clause's best candidate similarity; candidates below the floor (the gap threshold) are no
   * competitors, since nothing would ever match them.
   */
  private static double[] best(List<List<Pair>> lists, double floor) {
    double[] best = new double[lists.size()];
    for (int k = 0; k < best.length; k++) {
      for (Pair p : lists.get(k)) {
        if (p.cosine() >= floor) {
          best[k] = Math.max(best[k], p.cosine());
        }
      }
    }
    return best;
  }

  /** A group while merges and splits are being found. */
  static final class MutableGroup {
    final List<Integer> olds = new ArrayList<>();
    final List<Integer> news = new ArrayList<>();

    MutableGroup(int oldIndex, int newIndex) {
      olds.add(oldIndex);
      news.add(newIndex);
    }
  }
}
