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
  record Group(
      List<Integer> olds,
      List<Integer> news,
      double similarity,
      double margin,
      double confidence) {}

  /**
   * The matched groups, each clause's best candidate similarity (for unmatched margins), and the
   * candidates of the clauses left unmatched.
   */
  record Result(
      List<Group> groups, double[] bestOld, double[] bestNew, Calibration.Unmatched unmatched) {}

  private Level() {}

  /** The groups that the words propose, before calibration, and the candidate pairs. */
  record Proposal(Parts.State state, CandidatePairs pairs) {}

  static Result align(
      List<String> oldKeys,
      List<String> newKeys,
      TermSpace space,
      TermSpace grams,
      AlignerSettings settings,
      boolean parts,
      Calibration.Embedder embedder) {
    Proposal proposal = propose(oldKeys, newKeys, space, grams, settings, parts);
    Calibration.Unmatched unmatched =
        Calibration.run(
            proposal.state(),
            oldKeys,
            newKeys,
            new Evidence(space, proposal.pairs()),
            settings.confidenceThreshold(),
            embedder);
    return result(
        proposal.state().groups(), proposal.pairs(), space, settings.gapThreshold(), unmatched);
  }

  /**
   * The groups found from the words alone: equal texts, the one-to-one assignment, and (when {@code
   * parts}) re-assignment, merges and splits, and the gaps of the order.
   */
  static Proposal propose(
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
      Gaps.fill(space, grams, settings.gapThreshold(), state);
    }
    return new Proposal(state, pairs);
  }

  private static Result result(
      List<MutableGroup> groups,
      CandidatePairs pairs,
      TermSpace space,
      double floor,
      Calibration.Unmatched unmatched) {
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
      out.add(
          new Group(
              List.copyOf(g.olds),
              List.copyOf(g.news),
              sim,
              TermSpace.clamp(sim - alt),
              g.confidence));
    }
    return new Result(out, best(pairs.byOld, floor), best(pairs.byNew, floor), unmatched);
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
    double confidence = 1;
    boolean fromMeaning;
    boolean settled;

    MutableGroup(int oldIndex, int newIndex) {
      olds.add(oldIndex);
      news.add(newIndex);
    }
  }
}
