package io.github.plandiff.align;

import io.github.plandiff.align.CandidatePairs.Pair;
import io.github.plandiff.align.Level.MutableGroup;
import io.github.plandiff.align.TermSpace.Vec;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds merges and splits after the one-to-one matching: an old clause left unmatched whose text
 * lies mostly inside a new clause joins that clause's group (a merge), and a new clause left
 * unmatched whose text lies mostly inside an old clause joins that clause's group (a split). The
 * parts need not be adjacent. A part joins only if it explains enough of the whole that the group
 * did not explain yet, so a clause is not merged for sharing a few words.
 */
final class Parts {

  /** The groups and, per clause, the group that holds it. */
  record State(List<MutableGroup> groups, MutableGroup[] ofOld, MutableGroup[] ofNew) {}

  private Parts() {}

  static void find(CandidatePairs pairs, TermSpace space, AlignerSettings s, State state) {
    for (int u = 0; u < state.ofOld.length; u++) {
      if (state.ofOld[u] == null) {
        mergeInto(u, pairs.byOld.get(u), space, s, state);
      }
    }
    for (int v = 0; v < state.ofNew.length; v++) {
      if (state.ofNew[v] == null) {
        splitFrom(v, pairs.byNew.get(v), space, s, state);
      }
    }
  }

  private static void mergeInto(
      int u, List<Pair> candidates, TermSpace space, AlignerSettings s, State state) {
    Pair best = null;
    for (Pair p : candidates) {
      MutableGroup g = state.ofNew[p.newIndex()];
      boolean open = g == null || g.news.size() == 1;
      if (open && p.oldInNew() >= s.partThreshold() && better(p.oldInNew(), p, best, true)) {
        best = p;
      }
    }
    if (best == null) {
      return;
    }
    int j = best.newIndex();
    MutableGroup g = state.ofNew[j];
    Vec whole = space.news[j];
    double before = g == null ? 0 : TermSpace.containment(whole, sum(space.olds, g.olds, -1));
    double after = TermSpace.containment(whole, sum(space.olds, g == null ? List.of() : g.olds, u));
    if (after - before < s.partGain()) {
      return;
    }
    if (g == null) {
      g = new MutableGroup(u, j);
      state.groups.add(g);
      state.ofNew[j] = g;
    } else {
      g.olds.add(u);
    }
    state.ofOld[u] = g;
  }

  private static void splitFrom(
      int v, List<Pair> candidates, TermSpace space, AlignerSettings s, State state) {
    Pair best = null;
    for (Pair p : candidates) {
      MutableGroup g = state.ofOld[p.oldIndex()];
      boolean open = g == null || g.olds.size() == 1;
      if (open && p.newInOld() >= s.partThreshold() && better(p.newInOld(), p, best, false)) {
        best = p;
      }
    }
    if (best == null) {
      return;
    }
    int i = best.oldIndex();
    MutableGroup g = state.ofOld[i];
    Vec whole = space.olds[i];
    double before = g == null ? 0 : TermSpace.containment(whole, sum(space.news, g.news, -1));
    double after = TermSpace.containment(whole, sum(space.news, g == null ? List.of() : g.news, v));
    if (after - before < s.partGain()) {
      return;
    }
    if (g == null) {
      g = new MutableGroup(i, v);
      state.groups.add(g);
      state.ofOld[i] = g;
    } else {
      g.news.add(v);
    }
    state.ofNew[v] = g;
  }

  private static boolean better(double containment, Pair p, Pair best, boolean oldSide) {
    if (best == null) {
      return true;
    }
    double b = oldSide ? best.oldInNew() : best.newInOld();
    if (containment != b) {
      return containment > b;
    }
    // Candidates arrive in source order, so an equal score keeps the earlier clause.
    return p.cosine() > best.cosine();
  }

  private static Vec sum(Vec[] vecs, List<Integer> members, int extra) {
    List<Vec> list = new ArrayList<>();
    for (int k : members) {
      list.add(vecs[k]);
    }
    if (extra >= 0) {
      list.add(vecs[extra]);
    }
    return list.isEmpty() ? Vec.EMPTY : TermSpace.sum(list);
  }
}
