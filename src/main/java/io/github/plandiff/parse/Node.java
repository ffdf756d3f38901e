package io.github.plandiff.parse;

import io.github.plandiff.model.Clause;
import io.github.plandiff.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A clause while it is being built: mutable, owned by one {@link TreeBuilder}. */
final class Node {
  final Node parent;
  final String id;
  final String label;

  /** The list style, or null for the root and for unlabelled paragraphs. */
  final Label.Style style;

  final int value;

  /** The numbering path of arabic and multi-level clauses, or null. */
  final List<Integer> path;

  int listLevel;

  /** Whether the format supplied the label (a list item) rather than the text. */
  boolean fromList;

  final int unitIndex;
  final List<Node> children = new ArrayList<>();
  final StringBuilder text = new StringBuilder();
  String heading;
  String lastLine = "";
  int positional;
  int start;
  int end;
  int startLine;
  int endLine;

  Node(
      Node parent,
      String id,
      String label,
      Label.Style style,
      int value,
      List<Integer> path,
      int listLevel,
      int unitIndex) {
    this.parent = parent;
    this.id = id;
    this.label = label;
    this.style = style;
    this.value = value;
    this.path = path;
    this.listLevel = listLevel;
    this.unitIndex = unitIndex;
  }

  static Node root() {
    return new Node(null, "", "", null, 0, null, -1, -1);
  }

  boolean paragraph() {
    return style == null && parent != null && label.isEmpty();
  }

  void begin(Unit u, int from) {
    start = Math.min(u.end(), u.start() + from);
    end = Math.max(start, u.end());
    startLine = u.line();
    endLine = u.line();
    lastLine = u.text();
  }

  void appendFirst(String body) {
    text.append(body.strip());
  }

  void append(Unit u, boolean wrap) {
    if (text.length() > 0) {
      text.append(wrap ? ' ' : '\n');
    }
    text.append(u.text());
    lastLine = u.text();
    cover(u);
  }

  /** Extends the span over a unit that is part of the clause but not of its text. */
  void cover(Unit u) {
    end = Math.max(end, u.end());
    endLine = Math.max(endLine, u.line());
  }

  /** Adds a line to the heading, below any it has. */
  void appendHeading(String line) {
    heading = joinLines(heading, line);
  }

  /** Two headings one below the other; either may be null. */
  static String joinLines(String above, String below) {
    if (above == null) {
      return below;
    }
    return below == null ? above : above + "\n" + below;
  }

  boolean endsWithColon() {
    int n = text.length();
    return n > 0 && text.charAt(n - 1) == ':';
  }

  Clause build() {
    List<Clause> built = new ArrayList<>(children.size());
    Span span = new Span(start, Math.max(start, end), startLine, Math.max(startLine, endLine));
    for (Node child : children) {
      Clause c = child.build();
      built.add(c);
      span = span.union(c.span());
    }
    return new Clause(id, label, Optional.ofNullable(heading), text.toString(), built, span);
  }
}
