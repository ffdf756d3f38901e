package io.github.plandiff.parse;

/**
 * Finds the next point's label run into the previous point's last sentence, as in "…will be
 * confirmed.2. A non-aggression…". Only the expected next number counts, right after the end of
 * a sentence and followed by a space; a scan with {@code indexOf}, linear in the text.
 */
final class RunTogether {

  private static final String SENTENCE_END = ".;!?\"\u201D)";
  private static final int PREVIEW = 30;

  private RunTogether() {}

  /**
   * @param text the line
   * @param from where to start looking (after the line's own label)
   * @param expected the number of the next point
   * @return where the run-together label starts, or -1
   */
  static int find(String text, int from, int expected) {
    String digits = Integer.toString(expected);
    int i = text.indexOf(digits, Math.max(from, 2));
    while (i >= 0) {
      int after = i + digits.length();
      boolean fits = SENTENCE_END.indexOf(text.charAt(i - 1)) >= 0
          && !Character.isDigit(text.charAt(i - 2))
          && !Character.isWhitespace(text.charAt(i - 2))
          && after + 1 < text.length()
          && (text.charAt(after) == '.' || text.charAt(after) == ')')
          && text.charAt(after + 1) == ' ';
      if (fits) {
        return i;
      }
      i = text.indexOf(digits, i + 1);
    }
    return -1;
  }

  static String preview(String text) {
    return text.length() <= PREVIEW ? text : text.substring(0, PREVIEW) + "\u2026";
  }
}
