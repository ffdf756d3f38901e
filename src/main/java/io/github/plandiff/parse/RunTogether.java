package io.github.plandiff.parse;

import io.github.plandiff.parse.Label.Reading;
import java.util.Optional;

/**
 * Finds the next point's label run into the previous point's last sentence, as in "…will be
 * confirmed.2. A non-aggression…" or "…between the parties. 3. The parties will…". Only the
 * expected next number counts, right after the end of a sentence (or after one space following it)
 * and followed by a space; a scan with {@code indexOf}, linear in the text. A label after a space
 * is weaker evidence, since a sentence may end in a reference ("as set out in point 2. 3. The…"):
 * it needs the start of a sentence (not a lower-case letter) after it and the caller confirms it
 * from the numbering sequence.
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
    return find(text, from, expected, false);
  }

  /**
   * @param text the line
   * @param from where to start looking (after the line's own label)
   * @param expected the number of the next point
   * @param spaced whether to look for the label one space after the sentence end instead of right
   *     after it
   * @return where the run-together label starts, or -1
   */
  static int find(String text, int from, int expected, boolean spaced) {
    String digits = Integer.toString(expected);
    int gap = spaced ? 1 : 0;
    int i = text.indexOf(digits, Math.max(from, 2 + gap));
    while (i >= 0) {
      if (fits(text, i, digits.length(), gap)) {
        return i;
      }
      i = text.indexOf(digits, i + 1);
    }
    return -1;
  }

  private static boolean fits(String text, int i, int length, int gap) {
    int end = i - 1 - gap;
    int after = i + length;
    boolean fits =
        (gap == 0 || text.charAt(i - 1) == ' ')
            && SENTENCE_END.indexOf(text.charAt(end)) >= 0
            && (gap > 0 || !Character.isDigit(text.charAt(end - 1)))
            && !Character.isWhitespace(text.charAt(end - 1))
            && after + 1 < text.length()
            && (text.charAt(after) == '.' || text.charAt(after) == ')')
            && text.charAt(after + 1) == ' ';
    return fits
        && (gap == 0 || after + 2 < text.length() && startsSentence(text.charAt(after + 2)));
  }

  private static boolean startsSentence(char c) {
    return !Character.isLowerCase(c) && !Character.isWhitespace(c);
  }

  /**
   * The number a point run into this line would carry: the next top-level number, or the one after
   * the line's own label when that label is the next top-level number.
   *
   * @param root the root of the tree built so far
   * @param label the line's label, if any
   * @return the number, or -1 when the top level is not numbered with plain arabic numbers
   */
  static int expected(Node root, Optional<Label> label) {
    int next = 1;
    if (!root.children.isEmpty()) {
      Node last = root.children.get(root.children.size() - 1);
      if (last.style == null
          || last.style.scheme() != NumberingScheme.ARABIC
          || !last.style.keyword().isEmpty()) {
        return -1;
      }
      next = last.value + 1;
    }
    if (label.isPresent() && label.get().keyword().isEmpty()) {
      for (Reading r : label.get().readings()) {
        if (r.scheme() == NumberingScheme.ARABIC && r.value() == next) {
          return next + 1;
        }
      }
    }
    return next;
  }

  static String preview(String text) {
    return text.length() <= PREVIEW ? text : text.substring(0, PREVIEW) + "\u2026";
  }
}
