package io.github.plandiff.parse;

import io.github.plandiff.parse.Label.Reading;
import io.github.plandiff.parse.Label.Style;
import java.util.List;

/**
 * Decides where a label found in text goes in the tree, given the clauses open at that point: the
 * next item of an open list (the expected next number), the first item of a new nested list, a
 * skipped, repeated or restarted number, or no label at all. Stateless.
 */
final class Placer {

  /** How far ahead of the expected number a label may jump before it is taken for text. */
  static final int MAX_SKIP = 10;

  /** The largest number a draft's first clause may have. */
  static final int MAX_FIRST = 100;

  /**
   * Where a label goes.
   *
   * @param parent the index, in the stack of open clauses, of the new clause's parent
   * @param reading how the label is read
   * @param warning what to report, or null
   */
  record Decision(int parent, Reading reading, String warning) {}

  private Placer() {}

  /**
   * @param stack the open clauses, the root first
   * @param label the label
   * @param paragraphStart whether the label starts a paragraph rather than a wrapped line
   * @return the decision, or null when the label is text
   */
  static Decision decide(List<Node> stack, Label label, boolean paragraphStart) {
    Reading first = label.readings().get(0);
    if (first.scheme() == NumberingScheme.BULLET) {
      return bullet(stack, label, first, paragraphStart);
    }
    if (first.scheme() == NumberingScheme.MULTILEVEL) {
      return multilevel(stack, label, first, paragraphStart);
    }
    Decision next = successor(stack, label, true);
    if (next == null) {
      next = successor(stack, label, false);
    }
    if (next != null) {
      return next;
    }
    if (stack.get(0).children.isEmpty()) {
      return firstClause(label, paragraphStart);
    }
    if (!paragraphStart) {
      return null;
    }
    Decision start = start(stack, label);
    return start != null ? start : irregular(stack, label);
  }

  /**
   * The open list that this label continues as its next number (or its next bullet), if any.
   *
   * @param stack the open clauses, the root first
   * @param label the label
   * @return the decision, or null
   */
  static Decision next(List<Node> stack, Label label) {
    Reading first = label.readings().get(0);
    if (first.scheme() == NumberingScheme.BULLET) {
      for (int d = stack.size() - 1; d >= 1; d--) {
        Node n = stack.get(d);
        if (n.style != null && n.style.same(label.style(first))) {
          return new Decision(d - 1, first, null);
        }
      }
      return null;
    }
    Decision exact = successor(stack, label, true);
    return exact != null ? exact : successor(stack, label, false);
  }

  private static Decision successor(List<Node> stack, Label label, boolean exact) {
    for (int d = stack.size() - 1; d >= 1; d--) {
      Node n = stack.get(d);
      if (n.style == null) {
        continue;
      }
      for (Reading r : label.readings()) {
        Style s = label.style(r);
        boolean fits = exact ? n.style.same(s) : n.style.compatible(s);
        if (fits && r.value() == n.value + 1) {
          return new Decision(d - 1, r, null);
        }
      }
    }
    return null;
  }

  private static Decision firstClause(Label label, boolean paragraphStart) {
    for (Reading r : label.readings()) {
      boolean strong = r.value() == 1 || !label.keyword().isEmpty();
      boolean plausible =
          paragraphStart && r.scheme() == NumberingScheme.ARABIC && r.value() <= MAX_FIRST;
      if (strong || plausible) {
        return new Decision(0, r, null);
      }
    }
    return null;
  }

  /** A label at the first value of a style that no open list has: a nested list starts. */
  private static Decision start(List<Node> stack, Label label) {
    for (Reading r : label.readings()) {
      if (r.value() != 1 || open(stack, label.style(r))) {
        continue;
      }
      return new Decision(childParent(stack), r, null);
    }
    return null;
  }

  /** A repeated, skipped or restarted number of an open list, at the start of a paragraph. */
  private static Decision irregular(List<Node> stack, Label label) {
    for (int d = stack.size() - 1; d >= 1; d--) {
      Node n = stack.get(d);
      for (Reading r : label.readings()) {
        if (n.style == null || !n.style.compatible(label.style(r))) {
          continue;
        }
        int v = r.value();
        if (v == n.value) {
          return new Decision(d - 1, r, "number \"" + label.printed() + "\" appears twice");
        }
        if (v > n.value + 1 && v <= n.value + MAX_SKIP) {
          String missing =
              v == n.value + 2
                  ? "number " + (n.value + 1) + " is"
                  : "numbers " + (n.value + 1) + " to " + (v - 1) + " are";
          return new Decision(d - 1, r, missing + " missing before \"" + label.printed() + "\"");
        }
        if (v == 1 && d == 1) {
          return new Decision(0, r, "numbering restarts at \"" + label.printed() + "\"");
        }
      }
    }
    return null;
  }

  private static Decision bullet(List<Node> stack, Label label, Reading r, boolean paragraphStart) {
    Style s = label.style(r);
    for (int d = stack.size() - 1; d >= 1; d--) {
      Node n = stack.get(d);
      if (n.style != null && n.style.same(s)) {
        return new Decision(d - 1, r, null);
      }
    }
    if (!paragraphStart || stack.get(0).children.isEmpty()) {
      return null;
    }
    return new Decision(childParent(stack), r, null);
  }

  private static Decision multilevel(List<Node> stack, Label label, Reading r, boolean ps) {
    List<Integer> path = label.path();
    List<Integer> prefix = path.subList(0, path.size() - 1);
    for (int d = stack.size() - 1; d >= 1; d--) {
      Node n = stack.get(d);
      if (n.path != null && n.path.equals(prefix)) {
        return new Decision(d, r, null);
      }
      if (n.path != null
          && n.path.size() == path.size()
          && n.path.subList(0, prefix.size()).equals(prefix)
          && n.path.get(prefix.size()) < path.get(prefix.size())
          && (ps || n.path.get(prefix.size()) + 1 == path.get(prefix.size()))) {
        return new Decision(d - 1, r, null);
      }
    }
    Node root = stack.get(0);
    Label.Style lastTop =
        root.children.isEmpty() ? null : root.children.get(root.children.size() - 1).style;
    boolean multilevelDraft =
        root.children.isEmpty()
            || lastTop != null && lastTop.scheme() == NumberingScheme.MULTILEVEL;
    return ps && multilevelDraft ? new Decision(0, r, null) : null;
  }

  private static boolean open(List<Node> stack, Style style) {
    for (int d = 1; d < stack.size(); d++) {
      Style s = stack.get(d).style;
      if (s != null && s.compatible(style)) {
        return true;
      }
    }
    return false;
  }

  /** The parent for a new nested list: the innermost open clause that is not a paragraph. */
  private static int childParent(List<Node> stack) {
    int d = stack.size() - 1;
    while (d > 0 && stack.get(d).paragraph()) {
      d--;
    }
    return d;
  }
}
