package io.github.plandiff.parse;

/** What separates the parts of a label: white space, spaced dashes and ordinal signs. */
final class LabelSeparators {

  private static final String ORDINAL_SIGNS = "\u00BA\u00AA";

  private LabelSeparators() {}

  /** The index of the first character at or after i that is not white space. */
  static int skipSpace(String s, int i) {
    int j = i;
    while (j < s.length() && Character.isWhitespace(s.charAt(j))) {
      j++;
    }
    return j;
  }

  /** Whether index i is white space or the end of the string. */
  static boolean spaceOrEnd(String s, int i) {
    return i >= s.length() || Character.isWhitespace(s.charAt(i));
  }

  /** The index after an ordinal sign ("1º") at j, or j. */
  static int ordinalSign(String s, int j) {
    return j < s.length() && ORDINAL_SIGNS.indexOf(s.charAt(j)) >= 0 ? j + 1 : j;
  }

  /** " – " or " - " after a number: returns the index after the dash, or -1. */
  static int spacedDash(String s, int j) {
    if (j + 1 < s.length()
        && s.charAt(j) == ' '
        && "-\u2013\u2014".indexOf(s.charAt(j + 1)) >= 0
        && spaceOrEnd(s, j + 2)) {
      return j + 2;
    }
    return -1;
  }
}
