package io.github.plandiff.parse;

import java.util.List;
import java.util.Locale;

/** Words and shapes that tell what a paragraph is: a heading, a note, trailing text. */
final class Cues {

  static final int MAX_HEADING = 60;
  private static final int MAX_CUE_LINE = 80;
  private static final int MAX_NOTE = 400;

  /** Open an annex or similar part: trailing text wherever they stand after the first clause. */
  private static final List<String> ANNEX =
      List.of(
          "annex",
          "appendix",
          "schedule",
          "attachment",
          "addendum",
          "exhibit",
          "\u0434\u043E\u0434\u0430\u0442\u043E\u043A",
          "\u043F\u0440\u0438\u043B\u043E\u0436\u0435\u043D\u0438\u0435");

  /** Open a signature block: trailing text only after the last top-level clause. */
  private static final List<String> SIGNATURE =
      List.of(
          "participants",
          "signed",
          "signatures",
          "signatories",
          "for the ",
          "on behalf of",
          "done at",
          "done in",
          "in witness");

  private static final List<String> DELETED =
      List.of(
          "delet",
          "struck",
          "removed",
          "omitted",
          "reserved",
          "repealed",
          "\u0432\u0438\u043B\u0443\u0447",
          "\u0438\u0441\u043A\u043B\u044E\u0447");

  private Cues() {}

  static boolean annex(String text) {
    return text.length() <= MAX_CUE_LINE && startsWithWord(text, ANNEX);
  }

  static boolean signature(String text) {
    return startsWithWord(text, SIGNATURE);
  }

  /** A short line without final punctuation that starts with a capital or a digit. */
  static boolean headingShape(String text) {
    if (text.isEmpty() || text.length() > MAX_HEADING || endsSentence(text) || text.endsWith(",")) {
      return false;
    }
    int c = text.codePointAt(0);
    return Character.isUpperCase(c) || Character.isDigit(c);
  }

  /** Letters, all of them capitals: "SHORT TITLE.", "DEFINITIONS". */
  static boolean capitals(String text) {
    boolean letters = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letters |= Character.isLetter(c);
    }
    return letters;
  }

  /** A paragraph wholly in parentheses or square brackets: an editor's or drafter's note. */
  static boolean note(String text) {
    if (text.length() < 2 || text.length() > MAX_NOTE) {
      return false;
    }
    String t = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    char first = t.charAt(0);
    char last = t.charAt(t.length() - 1);
    return first == '(' && last == ')' || first == '[' && last == ']';
  }

  /** A note that says a point was deleted: "[Deleted.]", "(Point 3 has been struck out.)". */
  static boolean deleted(String text) {
    if (!note(text)) {
      return false;
    }
    String t = text.toLowerCase(Locale.ROOT);
    for (String d : DELETED) {
      if (t.contains(d)) {
        return true;
      }
    }
    return false;
  }

  static boolean endsSentence(String text) {
    if (text.isEmpty()) {
      return true;
    }
    char c = text.charAt(text.length() - 1);
    return ".;:!?)]\"\u201D\u2019'\u2026".indexOf(c) >= 0;
  }

  /**
   * Whether a line ends a sentence or an item: with {@code . ; : ! ?}, possibly followed by a
   * closing quote or bracket. A bare closing bracket ("(see above)") does not count: wrapped
   * sentences break after one as often as not.
   */
  static boolean endsClause(String text) {
    int n = text.length();
    if (n == 0) {
      return true;
    }
    char c = text.charAt(n - 1);
    if (".;:!?\u2026".indexOf(c) >= 0) {
      return true;
    }
    return n > 1
        && ")]\"\u201D\u2019'".indexOf(c) >= 0
        && ".;:!?\u2026".indexOf(text.charAt(n - 2)) >= 0;
  }

  private static boolean startsWithWord(String text, List<String> words) {
    for (String w : words) {
      if (text.regionMatches(true, 0, w, 0, w.length())) {
        int after = w.length();
        if (w.endsWith(" ") || after >= text.length() || !Character.isLetter(text.charAt(after))) {
          return true;
        }
      }
    }
    return false;
  }
}
