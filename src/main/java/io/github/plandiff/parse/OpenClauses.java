package io.github.plandiff.parse;

import io.github.plandiff.parse.Label.Reading;
import io.github.plandiff.parse.Label.Style;
import java.util.ArrayList;
import java.util.List;

/** The stack of clauses open at the current line, the root first, and the ids of new clauses. */
final class OpenClauses {

  /**
   * What a new labelled clause is opened with.
   *
   * @param printed the label as printed
   * @param style the list style
   * @param reading how the label is read
   * @param path the label's numbering path (empty when it has none)
   */
  record Opening(String printed, Style style, Reading reading, List<Integer> path) {}

  private final Node root = Node.root();
  private final List<Node> stack = new ArrayList<>();
  private final Ids ids = new Ids();
  private String prefix = "";

  OpenClauses() {
    stack.add(root);
  }

  /** Makes top-level ids start with a prefix ("Annex I/"), for the clauses of an annex. */
  void prefix(String idPrefix) {
    prefix = idPrefix;
  }

  Node root() {
    return root;
  }

  /** The open clauses, the root first; read only. */
  List<Node> stack() {
    return stack;
  }

  Node get(int index) {
    return stack.get(index);
  }

  Node top() {
    return stack.get(stack.size() - 1);
  }

  /** The index of the innermost open clause (0 when only the root is open). */
  int depth() {
    return stack.size() - 1;
  }

  void closeTop() {
    stack.remove(stack.size() - 1);
  }

  /** Closes open paragraphs, and list items deeper than a list item at this level would be. */
  void closeForListItem(int level) {
    while (stack.size() > 1 && (top().paragraph() || top().fromList && top().listLevel > level)) {
      closeTop();
    }
  }

  /** The index of the innermost open list item at this level or above, or -1. */
  int innermostListItem(int level) {
    for (int d = stack.size() - 1; d >= 1; d--) {
      Node n = stack.get(d);
      if (n.fromList && n.listLevel <= level) {
        return d;
      }
    }
    return -1;
  }

  /**
   * Closes the clauses below a parent and opens a labelled clause under it.
   *
   * @param parentIndex the parent's index in the stack
   * @param opening the new clause's label
   * @param unitIndex the index of the unit that opens it
   * @return the new clause, now the innermost open one
   */
  Node open(int parentIndex, Opening opening, int unitIndex) {
    while (stack.size() > parentIndex + 1) {
      closeTop();
    }
    Node parent = stack.get(parentIndex);
    Reading r = opening.reading();
    String id = ids.unique(childId(parent, key(parent, r)));
    List<Integer> nodePath =
        r.scheme() == NumberingScheme.MULTILEVEL
            ? opening.path()
            : r.scheme() == NumberingScheme.ARABIC && parent == root ? List.of(r.value()) : null;
    Node node =
        new Node(
            parent,
            id,
            opening.printed(),
            opening.style(),
            r.value(),
            nodePath,
            parentIndex,
            unitIndex);
    parent.children.add(node);
    stack.add(node);
    return node;
  }

  /** The last component of a new clause's id; counts bullets and unnumbered clauses. */
  private String key(Node parent, Reading r) {
    String key =
        r.scheme() == NumberingScheme.BULLET || r.key().isEmpty()
            ? Integer.toString(++parent.positional)
            : r.key();
    if (r.scheme() == NumberingScheme.MULTILEVEL && parent != root) {
      key = Integer.toString(r.value()); // "1.2.1" under "1.2"
    }
    return key;
  }

  /** Opens an unlabelled paragraph with this unit's text under the innermost open clause. */
  void paragraph(Unit u) {
    Node parent = top();
    String id = ids.unique(childId(parent, Integer.toString(++parent.positional)));
    Node node = new Node(parent, id, "", null, 0, null, stack.size() - 1, -1);
    parent.children.add(node);
    stack.add(node);
    node.begin(u, 0);
    node.appendFirst(u.text());
  }

  private String childId(Node parent, String key) {
    return parent == root ? prefix + key : parent.id + "." + key;
  }
}
