package io.github.plandiff.parse;

import java.util.ArrayList;
import java.util.List;

/** Lines held back as the heading of the next clause, until it opens or they prove to be text. */
final class HeldHeadings {

  private final List<Unit> held = new ArrayList<>();
  private final Warnings warnings;
  private int from;

  HeldHeadings(Warnings warnings) {
    this.warnings = warnings;
  }

  /** Holds unit k, the unit u. */
  void hold(Unit u, int k) {
    if (held.isEmpty()) {
      from = k;
    }
    held.add(u);
  }

  boolean isEmpty() {
    return held.isEmpty();
  }

  /** The index of the first unit held since the last release; meaningful while some are held. */
  int from() {
    return from;
  }

  void clear() {
    held.clear();
  }

  /** Whether lines are held and none is a note: a section heading, above a top-level clause. */
  boolean sectionHeading() {
    if (held.isEmpty()) {
      return false;
    }
    for (Unit p : held) {
      if (Cues.note(p.text())) {
        return false;
      }
    }
    return true;
  }

  /** Releases the held lines: the caller places them as text. */
  List<Unit> release() {
    List<Unit> lines = new ArrayList<>(held);
    held.clear();
    return lines;
  }

  /** Makes the held lines the heading of a clause just opened, warning of notes among them. */
  void attachTo(Node node) {
    if (held.isEmpty()) {
      return;
    }
    String heading = null;
    for (Unit p : held) {
      heading = Node.joinLines(heading, p.text());
      if (Cues.note(p.text())) {
        warnings.add(
            p.line(),
            "note \""
                + p.text()
                + "\" stands alone before clause "
                + node.id
                + (Cues.deleted(p.text()) ? " and marks a deleted point" : "")
                + "; kept as that clause's heading");
      }
    }
    node.heading = Node.joinLines(heading, node.heading);
    held.clear();
  }
}
