package io.github.plandiff.testing;

import io.github.plandiff.model.ClauseMatch;
import io.github.plandiff.model.Relation;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Accumulates how well alignments agree with known truth over many draft pairs: precision, recall
 * and F1 of clause correspondences (old id, new id), the share of truth rows reproduced exactly
 * (relation and both id lists), and F1 of the REMOVED, ADDED and moved sets.
 */
public final class AlignmentScore {

  private final Counts pairs = new Counts();
  private final Counts removed = new Counts();
  private final Counts added = new Counts();
  private final Counts moved = new Counts();
  private int rows;
  private int rowsRight;

  /**
   * Adds one draft pair.
   *
   * @param truth the known rows
   * @param predicted the aligner's top-level matches
   */
  public void add(List<TruthRow> truth, List<ClauseMatch> predicted) {
    Set<String> truePairs = new HashSet<>();
    Set<String> trueRemoved = new HashSet<>();
    Set<String> trueAdded = new HashSet<>();
    Set<String> trueMoved = new HashSet<>();
    Set<String> trueRows = new HashSet<>();
    for (TruthRow r : truth) {
      addPairs(truePairs, r.oldIds(), r.newIds());
      collect(r.relation(), r.oldIds(), r.newIds(), trueRemoved, trueAdded);
      if (r.moved()) {
        trueMoved.addAll(r.newIds());
      }
      trueRows.add(rowKey(r.relation(), r.oldIds(), r.newIds()));
    }
    Set<String> gotPairs = new HashSet<>();
    Set<String> gotRemoved = new HashSet<>();
    Set<String> gotAdded = new HashSet<>();
    Set<String> gotMoved = new HashSet<>();
    for (ClauseMatch m : predicted) {
      addPairs(gotPairs, m.oldIds(), m.newIds());
      collect(m.relation(), m.oldIds(), m.newIds(), gotRemoved, gotAdded);
      if (m.moved()) {
        gotMoved.addAll(m.newIds());
      }
      if (trueRows.contains(rowKey(m.relation(), m.oldIds(), m.newIds()))) {
        rowsRight++;
      }
    }
    rows += truth.size();
    pairs.add(truePairs, gotPairs);
    removed.add(trueRemoved, gotRemoved);
    added.add(trueAdded, gotAdded);
    moved.add(trueMoved, gotMoved);
  }

  /**
   * @return precision of correspondences
   */
  public double precision() {
    return pairs.precision();
  }

  /**
   * @return recall of correspondences
   */
  public double recall() {
    return pairs.recall();
  }

  /**
   * @return F1 of correspondences
   */
  public double correspondenceF1() {
    return pairs.f1();
  }

  /**
   * @return the share of truth rows reproduced with the same relation and ids
   */
  public double relationAccuracy() {
    return rows == 0 ? 1 : (double) rowsRight / rows;
  }

  /**
   * @return F1 of the removed clauses
   */
  public double removedF1() {
    return removed.f1();
  }

  /**
   * @return F1 of the added clauses
   */
  public double addedF1() {
    return added.f1();
  }

  /**
   * @return F1 of the moved clauses (by new id)
   */
  public double movedF1() {
    return moved.f1();
  }

  /**
   * @return the figures on one line
   */
  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "corr P %.4f R %.4f F1 %.4f | relation acc %.4f (%d rows) | REMOVED F1 %.4f | "
            + "ADDED F1 %.4f | moved F1 %.4f (%d true moves)",
        precision(),
        recall(),
        correspondenceF1(),
        relationAccuracy(),
        rows,
        removedF1(),
        addedF1(),
        movedF1(),
        moved.truth);
  }

  private static void addPairs(Set<String> out, List<String> olds, List<String> news) {
    for (String o : olds) {
      for (String n : news) {
        out.add(o + "\u0000" + n);
      }
    }
  }

  private static void collect(
      Relation r, List<String> olds, List<String> news, Set<String> removed, Set<String> added) {
    if (r == Relation.REMOVED) {
      removed.addAll(olds);
    } else if (r == Relation.ADDED) {
      added.addAll(news);
    }
  }

  private static String rowKey(Relation r, List<String> olds, List<String> news) {
    return r + "|" + String.join(",", olds) + "|" + String.join(",", news);
  }

  /** True positives and set sizes of one measured set. */
  private static final class Counts {
    long hit;
    long truth;
    long got;

    void add(Set<String> t, Set<String> g) {
      truth += t.size();
      got += g.size();
      for (String x : g) {
        if (t.contains(x)) {
          hit++;
        }
      }
    }

    double precision() {
      return got == 0 ? (truth == 0 ? 1 : 0) : (double) hit / got;
    }

    double recall() {
      return truth == 0 ? 1 : (double) hit / truth;
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }
}
