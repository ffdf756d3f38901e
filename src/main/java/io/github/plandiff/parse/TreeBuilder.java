package io.github.plandiff.parse;

import io.github.plandiff.model.BlockKind;
import io.github.plandiff.model.Warning;
import io.github.plandiff.parse.Label.Reading;
import io.github.plandiff.parse.Label.Style;
import io.github.plandiff.parse.Placer.Decision;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One pass over a document's units that builds the clause tree. Keeps the stack of open clauses
 * (the root first); each unit either opens a clause (see {@link Placer}), continues the innermost
 * open one, becomes an unlabelled paragraph child, or is held as a heading for the next clause.
 * Each unit is looked at a bounded number of times, so the pass is linear in the input.
 */
final class TreeBuilder {

  static final int MAX_DEPTH = 64;
  static final int MAX_WARNINGS = 1000;
  /** Splits of one line into run-together points; bounds the copying on hostile input. */
  static final int MAX_SPLITS = 200;

  private final List<Unit> units;
  private final LineJoiner joiner;
  private final int limit;
  private final Node root = Node.root();
  private final List<Node> stack = new ArrayList<>();
  private final List<Unit> preamble = new ArrayList<>();
  private final List<Unit> pending = new ArrayList<>();
  private final List<Warning> warnings = new ArrayList<>();
  private final Map<String, Integer> suffixes = new HashMap<>();
  private String previousText;
  private int trailingFrom;
  private int suppressed;

  TreeBuilder(List<Unit> units, LineJoiner joiner, int limit) {
    this.units = units;
    this.joiner = joiner;
    this.limit = limit;
  }

  TreeBuilder run() {
    stack.add(root);
    trailingFrom = limit;
    for (int k = 0; k < limit; k++) {
      Unit u = units.get(k);
      if (!root.children.isEmpty() && (u.blankBefore() || u.kind() == BlockKind.HEADING)
          && u.kind() != BlockKind.LIST_ITEM && Cues.annex(u.text())) {
        trailingFrom = k;
        break;
      }
      if (headingCandidate(u, k)) {
        pending.add(u);
        previousText = u.text();
        continue;
      }
      handle(u, k);
    }
    flushPending();
    if (suppressed > 0) {
      warnings.add(new Warning("", 0, suppressed + " further warnings not shown"));
    }
    return this;
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
    return warnings;
  }

  private void handle(Unit u, int k) {
    if (u.kind() == BlockKind.LIST_ITEM) {
      listItem(u, k);
      return;
    }
    Unit cur = u;
    int splits = 0;
    while (cur != null) {
      Optional<Label> label = LabelScanner.scan(cur.text());
      int from = label.map(Label::bodyStart).orElse(0);
      int expected = expectedTop(label);
      int split = expected > 0 && splits < MAX_SPLITS
          ? RunTogether.find(cur.text(), from, expected) : -1;
      Unit rest = null;
      if (split > 0) {
        splits++;
        rest = cur.tail(split);
        cur = cur.head(split);
        warn(cur.line(), "two points run together on one line; split before \""
            + RunTogether.preview(rest.text()) + "\"");
      }
      one(cur, label, k);
      cur = rest;
    }
  }

