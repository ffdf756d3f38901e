package io.github.plandiff.parse;

import java.util.List;

/**
 * A label found at the start of a line or given by a list item, with every way it can be read.
 *
 * @param printed the label as printed ("12.", "(b)", "Point 12 —")
 * @param bodyStart where the text after the label starts in the scanned string
 * @param punctuation how the label is punctuated
 * @param keyword the lower-case keyword before the number ("point", "article", "§"), the bullet
 *     character for bullets, or "" for none
 * @param readings the possible readings, most likely first; "(i)" is both the ninth letter and
 *     roman one
 * @param path the components of a multi-level number ("1.2.3"), empty otherwise
 */
record Label(
    String printed,
    int bodyStart,
    Punctuation punctuation,
    String keyword,
    List<Reading> readings,
    List<Integer> path) {

  Label {
    readings = List.copyOf(readings);
    path = List.copyOf(path);
  }

  /** How a label is punctuated; the plain kinds are interchangeable within one list. */
  enum Punctuation {
    DOT,
    CLOSE,
    DASH,
    COMMA,
    PARENS,
    NONE;

    boolean plain() {
      return this != PARENS && this != NONE;
    }
  }

  /**
   * One reading of a label.
   *
   * @param scheme the numbering scheme
   * @param value the position in the list, from 1 (0 for bullets)
   * @param key the id component ("12", "b", "ii"), or "" for bullets
   */
  record Reading(NumberingScheme scheme, int value, String key) {}

  /**
   * The style of this label under one reading: what consecutive items of one list share.
   *
   * @param reading one of this label's readings
   * @return the style
   */
  Style style(Reading reading) {
    return new Style(reading.scheme(), punctuation, keyword);
  }

  /** Scheme, punctuation and keyword of a list. */
  record Style(NumberingScheme scheme, Punctuation punctuation, String keyword) {
    boolean same(Style other) {
      return equals(other);
    }

    boolean compatible(Style other) {
      return scheme == other.scheme
          && keyword.equals(other.keyword)
          && (punctuation == other.punctuation
              || !keyword.isEmpty()
              || punctuation.plain() && other.punctuation.plain());
    }
  }
}
