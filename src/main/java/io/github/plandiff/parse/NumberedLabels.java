package io.github.plandiff.parse;

import static io.github.plandiff.parse.LabelSeparators.ordinalSign;
import static io.github.plandiff.parse.LabelSeparators.skipSpace;
import static io.github.plandiff.parse.LabelSeparators.spaceOrEnd;
import static io.github.plandiff.parse.LabelSeparators.spacedDash;

import io.github.plandiff.parse.Label.Punctuation;
import io.github.plandiff.parse.Label.Reading;
import java.util.ArrayList;
import java.util.List;

/**
 * Labels that are a bare number, letter or number word with punctuation after it: "12.", "3)",
 * "1.2.3", "4 –", "b)", "IV.", "в)", "One,", "Second -".
 */
final class NumberedLabels {

  static final int MAX_LETTERS = 12;

  private NumberedLabels() {}

  /**
   * Reads a numbered label at position i.
   *
   * @param s the text
   * @param i where the label would start, not white space
   * @return the label, or null when none starts there
   */
  static Label at(String s, int i) {
    char c = s.charAt(i);
    if (LabelNumbers.isDigit(c)) {
      return digits(s, i);
    }
    if (!Character.isLetter(c)) {
      return null;
    }
    int runEnd = i;
    while (runEnd < s.length()
        && runEnd - i <= MAX_LETTERS
        && Character.isLetter(s.charAt(runEnd))) {
      runEnd++;
    }
    Integer word = LabelWords.number(s.substring(i, runEnd));
    return word != null ? wordNumber(s, i, runEnd, word) : letter(s, i);
  }

  /** "b)", "IV.", "в)": a letter or roman numeral closed by a full stop or a parenthesis. */
  private static Label letter(String s, int i) {
    List<Reading> readings = new ArrayList<>();
    int end = LabelNumbers.token(s, i, readings);
    if (end < 0 || end >= s.length() || ".)".indexOf(s.charAt(end)) < 0) {
      return null;
    }
    if (readings.get(0).scheme() == NumberingScheme.LOWER_CYRILLIC && s.charAt(end) == '.') {
      return null; // "в." and "с." abbreviate words; Cyrillic letter labels close with ")"
    }
    if (!spaceOrEnd(s, end + 1) || initials(s, skipSpace(s, end + 1))) {
      return null;
    }
    Punctuation p = s.charAt(end) == '.' ? Punctuation.DOT : Punctuation.CLOSE;
    return new Label(s.substring(i, end + 1), skipSpace(s, end + 1), p, "", readings, List.of());
  }

  private static Label digits(String s, int i) {
    List<Integer> path = new ArrayList<>();
    List<Reading> readings = new ArrayList<>();
    int j = LabelNumbers.number(s, i, path, readings);
    if (j < 0) {
      return null;
    }
    j = ordinalSign(s, j);
    Punctuation punctuation = Punctuation.NONE;
    if (j < s.length() && (s.charAt(j) == '.' || s.charAt(j) == ')')) {
      punctuation = s.charAt(j) == '.' ? Punctuation.DOT : Punctuation.CLOSE;
      j++;
    } else {
      int dash =
          j < s.length() && "-\u2013\u2014".indexOf(s.charAt(j)) >= 0 ? j + 1 : spacedDash(s, j);
      if (dash > 0 && spaceOrEnd(s, dash)) {
        punctuation = Punctuation.DASH;
        j = dash;
      } else if (path.size() < 2) {
        return null; // "2025 framework", "600,000 personnel"
      }
    }
    if (!spaceOrEnd(s, j)) {
      return null;
    }
    if (path.size() > 1) {
      readings = LabelNumbers.multilevel(path);
    }
    return new Label(s.substring(i, j), skipSpace(s, j), punctuation, "", readings, path);
  }

  private static Label wordNumber(String s, int i, int end, int value) {
    int j = end;
    Punctuation punctuation;
    if (j < s.length() && (s.charAt(j) == ',' || s.charAt(j) == '.' || s.charAt(j) == ':')) {
      punctuation = s.charAt(j) == ',' ? Punctuation.COMMA : Punctuation.DOT;
      j++;
    } else {
      int dash = j < s.length() && s.charAt(j) == '-' ? j + 1 : spacedDash(s, j);
      if (dash < 0) {
        return null;
      }
      punctuation = Punctuation.DASH;
      j = dash;
    }
    if (!spaceOrEnd(s, j)) {
      return null;
    }
    return new Label(
        s.substring(i, j),
        skipSpace(s, j),
        punctuation,
        "",
        List.of(new Reading(NumberingScheme.ARABIC, value, Integer.toString(value))),
        List.of());
  }

  /** "A. V. Zakharchenko": a capital and a full stop after the label are initials. */
  private static boolean initials(String s, int i) {
    return i + 1 < s.length() && Character.isUpperCase(s.charAt(i)) && s.charAt(i + 1) == '.';
  }
}
