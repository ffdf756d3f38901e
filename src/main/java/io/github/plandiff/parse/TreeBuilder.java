package io.github.plandiff.parse;

import io.github.plandiff.model.BlockKind;
import io.github.plandiff.model.Warning;
import io.github.plandiff.parse.Label.Reading;
import io.github.plandiff.parse.Label.Style;
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

  private final Node root = Node.root();
  private final List<Node> stack = new ArrayList<>();
  private final List<Unit> preamble = new ArrayList<>();
  private final List<Unit> pending = new ArrayList<>();
  private final Warnings warnings = new Warnings();
  private final Ids ids = new Ids();
  private final Label[] labels;
  private final boolean[] scanned;
  private String previousText;

  /** A line that is the title of a clause whose keyword label stands alone above it. */
  private int titleUnit = -1;

  private Node titled;
  private int trailingFrom;
  private int pendingFrom;

  TreeBuilder(List<Unit> units, LineJoiner joiner, int limit, boolean unitsHoldText) {
    this.units = units;
    this.joiner = joiner;
    this.limit = limit;
    this.unitsHoldText = unitsHoldText;
    this.labels = new Label[limit];
    this.scanned = new boolean[limit];
  }

  TreeBuilder run() {
    stack.add(root);
    trailingFrom = limit;
    for (int k = 0; k < limit; k++) {
      Unit u = units.get(k);
      if (!root.children.isEmpty()
          && u.kind() != BlockKind.LIST_ITEM
          && Cues.annex(u.text())
          && (u.blankBefore() || u.kind() == BlockKind.HEADING || annexTitle(u, k))) {
        trailingFrom = k;
        break;
      }
      if (k == titleUnit) {
        titled.heading = join(titled.heading, u.text());
        titled.cover(u);
        previousText = u.text();
        continue;
      }
      if (unitsHoldText && u.kind() != BlockKind.LIST_ITEM && root.children.isEmpty()) {
        preamble.add(u);
        continue;
      }
      if (unitsHoldText && u.kind() != BlockKind.LIST_ITEM || headingCandidate(u, k)) {
        hold(u, k);
        continue;
      }
      handle(u, k);
    }
    if (unitsHoldText && !pending.isEmpty()) {
      trailingFrom = pendingFrom; // a bill's attestation, signatures and back page
      pending.clear();
    }
    flushPending();
    return this;
  }

  /**
   * "Annex" on a line of its own in a draft without blank lines: a short title line with no label
   * and no final punctuation, followed by a labelled line.
   */
  private boolean annexTitle(Unit u, int k) {
    return Cues.headingShape(u.text())
        && label(k).isEmpty()
        && k + 1 < limit
        && label(k + 1).isPresent();
  }

  private void hold(Unit u, int k) {
    if (pending.isEmpty()) {
      pendingFrom = k;
    }
    pending.add(u);
    previousText = u.text();
  }

  Node root() {
    return root;
  }

  List<Unit> preamble() {
    return preamble;
  }

  int trailingFrom() {
    return trailingFrom;
  }

  List<Warning> warnings() {
    return warnings.list();
  }

  private void handle(Unit u, int k) {
    if (u.kind() == BlockKind.LIST_ITEM) {
      listItem(u, k);
      return;
    }
    Unit cur = u;
    int splits = 0;
    while (cur != null) {
      Optional<Label> label = cur == u ? label(k) : LabelScanner.scan(cur.text());
      int from = label.map(Label::bodyStart).orElse(0);
      int expected = RunTogether.expected(root, label);
      int split =
          expected > 0 && splits < MAX_SPLITS ? RunTogether.find(cur.text(), from, expected) : -1;
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
    Decision d = label.map(l -> Placer.decide(stack, l, ps)).orElse(null);
    if (d != null && !ps && lowerCaseBody(u.text(), label.get())) {
      d = null; // "… progress made on\n3. the points above": a wrapped sentence goes on
    }
    if (d != null && d.parent() >= MAX_DEPTH) {
      d = null;
    }
    if (d == null) {
      flushPending();
      continuation(u);
      previousText = u.text();
      return;
    }
    Label l = label.get();
    Node node = open(d.parent(), l.printed(), l.style(d.reading()), d.reading(), l.path(), k);
    if (d.warning() != null) {
      warnings.add(u.line(), d.warning() + "; kept as clause " + node.id);
    }
    node.begin(u, 0);
    attachPending(node);
    String body = u.text().substring(Math.min(l.bodyStart(), u.text().length())).strip();
    if (u.kind() == BlockKind.HEADING || keywordHeading(u, l, body, k)) {
      node.heading = body.isEmpty() ? node.heading : join(node.heading, body);
    } else {
      node.appendFirst(body);
    }
    if (body.isEmpty() && titleBelow(l, k)) {
      titled = node;
      titleUnit = k + 1;
    }
    checkDeleted(node, body, u.line());
    previousText = u.text();
  }

  /**
   * A list item whose level the format gives: a sibling of the open item at its level, else the
   * next number of an open list typed in the text, else a child of the innermost open clause.
   */
  private void listItem(Unit u, int k) {
    int level = Math.min(u.level(), MAX_DEPTH - 1);
    while (stack.size() > 1 && (top().paragraph() || top().fromList && top().listLevel > level)) {
      stack.remove(stack.size() - 1);
    }
    String printed = u.label().orElse("").strip();
    Optional<Label> label = u.label().flatMap(LabelScanner::parsePrinted);
    int parentIndex = stack.size() - 1;
    int anchor = innermostListItem(level);
    if (anchor > 0 && stack.get(anchor).listLevel == level) {
      parentIndex = anchor - 1; // the next item at this level, closing sub-items typed in text
    } else if (label.isPresent()) {
      Decision d = Placer.next(stack, label.get());
      if (d != null && !stack.get(d.parent() + 1).fromList) {
        parentIndex = d.parent();
      }
    }
    parentIndex = Math.min(parentIndex, MAX_DEPTH - 1);
    Node parent = stack.get(parentIndex);
    Reading r = new Reading(NumberingScheme.BULLET, 0, "");
    Style style = new Style(NumberingScheme.BULLET, Label.Punctuation.NONE, printed);
    if (label.isPresent()) {
      r = ListItems.choose(parent, label.get());
      style = label.get().style(r);
      String warning = ListItems.irregular(parent, style, r, printed);
      if (warning != null) {
        warnings.add(u.line(), warning);
      }
    }
    Node node = open(parentIndex, printed, style, r, label.map(Label::path).orElse(List.of()), k);
    node.fromList = true;
    node.listLevel = level;
    node.begin(u, 0);
    attachPending(node);
    node.appendFirst(u.text());
    checkDeleted(node, u.text(), u.line());
    previousText = u.text();
  }

  /** The innermost open list item at this level or above, or -1. */
  private int innermostListItem(int level) {
    for (int d = stack.size() - 1; d >= 1; d--) {
      Node n = stack.get(d);
      if (n.fromList && n.listLevel <= level) {
        return d;
      }
    }
    return -1;
  }

  private void continuation(Unit u) {
    if (root.children.isEmpty()) {
      preamble.add(u);
      return;
    }
    Node cur = top();
    if (!u.blankBefore() && u.isText() && joiner.softWrap(cur.lastLine, u.text())) {
      cur.append(u, true);
      return;
    }
    int depth = stack.size() - 1;
    if (cur.paragraph() || depth >= 2) {
      // an unlabelled paragraph after a sub-item closes that sub-list: it follows it in the parent
      stack.remove(depth);
      paragraph(u);
    } else if (cur.children.isEmpty() && !(u.blankBefore() && cur.endsWithColon())) {
      cur.append(u, false);
    } else {
      paragraph(u);
    }
  }

  private void paragraph(Unit u) {
    Node parent = top();
    String id = ids.unique(childId(parent, Integer.toString(++parent.positional)));
    Node node = new Node(parent, id, "", null, 0, null, stack.size() - 1, -1);
    parent.children.add(node);
    stack.add(node);
    node.begin(u, 0);
    node.appendFirst(u.text());
  }

  private Node open(
      int parentIndex, String printed, Style style, Reading r, List<Integer> path, int k) {
    while (stack.size() > parentIndex + 1) {
      stack.remove(stack.size() - 1);
    }
    Node parent = stack.get(parentIndex);
    String key =
        r.scheme() == NumberingScheme.BULLET || r.key().isEmpty()
            ? Integer.toString(++parent.positional)
            : r.key();
    if (r.scheme() == NumberingScheme.MULTILEVEL && parent != root) {
      key = Integer.toString(r.value()); // "1.2.1" under "1.2"
    }
    List<Integer> nodePath =
        r.scheme() == NumberingScheme.MULTILEVEL
            ? path
            : r.scheme() == NumberingScheme.ARABIC && parent == root ? List.of(r.value()) : null;
    String id = ids.unique(childId(parent, key));
    Node node = new Node(parent, id, printed, style, r.value(), nodePath, parentIndex, k);
    parent.children.add(node);
    stack.add(node);
    return node;
  }

  private String childId(Node parent, String key) {
    return parent == root ? key : parent.id + "." + key;
  }

  private boolean headingCandidate(Unit u, int k) {
    if (u.kind() == BlockKind.LIST_ITEM || label(k).isPresent()) {
      return false;
    }
    if (root.children.isEmpty() && preamble.isEmpty() && pending.isEmpty()) {
      return false; // the title
    }
    Unit next = k + 1 < limit ? units.get(k + 1) : null;
    return Headings.standsAlone(u, next, next != null && label(k + 1).isPresent());
  }

  private static boolean lowerCaseBody(String text, Label label) {
    int at = label.bodyStart();
    return at < text.length() && Character.isLowerCase(text.charAt(at));
  }

  /** The label at the start of unit k, scanned once. */
  private Optional<Label> label(int k) {
    if (!scanned[k]) {
      labels[k] = LabelScanner.scan(units.get(k).text()).orElse(null);
      scanned[k] = true;
    }
    return Optional.ofNullable(labels[k]);
  }

  private boolean keywordHeading(Unit u, Label l, String body, int k) {
    Unit next = k + 1 < limit ? units.get(k + 1) : null;
    return Headings.afterKeyword(
        u, l, body, next, next != null && label(k + 1).isPresent(), joiner);
  }

  /** "Article 1" alone, then "Sovereignty" alone, then the text: the second line is a title. */
  private boolean titleBelow(Label l, int k) {
    if (l.keyword().isEmpty() || k + 2 >= limit) {
      return false;
    }
    Unit title = units.get(k + 1);
    Unit text = units.get(k + 2);
    return title.isText()
        && text.isText()
        && label(k + 1).isEmpty()
        && label(k + 2).isEmpty()
        && Cues.headingShape(title.text())
        && !joiner.softWrap(title.text(), text.text());
  }

  private void attachPending(Node node) {
    if (pending.isEmpty()) {
      return;
    }
    String heading = null;
    for (Unit p : pending) {
      heading = join(heading, p.text());
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
    node.heading = join(heading, node.heading);
    pending.clear();
  }

  private void flushPending() {
    if (pending.isEmpty()) {
      return;
    }
    List<Unit> held = new ArrayList<>(pending);
    pending.clear();
    for (Unit p : held) {
      continuation(p);
    }
  }

  private void checkDeleted(Node node, String body, int line) {
    if (Cues.deleted(body)) {
      warnings.add(line, "clause " + node.id + " is a placeholder for a deleted point: " + body);
    }
  }

  private Node top() {
    return stack.get(stack.size() - 1);
  }

  private static String join(String a, String b) {
    if (a == null) {
      return b;
    }
    return b == null ? a : a + "\n" + b;
  }
}
