package io.github.plandiff.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A numbered clause of a draft, with its sub-clauses.
 *
 * @param id the numbering path, unique within its draft ("12", "12.b", "12.b.ii", "7~2" for a
 *     second point printed as 7)
 * @param label the number as printed ("12.", "(b)", "Point 12"), or empty for an unlabelled item
 * @param heading a heading printed with the number ("Territory"), if any
 * @param text the clause's own text, without its label and without its children; wrapped lines are
 *     joined with a space, paragraphs with {@code \n}
 * @param children the sub-clauses, in source order
 * @param span where the clause, children included, lies in the draft's text
 */
public record Clause(
    String id,
    String label,
    Optional<String> heading,
    String text,
    List<Clause> children,
    Span span) {

  /** Checks that no component is null and copies the children. */
  public Clause {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(heading, "heading");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
    children = List.copyOf(children);
  }

  /**
   * A clause with no heading and no children.
   *
   * @param id the numbering path
   * @param label the label as printed
   * @param text the text
   * @param span where it lies
   * @return the clause
   */
  public static Clause of(String id, String label, String text, Span span) {
    return new Clause(id, label, Optional.empty(), text, List.of(), span);
  }

  /**
   * Returns the clause's text with its children's, each child on a line of its own preceded by its
   * label, in source order: the text a reader sees under this number.
   *
   * @return the full text, never null
   */
  public String fullText() {
    if (children.isEmpty()) {
      return text;
    }
    StringBuilder sb = new StringBuilder(text);
    appendChildren(sb, 0);
    return sb.toString();
  }

  /**
   * Appends the children's full texts after this clause's text, which starts at {@code start} in
   * {@code sb}: what appending each child's own {@link #fullText} gives, each descendant copied
   * once.
   */
  private void appendChildren(StringBuilder sb, int start) {
    for (int k = 0; k < children.size(); k++) {
      Clause child = children.get(k);
      if (sb.length() > start) {
        sb.append('\n');
      }
      if (!child.label.isEmpty()) {
        sb.append(child.label).append(' ');
      }
      int childStart = sb.length();
      sb.append(child.text);
      child.appendChildren(sb, childStart);
    }
  }

  /**
   * Visits this clause and all its descendants, parents before children.
   *
   * @param visitor called once per clause
   */
  public void forEach(Consumer<Clause> visitor) {
    visitor.accept(this);
    for (Clause child : children) {
      child.forEach(visitor);
    }
  }

  /**
   * Returns this clause and all its descendants, parents first.
   *
   * @return a new list, never empty
   */
  public List<Clause> flatten() {
    List<Clause> all = new ArrayList<>();
    forEach(all::add);
    return all;
  }
}
