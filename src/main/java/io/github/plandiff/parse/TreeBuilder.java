package io.github.plandiff.parse;

import io.github.plandiff.model.BlockKind;
import io.github.plandiff.model.Section;
import io.github.plandiff.model.Warning;
import io.github.plandiff.parse.OpenClauses.Opening;
import io.github.plandiff.parse.Placer.Decision;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One pass over a document's units that builds the clause tree. Keeps the stack of open clauses
 * (the root first); each unit either opens a clause (see {@link Placer}), continues the innermost
 * open one, becomes an unlabelled paragraph child, or is held as a heading for the next clause.
 * Each unit is looked at a bounded number of times, so the pass is linear in the input.
 */
final class TreeBuilder {

  static final int MAX_DEPTH = 64;

  /** Splits of one line into run-together points; bounds the copying on hostile input. */
  static final int MAX_SPLITS = 200;

  private final List<Unit> units;
  private final LineJoiner joiner;
  private final int limit;

  /**
   * Whether list items hold all the text of the numbered units, as a bill's do: other text is then
   * never a clause, but the heading of the next one, or trailing text after the last.
   */
  private final boolean unitsHoldText;

  private final OpenClauses open = new OpenClauses();
  private final List<Unit> preamble = new ArrayList<>();
  private final Warnings warnings = new Warnings();
  private final HeldHeadings held = new HeldHeadings(warnings);
  private final UnitLabels labels;
  private final SectionHeadings sections;

  private String previousText;

  /** A line that is the title of a clause whose keyword label stands alone above it. */
  private int titleUnit = -1;

  private Node titled;
  private int trailingFrom;

  TreeBuilder(List<Unit> units, LineJoiner joiner, int limit, boolean unitsHoldText) {
    this.units = units;
    this.joiner = joiner;
    this.limit = limit;
    this.unitsHoldText = unitsHoldText;
    this.labels = new UnitLabels(units, joiner, limit);
    this.sections = new SectionHeadings(units, labels, limit, !unitsHoldText);
  }

  /**
   * Builds the clauses of an annex: ids start with the prefix ("Annex I/"), and headings stay with
   * the clause they stand above.
   *
   * @param idPrefix what every top-level id starts with
   * @return this builder
   */
  TreeBuilder annex(String idPrefix) {
    open.prefix(idPrefix);
    sections.off();
    return this;
  }

  TreeBuilder run() {
    trailingFrom = limit;
    for (int k = 0; k < limit; k++) {
      Unit u = units.get(k);
      if (annexStarts(u, k)) {
        trailingFrom = k;
        break;
      }
      place(u, k);
    }
    if (unitsHoldText && !held.isEmpty()) {
      trailingFrom = held.from(); // a bill's attestation, signatures and back page
      held.clear();
    }
    releaseHeld();
    return this;
  }

  Node root() {
    return open.root();
  }

  List<Unit> preamble() {
    return preamble;
  }

  int trailingFrom() {
    return trailingFrom;
  }

  List<Section> sections() {
    return sections.build();
  }

  List<Warning> warnings() {
    return warnings.list();
  }

  private boolean annexStarts(Unit u, int k) {
    return !open.root().children.isEmpty()
        && u.kind() != BlockKind.LIST_ITEM
        && Cues.annex(u.text())
        && (u.blankBefore() || u.kind() == BlockKind.HEADING || labels.annexTitle(u, k));
  }

  private void place(Unit u, int k) {
    if (k == titleUnit) {
      titled.appendHeading(u.text());
      titled.cover(u);
      previousText = u.text();
    } else if (unitsHoldText && u.kind() != BlockKind.LIST_ITEM && open.root().children.isEmpty()) {
      preamble.add(u);
    } else if (unitsHoldText && u.kind() != BlockKind.LIST_ITEM || headingCandidate(u, k)) {
      held.hold(u, k);
      previousText = u.text();
    } else if (sections.line(k, open, held)) {
      previousText = u.text();
    } else if (u.kind() == BlockKind.LIST_ITEM) {
      listItem(u, k);
    } else {
      line(u, k);
    }
  }

  private boolean headingCandidate(Unit u, int k) {
    if (u.kind() == BlockKind.LIST_ITEM || labels.label(k).isPresent()) {
      return false;
    }
    if (open.root().children.isEmpty() && preamble.isEmpty() && held.isEmpty()) {
      return false; // the title
    }
    return labels.standsAlone(u, k);
  }

