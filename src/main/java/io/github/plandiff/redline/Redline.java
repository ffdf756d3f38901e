package io.github.plandiff.redline;

import io.github.plandiff.model.Segment;
import java.util.List;
import java.util.Objects;

/**
 * A redline and how finely it was computed. A redline coarser than {@link Granularity#WORD} is
 * still lossless; only its changes are larger than the words that really changed.
 *
 * @param segments the lossless segments, adjacent segments never sharing an op
 * @param granularity the coarsest granularity used in any part of the texts
 * @param tokens the number of word tokens of both texts together
 */
public record Redline(List<Segment> segments, Granularity granularity, int tokens) {

  /** Checks the components and copies the list. */
  public Redline {
    Objects.requireNonNull(granularity, "granularity");
    segments = List.copyOf(segments);
    if (tokens < 0) {
      throw new IllegalArgumentException("tokens " + tokens + " is negative");
    }
  }

  /**
   * Tells whether some part of the texts was compared more coarsely than word by word.
   *
   * @return true unless the granularity is {@link Granularity#WORD}
   */
  public boolean isCoarse() {
    return granularity != Granularity.WORD;
  }
}
