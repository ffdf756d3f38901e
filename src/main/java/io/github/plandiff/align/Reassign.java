package io.github.plandiff.align;

import io.github.plandiff.align.CandidatePairs.Pair;
import io.github.plandiff.align.Level.MutableGroup;
import io.github.plandiff.align.TermSpace.Vec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Reconsiders one-to-one matches in the light of splits and merges. The assignment gives each
 * clause at most one counterpart, so when an old clause was split into two new clauses that both
 * repeat it, the one-to-one step can pair only one of them with it and hands the other to some
 * weaker old clause. A one-to-one pair (x, y) that is neither clause's first choice (each has a
 * candidate with a higher cosine) is such a compromise. Then y leaves x for the group of another
 * clause z of x's side when y is closer to z than to x, z lies mostly inside y (containment at
 * least the part threshold), z's group has z alone on its side, and y explains a further share of z
 * that z's group did not explain yet (at least the part gain). x is then free for the later steps.
 * The same holds with the drafts swapped (x leaves y to merge into another clause w), and both
 * kinds of move wait in one queue ordered by the cosine gained, without regard to which draft is
 * old.
 */
final class Reassign {

  /**
   * One clause of a one-to-one pair (the mover) that would join the group of a clause of the other
   * side (the host): a split of an old host or a merge into a new host.
   */
  private record Move(
      boolean split,
      MutableGroup pair,
      int mover,
      int host,
      long better,
      double shift,
      double place) {}

  /**
   * Most gained cosine first, then the mover and host closer to the same relative place, then the
   * earlier place: keys that read the same from either draft.
   */
  private static final Comparator<Move> BEST_FIRST =
      Comparator.comparingLong(Move::better)
          .reversed()
          .thenComparingDouble(Move::shift)
          .thenComparingDouble(Move::place)
          .thenComparing(Move::split);

  private Reassign() {}

  static void run(CandidatePairs pairs, TermSpace space, AlignerSettings s, Parts.State state) {
    int n = state.ofOld().length;
    int m = state.ofNew().length;
    PriorityQueue<Move> queue = new PriorityQueue<>(BEST_FIRST);
    for (MutableGroup g : state.groups()) {
      if (g.olds.size() != 1 || g.news.size() != 1) {
        continue;
      }
      int x = g.olds.get(0);
      int y = g.news.get(0);
      double own = cosine(pairs.byNew.get(y), x);
      // Only a pair that is neither clause's first choice is a compromise of the assignment; a
      // clause that is its partner's best counterpart stays.
      if (!prefersAnother(pairs.byOld.get(x), own) || !prefersAnother(pairs.byNew.get(y), own)) {
        continue;
      }
      // y moves to the group of another old clause z: a split of z.
      for (Pair p : pairs.byNew.get(y)) {
        if (p.oldIndex() != x && worth(p.cosine(), own, p.oldInNew(), s)) {
          queue.add(move(true, g, p, own, n, m));
        }
      }
      // x moves to the group of another new clause w: a merge into w.
      for (Pair p : pairs.byOld.get(x)) {
        if (p.newIndex() != y && worth(p.cosine(), own, p.newInOld(), s)) {
          queue.add(move(false, g, p, own, n, m));
        }
      }
    }
    List<MutableGroup> dissolved = new ArrayList<>();
    while (!queue.isEmpty()) {
      Move move = queue.poll();
      if (possible(move, space, s, state)) {
        apply(move, state);
        dissolved.add(move.pair());
      }
    }
    for (MutableGroup g : dissolved) {
      state.groups().remove(g);
    }
  }

  /** The move of pair {@code g}'s clause on the pair's side of {@code p} to p's other clause. */
  private static Move move(boolean split, MutableGroup g, Pair p, double own, int n, int m) {
    double ro = Scores.relative(p.oldIndex(), n);
    double rn = Scores.relative(p.newIndex(), m);
    return new Move(
        split,
        g,
        split ? p.newIndex() : p.oldIndex(),
        split ? p.oldIndex() : p.newIndex(),
        Scores.quantise(p.cosine()) - Scores.quantise(own),
        Math.abs(ro - rn),
        ro + rn);
  }

  private static boolean worth(double cosine, double own, double hostInMover, AlignerSettings s) {
    return Scores.quantise(cosine) > Scores.quantise(own)
        && Scores.quantise(hostInMover) >= Scores.quantise(s.partThreshold());
  }

  private static boolean prefersAnother(List<Pair> list, double own) {
    long least = Scores.quantise(own);
    for (Pair p : list) {
      if (Scores.quantise(p.cosine()) > least) {
        return true;
      }
    }
    return false;
  }

  /** The cosine of the pair with old clause {@code oldIndex} in a new clause's list, or 0. */
  private static double cosine(List<Pair> ofNew, int oldIndex) {
    for (Pair p : ofNew) {
      if (p.oldIndex() == oldIndex) {
        return p.cosine();
      }
    }
    return 0;
  }

  /**
   * Whether the move still applies: its pair is still one to one and intact, the host's group still
   * has the host alone on its side, and the mover explains enough of the host that its group did
   * not explain yet.
   */
  private static boolean possible(Move move, TermSpace space, AlignerSettings s, Parts.State st) {
    MutableGroup pair = move.pair();
    if (pair.olds.size() != 1
        || pair.news.size() != 1
        || st.ofOld()[pair.olds.get(0)] != pair
        || st.ofNew()[pair.news.get(0)] != pair) {
      return false;
    }
    MutableGroup host = move.split() ? st.ofOld()[move.host()] : st.ofNew()[move.host()];
    if (host == null || host == pair) {
      return false;
    }
    List<Integer> hostSide = move.split() ? host.olds : host.news;
    List<Integer> members = move.split() ? host.news : host.olds;
    if (hostSide.size() != 1) {
      return false;
    }
    Vec whole = move.split() ? space.olds[move.host()] : space.news[move.host()];
    Vec[] vecs = move.split() ? space.news : space.olds;
    double before = TermSpace.containment(whole, TermSpace.sumOf(vecs, members, -1));
    double after = TermSpace.containment(whole, TermSpace.sumOf(vecs, members, move.mover()));
    return Scores.quantise(after - before) >= Scores.quantise(s.partGain());
  }

  private static void apply(Move move, Parts.State st) {
    MutableGroup pair = move.pair();
    int x = pair.olds.get(0);
    int y = pair.news.get(0);
    if (move.split()) {
      MutableGroup host = st.ofOld()[move.host()];
      host.news.add(y);
      st.ofNew()[y] = host;
      st.ofOld()[x] = null;
    } else {
      MutableGroup host = st.ofNew()[move.host()];
      host.olds.add(x);
      st.ofOld()[x] = host;
      st.ofNew()[y] = null;
    }
  }
}