  private void one(Unit u, Optional<Label> label, int k) {
    boolean ps = paragraphStart(u);
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
      warn(u.line(), d.warning() + "; kept as clause " + node.id);
    }
    node.begin(u, 0);
    attachPending(node);
    String body = u.text().substring(Math.min(l.bodyStart(), u.text().length())).strip();
    if (u.kind() == BlockKind.HEADING || keywordHeading(u, l, body, k)) {
      node.heading = body.isEmpty() ? node.heading : join(node.heading, body);
    } else {
      node.appendFirst(body);
    }
    checkDeleted(node, body, u.line());
    previousText = u.text();
  }

  private void listItem(Unit u, int k) {
    int level = Math.min(u.level(), MAX_DEPTH - 1);
    while (stack.size() > 1 && (top().listLevel >= level || top().paragraph())) {
      stack.remove(stack.size() - 1);
    }
    Node parent = top();
    String printed = u.label().orElse("").strip();
    Optional<Label> label = u.label().flatMap(LabelScanner::parsePrinted);
    Reading r = new Reading(NumberingScheme.BULLET, 0, "");
    Style style = new Style(NumberingScheme.BULLET, Label.Punctuation.NONE, printed);
    if (label.isPresent()) {
      r = ListItems.choose(parent, label.get());
      style = label.get().style(r);
      String warning = ListItems.irregular(parent, style, r, printed);
      if (warning != null) {
        warn(u.line(), warning);
      }
    }
    Node node = open(stack.size() - 1, printed, style, r, label.map(Label::path).orElse(List.of()),
        k);
    node.listLevel = level;
    node.begin(u, 0);
    attachPending(node);
    node.appendFirst(u.text());
    checkDeleted(node, u.text(), u.line());
    previousText = u.text();
  }

  private void continuation(Unit u) {
    if (root.children.isEmpty()) {
      preamble.add(u);
      return;
    }
    Node cur = top();
    if (!u.blankBefore() && u.isText() && joiner.fills(cur.lastLine, u.text())) {
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
    String id = unique(childId(parent, Integer.toString(++parent.positional)));
    Node node = new Node(parent, id, "", null, 0, null, stack.size() - 1, -1);
    parent.children.add(node);
    stack.add(node);
    node.begin(u, 0);
    node.appendFirst(u.text());
  }

  private Node open(int parentIndex, String printed, Style style, Reading r, List<Integer> path,
      int k) {
    while (stack.size() > parentIndex + 1) {
      stack.remove(stack.size() - 1);
    }
    Node parent = stack.get(parentIndex);
    String key = r.scheme() == NumberingScheme.BULLET || r.key().isEmpty()
        ? Integer.toString(++parent.positional) : r.key();
    if (r.scheme() == NumberingScheme.MULTILEVEL && parent != root) {
      key = Integer.toString(r.value()); // "1.2.1" under "1.2"
    }
    List<Integer> nodePath = r.scheme() == NumberingScheme.MULTILEVEL ? path
        : r.scheme() == NumberingScheme.ARABIC && parent == root ? List.of(r.value()) : null;
    Node node = new Node(parent, unique(childId(parent, key)), printed, style, r.value(), nodePath,
        parentIndex, k);
    parent.children.add(node);
    stack.add(node);
    return node;
  }

  private String childId(Node parent, String key) {
    return parent == root ? key : parent.id + "." + key;
  }

  private String unique(String id) {
    Integer n = suffixes.get(id);
    if (n == null) {
      suffixes.put(id, 2);
      return id;
    }
    String candidate = id + "~" + n;
    while (suffixes.containsKey(candidate)) {
      n++;
      candidate = id + "~" + n;
    }
    suffixes.put(id, n + 1);
    suffixes.put(candidate, 2);
    return candidate;
  }

  private boolean headingCandidate(Unit u, int k) {
    if (u.kind() == BlockKind.LIST_ITEM || LabelScanner.scan(u.text()).isPresent()) {
      return false;
    }
    if (root.children.isEmpty() && preamble.isEmpty() && pending.isEmpty()) {
      return false; // the title
    }
    if (u.kind() == BlockKind.HEADING) {
      return true;
    }
    if (!u.blankBefore() || k + 1 >= limit) {
      return false;
    }
    Unit next = units.get(k + 1);
    boolean nextOpens = next.kind() != BlockKind.TEXT
        || LabelScanner.scan(next.text()).isPresent();
    boolean apart = next.blankBefore() || next.kind() != BlockKind.TEXT;
    return nextOpens && apart && (Cues.headingShape(u.text()) || Cues.note(u.text()));
  }

  private boolean keywordHeading(Unit u, Label l, String body, int k) {
    if (l.keyword().isEmpty() || body.isEmpty() || body.length() > 2 * Cues.MAX_HEADING) {
      return false;
    }
    if (Cues.capitals(body)) {
      return true; // "SEC. 2. DEFINITIONS."
    }
    if (Cues.endsSentence(body)
        || body.endsWith(",") || k + 1 >= limit) {
      return false;
    }
    Unit next = units.get(k + 1);
    return next.isText() && LabelScanner.scan(next.text()).isEmpty()
        && !joiner.fills(u.text(), next.text());
  }

  private static boolean lowerCaseBody(String text, Label label) {
    return label.bodyStart() < text.length() && Character.isLowerCase(text.charAt(label.bodyStart()));
  }

  private boolean paragraphStart(Unit u) {
    if (!u.isText() || u.blankBefore() || previousText == null || !joiner.wrapped()) {
      return true;
    }
    return Cues.endsSentence(previousText) || !joiner.fills(previousText, u.text());
  }

  /** The number a run-together point would carry, or -1 when the top level is not arabic. */
  private int expectedTop(Optional<Label> label) {
    int next = 1;
    if (!root.children.isEmpty()) {
      Node last = root.children.get(root.children.size() - 1);
      if (last.style == null || last.style.scheme() != NumberingScheme.ARABIC
          || !last.style.keyword().isEmpty()) {
        return -1;
      }
      next = last.value + 1;
    }
    if (label.isPresent() && label.get().keyword().isEmpty()) {
      for (Reading r : label.get().readings()) {
        if (r.scheme() == NumberingScheme.ARABIC && r.value() == next) {
          return next + 1;
        }
      }
    }
    return next;
  }

  private void attachPending(Node node) {
    if (pending.isEmpty()) {
      return;
    }
    String heading = null;
    for (Unit p : pending) {
      heading = join(heading, p.text());
      if (Cues.note(p.text())) {
        warn(p.line(), "note \"" + p.text() + "\" stands alone before clause " + node.id
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
      warn(line, "clause " + node.id + " is a placeholder for a deleted point: " + body);
    }
  }

  private void warn(int line, String message) {
    if (warnings.size() >= MAX_WARNINGS) {
      suppressed++;
      return;
    }
    warnings.add(new Warning("", line, message));
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
