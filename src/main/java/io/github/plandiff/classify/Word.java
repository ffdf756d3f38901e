package io.github.plandiff.classify;

/**
 * A word of a text with where it is and the symbols around it.
 *
 * @param text the word as written
 * @param norm the word folded for matching: NFKC, lower case, quotes and dashes folded
 * @param start offset of the first character in the text
 * @param end offset after the last character
 * @param before the symbol right before the word (no space between), folded, or ""
 * @param after the symbol right after the word (no space between), folded, or ""
 * @param opensClause whether the word starts its sentence or follows , ; : ( or ) (as in a list
 *     label "a)")
 */
record Word(
    String text,
    String norm,
    int start,
    int end,
    String before,
    String after,
    boolean opensClause) {

  /** Whether a symbol after a word breaks a clause: , ; : or ). */
  static boolean isBreak(String symbol) {
    return symbol.equals(",") || symbol.equals(";") || symbol.equals(":") || symbol.equals(")");
  }

  boolean isNumber() {
    return !norm.isEmpty() && Character.isDigit(norm.charAt(0)) && digitsOnly(norm);
  }

  private static boolean digitsOnly(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isDigit(c) && c != ',' && c != '.') {
        return false;
      }
    }
    return true;
  }
}
