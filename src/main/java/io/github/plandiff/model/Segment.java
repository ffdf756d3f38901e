package io.github.plandiff.model;

import java.util.List;
import java.util.Objects;

/**
 * A run of text in a redline.
 *
 * @param op whether the text is kept, deleted or inserted
 * @param text the text exactly as in the source, never empty
 * @param cosmetic true for a deletion or insertion that, with the insertion or deletion next to it,
 *     changes only the style of quotes, apostrophes or dashes, case or character width ("Ukraine's"
 *     → "Ukraine’s"); always false for {@code EQUAL}
 */
public record Segment(Op op, String text, boolean cosmetic) {

  /** Checks that the text is not empty and that only an edit is cosmetic. */
  public Segment {
    Objects.requireNonNull(op, "op");
    Objects.requireNonNull(text, "text");
    if (text.isEmpty()) {
      throw new IllegalArgumentException("empty " + op + " segment");
    }
    if (cosmetic && op == Op.EQUAL) {
      throw new IllegalArgumentException("an EQUAL segment cannot be cosmetic");
    }
  }

  /**
   * A segment that is not cosmetic.
   *
   * @param op whether the text is kept, deleted or inserted
   * @param text the text exactly as in the source, never empty
   */
  public Segment(Op op, String text) {
    this(op, text, false);
  }

  /**
   * Rebuilds the old text of a redline: its {@code EQUAL} and {@code DELETE} segments.
   *
   * @param redline the segments
   * @return the old text
   */
  public static String oldText(List<Segment> redline) {
    return join(redline, Op.DELETE);
  }

  /**
   * Rebuilds the new text of a redline: its {@code EQUAL} and {@code INSERT} segments.
   *
   * @param redline the segments
   * @return the new text
   */
  public static String newText(List<Segment> redline) {
    return join(redline, Op.INSERT);
  }

  private static String join(List<Segment> redline, Op side) {
    StringBuilder sb = new StringBuilder();
    for (Segment segment : redline) {
      if (segment.op == Op.EQUAL || segment.op == side) {
        sb.append(segment.text);
      }
    }
    return sb.toString();
  }
}
