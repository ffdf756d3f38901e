package io.github.plandiff.align;

import io.github.plandiff.align.CandidatePairs.Pair;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The clauses of the other draft worth scoring against one clause: its candidates by words and,
 * when it was embedded, every embedded clause; and the best of them by confidence, which an
 * unmatched clause keeps as its candidates.
 */
final class Options {

  /** How many candidates an unmatched clause keeps. */
  static final int CANDIDATES = 3;

  /** Candidates less likely than this are not worth showing. */
  static final double CANDIDATE_FLOOR = 0.05;

  /** The confidence of an old and a new clause, by index. */
  interface Score {
    double of(int oldIndex, int newIndex);
  }

  private final Evidence evidence;

  Options(Evidence evidence) {
    this.evidence = evidence;
  }

  /** The other side's clauses worth scoring against a clause, in index order. */
  List<Integer> of(int index, boolean oldSide) {
    List<Integer> out = new ArrayList<>();
    boolean[] seen = new boolean[oldSide ? evidence.news() : evidence.olds()];
    List<Pair> pairs = (oldSide ? evidence.pairs().byOld : evidence.pairs().byNew).get(index);
    for (Pair p : pairs) {
      int other = oldSide ? p.newIndex() : p.oldIndex();
      if (!seen[other]) {
        seen[other] = true;
        out.add(other);
      }
    }
    if (evidence.embedded(index, oldSide)) {
      for (int other = 0; other < seen.length; other++) {
        if (!seen[other] && evidence.embedded(other, !oldSide)) {
          seen[other] = true;
          out.add(other);
        }
      }
    }
    out.sort(null);
    return out;
  }

  /** The likeliest counterparts of a clause, most likely first, none under the floor. */
  List<Calibration.Cand> best(int index, boolean oldSide, Score score) {
    List<Calibration.Cand> cands = new ArrayList<>();
    for (int other : of(index, oldSide)) {
      double p = oldSide ? score.of(index, other) : score.of(other, index);
      if (p >= CANDIDATE_FLOOR) {
        cands.add(new Calibration.Cand(other, p));
      }
    }
    cands.sort(
        Comparator.comparingDouble(Calibration.Cand::confidence)
            .reversed()
            .thenComparingInt(Calibration.Cand::index));
    return List.copyOf(cands.subList(0, Math.min(CANDIDATES, cands.size())));
  }
}
