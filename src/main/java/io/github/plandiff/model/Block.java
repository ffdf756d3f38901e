package io.github.plandiff.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One unit of a source document as a reader sees it, before parsing: a paragraph or line of text, a
 * heading, or a list item whose number may come from the format rather than the text (Word's
 * automatic numbering, HTML's {@code <ol>}).
 *
 * @param kind what the block is
 * @param text the block's text as it appears, without a format-supplied number
 * @param label the number the format displays for a list item (e.g. "3." from {@code <ol>}), or
 *     empty when the number, if any, is part of {@code text}
 * @param level nesting depth for list items and headings, from 0
 * @param span where the block lies in the draft's normalised text
 */
public record Block(BlockKind kind, String text, Optional<String> label, int level, Span span) {

  /** Checks that no component is null and the level is not negative. */
  public Block {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(span, "span");
    if (level < 0) {
      throw new IllegalArgumentException("level " + level + " is negative");
    }
  }

  /**
   * A plain paragraph or line of text.
   *
   * @param text the text, not null
   * @param span where it lies, not null
   * @return the block
   */
  public static Block text(String text, Span span) {
    return new Block(BlockKind.TEXT, text, Optional.empty(), 0, span);
  }
}
