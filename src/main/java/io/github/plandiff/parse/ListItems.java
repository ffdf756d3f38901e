package io.github.plandiff.parse;

import io.github.plandiff.parse.Label.Reading;
import io.github.plandiff.parse.Label.Style;
import io.github.plandiff.parse.OpenClauses.Opening;
import io.github.plandiff.parse.Placer.Decision;
import java.util.List;
import java.util.Optional;

/** Where list items whose label and level a format supplies go, and how they are numbered. */
final class ListItems {

  private ListItems() {}

  /**
   * Opens the clause of a list item: a sibling of the open item at its level, else the next number
   * of an open list typed in the text, else a child of the innermost open clause.
   *
   * @param open the open clauses
   * @param u the list item
   * @param k the index of the unit
   * @param warnings where an irregular number is reported
   * @return the new clause, without the item's text
   */
  static Node open(OpenClauses open, Unit u, int k, Warnings warnings) {
    int level = Math.min(u.level(), TreeBuilder.MAX_DEPTH - 1);
    open.closeForListItem(level);
    String printed = u.label().orElse("").strip();
    Optional<Label> label = u.label().flatMap(LabelScanner::parsePrinted);
    int parentIndex = Math.min(parentIndex(open, level, label), TreeBuilder.MAX_DEPTH - 1);
    Node parent = open.get(parentIndex);
    Reading r = new Reading(NumberingScheme.BULLET, 0, "");
    Style style = new Style(NumberingScheme.BULLET, Label.Punctuation.NONE, printed);
    if (label.isPresent()) {
      r = choose(parent, label.get());
      style = label.get().style(r);
      String warning = irregular(parent, style, r, printed);
      if (warning != null) {
        warnings.add(u.line(), warning);
      }
    }
    List<Integer> path = label.map(Label::path).orElse(List.of());
    Node node = open.open(parentIndex, new Opening(printed, style, r, path), k);
    node.fromList = true;
    node.listLevel = level;
    return node;
  }

  private static int parentIndex(OpenClauses open, int level, Optional<Label> label) {
    int anchor = open.innermostListItem(level);
    if (anchor > 0 && open.get(anchor).listLevel == level) {
      return anchor - 1; // the next item at this level, closing sub-items typed in text
    }
    if (label.isPresent()) {
      Decision d = Placer.next(open.stack(), label.get());
      if (d != null && !open.get(d.parent() + 1).fromList) {
        return d.parent();
      }
    }
    return open.depth();
  }

  /** The reading that continues the parent's last child, else a first value, else the first. */
  static Reading choose(Node parent, Label label) {
    Node last = parent.children.isEmpty() ? null : parent.children.get(parent.children.size() - 1);
    if (last != null && last.style != null) {
      for (Reading r : label.readings()) {
        if (last.style.compatible(label.style(r)) && r.value() == last.value + 1) {
          return r;
        }
      }
    }
    for (Reading r : label.readings()) {
      if (r.value() == 1) {
        return r;
      }
    }
    return label.readings().get(0);
  }

  /** A warning when a list item repeats or skips its predecessor's number, else null. */
  static String irregular(Node parent, Style style, Reading r, String printed) {
    if (r.scheme() == NumberingScheme.BULLET || parent.children.isEmpty()) {
      return null;
    }
    Node last = parent.children.get(parent.children.size() - 1);
    if (last.style == null || !last.style.compatible(style)) {
      return null;
    }
    if (r.value() == last.value) {
      return "number " + printed + " appears twice";
    }
    if (r.value() > last.value + 1) {
      return "number "
          + (last.value + 1)
          + (r.value() > last.value + 2 ? " and after" : "")
          + " missing before "
          + printed;
    }
    return null;
  }
}
