package io.github.plandiff.model;

/** Whether a rewording changes meaning. */
public enum Significance {
  /** Only case, punctuation, whitespace, quote or dash style differ. */
  COSMETIC,
  /** Words or numbers differ. */
  SUBSTANTIVE
}
