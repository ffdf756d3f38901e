package io.github.plandiff.align;

import io.github.plandiff.align.CandidatePairs.Pair;
import io.github.plandiff.align.Level.MutableGroup;
import io.github.plandiff.align.TermSpace.Vec;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Finds merges and splits after the one-to-one matching. A clause left unmatched whose text lies
 * mostly inside a clause of the other draft (containment at least the part threshold) may join that
 * clause's group: an old part makes a merge, a new part a split. The parts need not be adjacent. A
 * part joins only if it explains enough of the whole that the group did not explain yet, so a
 * clause is not merged for sharing a few words.
 *
 * <p>Merge and split candidates wait in one queue, best first by the weight of the whole that they
 * newly explain, and the best one that is still possible is taken each time. Nothing in the order
 * depends on which draft is the old one, so swapping the drafts mirrors the result (invariant 4).
 * The weight a candidate adds can only fall as groups grow, so a candidate is re-scored when it
 * reaches the head of the queue and put back if it fell.
 */
final class Parts {

  /** The groups and, per clause, the group that holds it. */
  record State(List<MutableGroup> groups, MutableGroup[] ofOld, MutableGroup[] ofNew) {}

  /**
   * A clause of one side taken as a part of a clause of the other side, with the keys that order
   * the queue. Scores are quantised ({@link Scores#quantise}) so that the last bits of a sum, which
   * depend on which draft was read first, never decide.
   */
  private record Candidate(
      boolean oldPart,
      int part,
      int whole,
      long weight,
      long containment,
      long cosine,
      double shift,
      double place) {

    Candidate withWeight(long w) {
      return new Candidate(oldPart, part, whole, w, containment, cosine, shift, place);
    }

    int oldIndex() {
      return oldPart ? part : whole;
    }

    int newIndex() {
      return oldPart ? whole : part;
    }
  }

  /**
   * Most newly explained weight first; then the part lying most inside the whole; then the higher
   * cosine; then the pair closest to the same relative place in both drafts; then the earlier
   * place. Only the two directions of one pair can tie on all of these, and whichever is taken
   * first forms the same group.
   */
  private static final Comparator<Candidate> BEST_FIRST =
      Comparator.comparingLong(Candidate::weight)
          .reversed()
          .thenComparing(Comparator.comparingLong(Candidate::containment).reversed())
          .thenComparing(Comparator.comparingLong(Candidate::cosine).reversed())
          .thenComparingDouble(Candidate::shift)
          .thenComparingDouble(Candidate::place)
          .thenComparing(c -> !c.oldPart());

  private Parts() {}

  static void find(CandidatePairs pairs, TermSpace space, AlignerSettings s, State state) {
    int n = state.ofOld.length;
    int m = state.ofNew.length;
    long least = Scores.quantise(s.partThreshold());
    PriorityQueue<Candidate> queue = new PriorityQueue<>(BEST_FIRST);
    for (List<Pair> list : pairs.byOld) {
      for (Pair p : list) {
        if (state.ofOld[p.oldIndex()] == null && Scores.quantise(p.oldInNew()) >= least) {
          offer(queue, candidate(true, p, n, m), space, s, state);
        }
        if (state.ofNew[p.newIndex()] == null && Scores.quantise(p.newInOld()) >= least) {
          offer(queue, candidate(false, p, n, m), space, s, state);
        }
      }
    }
    while (!queue.isEmpty()) {
      Candidate c = queue.poll();
      long now = weight(c, space, s, state);
      if (now < 0) {
        continue;
      }
      if (now < c.weight()) {
        queue.add(c.withWeight(now));
        continue;
      }
      join(c, state);
    }
  }

  private static Candidate candidate(boolean oldPart, Pair p, int n, int m) {
    double ro = Scores.relative(p.oldIndex(), n);
    double rn = Scores.relative(p.newIndex(), m);
    return new Candidate(
        oldPart,
        oldPart ? p.oldIndex() : p.newIndex(),
        oldPart ? p.newIndex() : p.oldIndex(),
        0,
        Scores.quantise(oldPart ? p.oldInNew() : p.newInOld()),
        Scores.quantise(p.cosine()),
        Math.abs(ro - rn),
        ro + rn);
  }

  private static void offer(
      PriorityQueue<Candidate> queue, Candidate c, TermSpace space, AlignerSettings s, State st) {
    long w = weight(c, space, s, st);
    if (w >= 0) {
      queue.add(c.withWeight(w));
    }
  }

  /**
   * The weight of the whole that the part would newly explain (quantised), or -1 when the part is
   * taken, when the whole already shares its group with another clause of its own side (a merge
   * never takes a part into a split, nor a split into a merge), or when the share of the whole
   * newly explained is below {@code partGain}.
   */
  private static long weight(Candidate c, TermSpace space, AlignerSettings s, State state) {
    MutableGroup[] parts = c.oldPart() ? state.ofOld : state.ofNew;
    if (parts[c.part()] != null) {
      return -1;
    }
    MutableGroup g = c.oldPart() ? state.ofNew[c.whole()] : state.ofOld[c.whole()];
    List<Integer> wholeSide = g == null ? List.of() : c.oldPart() ? g.news : g.olds;
    if (wholeSide.size() > 1) {
      return -1;
    }
    Vec whole = c.oldPart() ? space.news[c.whole()] : space.olds[c.whole()];
    Vec[] partVecs = c.oldPart() ? space.olds : space.news;
    List<Integer> members = g == null ? List.of() : c.oldPart() ? g.olds : g.news;
    double before =
        members.isEmpty()
            ? 0
            : TermSpace.containment(whole, TermSpace.sumOf(partVecs, members, -1));
    double after = TermSpace.containment(whole, TermSpace.sumOf(partVecs, members, c.part()));
    double gain = after - before;
    if (Scores.quantise(gain) < Scores.quantise(s.partGain())) {
      return -1;
    }
    return Scores.quantise(gain * whole.rawSum());
  }

  private static void join(Candidate c, State state) {
    int i = c.oldIndex();
    int j = c.newIndex();
    MutableGroup g = c.oldPart() ? state.ofNew[j] : state.ofOld[i];
    if (g == null) {
      g = new MutableGroup(i, j);
      state.groups.add(g);
    } else if (c.oldPart()) {
      g.olds.add(i);
    } else {
      g.news.add(j);
    }
    state.ofOld[i] = g;
    state.ofNew[j] = g;
  }
}
