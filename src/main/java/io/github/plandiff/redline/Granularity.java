package io.github.plandiff.redline;

/** How finely a redline was computed, from the finest to the coarsest. */
public enum Granularity {
  /** Word by word: the normal case. */
  WORD,
  /**
   * Sentence by sentence (a line break also ends a sentence), then word by word inside the changed
   * sentences where they are small enough.
   */
  SENTENCE,
  /** As {@link #SENTENCE}, but some large changed stretch was deleted and inserted whole. */
  BLOCK
}
