package io.github.plandiff.render;

import io.github.plandiff.model.Comparison;
import io.github.plandiff.model.HeadingChange;
import io.github.plandiff.model.HeadingKind;
import io.github.plandiff.model.Op;
import io.github.plandiff.model.Relation;
import io.github.plandiff.model.Segment;
import java.util.ArrayList;
import java.util.List;

/**
 * A comparison's heading changes grouped by the clause change they stand before. A comparison built
 * by hand without heading changes still shows its drafts' preamble and trailing text.
 */
final class HeadingPlaces {

  private HeadingPlaces() {}

  /**
   * Groups the heading changes by position.
   *
   * @param comparison the comparison
   * @return one list per clause change and one for after the last, in order
   */
  static List<List<HeadingChange>> of(Comparison comparison) {
    int n = comparison.changes().size();
    List<List<HeadingChange>> at = new ArrayList<>(n + 1);
    for (int i = 0; i <= n; i++) {
      at.add(new ArrayList<>());
    }
    boolean preamble = false;
    boolean trailing = false;
    for (HeadingChange h : comparison.headings()) {
      at.get(Math.min(h.position(), n)).add(h);
      preamble |= h.kind() == HeadingKind.PREAMBLE;
      trailing |= h.kind() == HeadingKind.TRAILING;
    }
    String oldPreamble = comparison.oldDraft().preamble();
    String newPreamble = comparison.newDraft().preamble();
    if (!preamble && !(oldPreamble.isEmpty() && newPreamble.isEmpty())) {
      at.get(0).add(0, whole(HeadingKind.PREAMBLE, oldPreamble, newPreamble, 0));
    }
    String oldTrailing = comparison.oldDraft().trailing();
    String newTrailing = comparison.newDraft().trailing();
    if (!trailing && !(oldTrailing.isEmpty() && newTrailing.isEmpty())) {
      at.get(n).add(whole(HeadingKind.TRAILING, oldTrailing, newTrailing, n));
    }
    return at;
  }

  /** Text that a comparison built without heading changes still has: kept, or replaced whole. */
  private static HeadingChange whole(HeadingKind kind, String oldText, String newText, int at) {
    List<Segment> redline = new ArrayList<>();
    Relation relation;
    if (oldText.equals(newText)) {
      redline.add(new Segment(Op.EQUAL, newText));
      relation = Relation.UNCHANGED;
    } else {
      if (!oldText.isEmpty()) {
        redline.add(new Segment(Op.DELETE, oldText));
      }
      if (!newText.isEmpty()) {
        redline.add(new Segment(Op.INSERT, newText));
      }
      relation =
          oldText.isEmpty()
              ? Relation.ADDED
              : newText.isEmpty() ? Relation.REMOVED : Relation.REWORDED;
    }
    return new HeadingChange(kind, relation, List.of(), List.of(), redline, at);
  }
}
