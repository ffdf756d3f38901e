package io.github.plandiff.parse;

import io.github.plandiff.model.Section;
import java.util.List;
import java.util.Optional;

/**
 * Turns headings above top-level clauses into sections while a tree is built: held lines above a
 * top-level clause, and numbered section headings over points numbered on (see {@link
 * SectionLabels}). Off in bills and annexes, where held lines stay the next clause's heading.
 */
final class SectionHeadings {

  private final List<Unit> units;
  private final UnitLabels labels;
  private final SectionLabels sectionLabels;
  private final Sections sections = new Sections();
  private boolean on;

  SectionHeadings(List<Unit> units, UnitLabels labels, int limit, boolean on) {
    this.units = units;
    this.labels = labels;
    this.sectionLabels = new SectionLabels(units, labels, limit);
    this.on = on;
  }

  void off() {
    on = false;
  }

  List<Section> build() {
    return sections.build();
  }

  /** A numbered section heading ("II. ECONOMY") over points numbered on: a section, no clause. */
  boolean line(int k, OpenClauses open, HeldHeadings held) {
    if (!on) {
      return false;
    }
    List<Node> top = open.root().children;
    int lastPoint = top.isEmpty() ? 0 : top.get(top.size() - 1).value;
    Optional<Label.Reading> r = sectionLabels.section(k, lastPoint);
    if (r.isEmpty()) {
      return false;
    }
    Unit u = units.get(k);
    Label l = labels.label(k).get();
    List<Unit> lines = held.release();
    String title = SectionLabels.body(u, l);
    for (int i = lines.size() - 1; i >= 0; i--) {
      title = lines.get(i).text() + "\n" + title;
    }
    lines.add(u);
    sections.heading(l.printed(), r.get().key(), title, lines);
    return true;
  }

  /** Held lines above a top-level clause head a section; others, and notes, the clause. */
  void attach(Node node, OpenClauses open, HeldHeadings held) {
    boolean top = node.parent == open.root();
    if (top && on && held.sectionHeading()) {
      List<Unit> lines = held.release();
      String title = null;
      for (Unit line : lines) {
        title = Node.joinLines(title, line.text());
      }
      sections.heading("", "", title, lines);
    }
    held.attachTo(node);
    if (top && on) {
      sections.clause(node.id);
    }
  }
}
