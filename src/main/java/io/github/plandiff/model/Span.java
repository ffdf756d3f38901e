package io.github.plandiff.model;

/**
 * Where a piece of a draft lies in its source text: 0-based, half-open character offsets and
 * 1-based, inclusive line numbers.
 *
 * @param start first character offset (inclusive)
 * @param end last character offset (exclusive), not below {@code start}
 * @param startLine line of the first character, from 1
 * @param endLine line of the last character, not below {@code startLine}
 */
public record Span(int start, int end, int startLine, int endLine) {

  /** A span that covers nothing, for values built in code rather than parsed from a source. */
  public static final Span NONE = new Span(0, 0, 1, 1);

  /**
   * Checks the bounds.
   *
   * @throws IllegalArgumentException if an offset or line is out of order or negative
   */
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad offsets " + start + ".." + end);
    }
    if (startLine < 1 || endLine < startLine) {
      throw new IllegalArgumentException("bad lines " + startLine + ".." + endLine);
    }
  }

  /**
   * Returns the smallest span that covers this one and {@code other}.
   *
   * @param other another span, not null
   * @return the union of both spans
   */
  public Span union(Span other) {
    return new Span(
        Math.min(start, other.start),
        Math.max(end, other.end),
        Math.min(startLine, other.startLine),
        Math.max(endLine, other.endLine));
  }
}