  /** A line of text, split where points run together on it. */
  private void line(Unit u, int k) {
    Unit cur = u;
    int splits = 0;
    while (cur != null) {
      Optional<Label> label = cur == units.get(k) ? labels.label(k) : LabelScanner.scan(cur.text());
      int from = label.map(Label::bodyStart).orElse(0);
      int expected = RunTogether.expected(open.root(), label);
      int split =
          expected > 0 && splits < MAX_SPLITS ? labels.runIn(cur.text(), from, expected, k) : -1;
      Unit rest = null;
      if (split > 0) {
        splits++;
        rest = cur.tail(split);
        cur = cur.head(split);
        warnings.add(
            cur.line(),
            "two points run together on one line; split before \""
                + RunTogether.preview(rest.text())
                + "\"");
      }
      one(cur, label, k);
      cur = rest;
    }
  }

  private void one(Unit u, Optional<Label> label, int k) {
    boolean ps = joiner.startsParagraph(u, previousText);
    Decision d = label.map(l -> decide(u, l, ps)).orElse(null);
    if (d == null) {
      releaseHeld();
      continuation(u);
    } else {
      opened(u, label.get(), d, k);
    }
    previousText = u.text();
  }

  /** Where a label found in a line opens a clause, or null when the line is text. */
  private Decision decide(Unit u, Label l, boolean ps) {
    Decision d = Placer.decide(open.stack(), l, ps);
    if (d != null && !ps && lowerCaseBody(u.text(), l)) {
      return null; // "… progress made on\n3. the points above": a wrapped sentence goes on
    }
    return d != null && d.parent() >= MAX_DEPTH ? null : d;
  }

  private void opened(Unit u, Label l, Decision d, int k) {
    Opening opening = new Opening(l.printed(), l.style(d.reading()), d.reading(), l.path());
    Node node = open.open(d.parent(), opening, k);
    if (d.warning() != null) {
      warnings.add(u.line(), d.warning() + "; kept as clause " + node.id);
    }
    node.begin(u, 0);
    sections.attach(node, open, held);
    String body = u.text().substring(Math.min(l.bodyStart(), u.text().length())).strip();
    if (u.kind() == BlockKind.HEADING || labels.keywordHeading(u, l, body, k)) {
      if (!body.isEmpty()) {
        node.appendHeading(body);
      }
    } else {
      node.appendFirst(body);
    }
    if (body.isEmpty() && labels.titleBelow(l, k)) {
      titled = node;
      titleUnit = k + 1;
    }
    checkDeleted(node, body, u.line());
  }

  /** A list item whose label and level the format gives (see {@link ListItems}). */
  private void listItem(Unit u, int k) {
    Node node = ListItems.open(open, u, k, warnings);
    int split =
        node.parent == open.root() && node.path != null
            ? labels.runIn(u.text(), 0, node.value + 1, k)
            : -1;
    Unit own = split > 0 ? u.head(split) : u;
    node.begin(own, 0);
    sections.attach(node, open, held);
    node.appendFirst(own.text());
    checkDeleted(node, own.text(), u.line());
    previousText = own.text();
    if (split > 0) {
      Unit rest = u.tail(split);
      warnings.add(
          u.line(),
          "two points run together on one line; split before \""
              + RunTogether.preview(rest.text())
              + "\"");
      line(rest, k);
    }
  }

  /** A line without a label that opens a clause: wrapped text, a paragraph, or the preamble. */
  private void continuation(Unit u) {
    if (open.root().children.isEmpty()) {
      preamble.add(u);
      return;
    }
    Node cur = open.top();
    if (!u.blankBefore() && u.isText() && joiner.softWrap(cur.lastLine, u.text())) {
      cur.append(u, true);
      return;
    }
    if (cur.paragraph() || open.depth() >= 2) {
      // an unlabelled paragraph after a sub-item closes that sub-list: it follows it in the parent
      open.closeTop();
      open.paragraph(u);
    } else if (cur.children.isEmpty() && !(u.blankBefore() && cur.endsWithColon())) {
      cur.append(u, false);
    } else {
      open.paragraph(u);
    }
  }

  private static boolean lowerCaseBody(String text, Label label) {
    int at = label.bodyStart();
    return at < text.length() && Character.isLowerCase(text.charAt(at));
  }

  private void releaseHeld() {
    if (held.isEmpty()) {
      return;
    }
    for (Unit p : held.release()) {
      continuation(p);
    }
  }

  private void checkDeleted(Node node, String body, int line) {
    if (Cues.deleted(body)) {
      warnings.add(line, "clause " + node.id + " is a placeholder for a deleted point: " + body);
    }
  }
}
