package io.github.plandiff.model;

/** What a {@link Block} is in its source format. */
public enum BlockKind {
  /** A line or paragraph of running text; a number at its start, if any, is part of the text. */
  TEXT,
  /** A blank line that separates paragraphs in a plain-text source. */
  BLANK,
  /** A heading (Markdown {@code #}, HTML {@code <h2>}, a Word heading style). */
  HEADING,
  /** A list item whose number or bullet the format supplies in {@link Block#label()}. */
  LIST_ITEM
}
