package io.github.plandiff.parse;

/**
 * The numbering schemes the parser recognises in a clause label. A label's scheme and its
 * punctuation together form a style; consecutive clauses of one list share a style, and a new style
 * that starts at its first value opens a nested list.
 */
public enum NumberingScheme {
  /**
   * Arabic numbers: {@code 1.}, {@code 1)}, {@code (1)}, {@code Point 1}; and numbers written as
   * words: {@code First,}, {@code five.}.
   */
  ARABIC,
  /** Lower-case letters: {@code a.}, {@code (b)}. */
  LOWER_LETTER,
  /** Upper-case letters: {@code A.}, {@code (B)}. */
  UPPER_LETTER,
  /** Lower-case roman numerals: {@code (iv)}, {@code ii.}. */
  LOWER_ROMAN,
  /** Upper-case roman numerals: {@code I.}, {@code (IV)}, {@code Article IV}. */
  UPPER_ROMAN,
  /**
   * Lower-case Cyrillic letters in the order of Russian or Ukrainian legal lists: {@code а)},
   * {@code (б)}.
   */
  LOWER_CYRILLIC,
  /** Multi-level arabic numbers: {@code 1.2}, {@code 1.2.3.}. */
  MULTILEVEL,
  /** Dashes and bullets: {@code –}, {@code —}, {@code -}, {@code •}; these carry no value. */
  BULLET
}
