package io.github.plandiff.parse;

import io.github.plandiff.parse.Label.Punctuation;
import io.github.plandiff.parse.Label.Reading;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Recognises a clause label at the start of a string. A hand-written scanner rather than a regular
 * expression: every loop is bounded (at most {@value #MAX_DIGITS} digits, {@value #MAX_LEVELS}
 * levels, {@value #MAX_LETTERS} letters), so scanning costs a bounded number of steps whatever the
 * input. Whether a label found here really starts a clause is for {@link TreeBuilder} to decide.
 */
final class LabelScanner {

  static final int MAX_DIGITS = 5;
  static final int MAX_LEVELS = 8;
  static final int MAX_LETTERS = 12;
  private static final int MAX_ROMAN = 89;
  private static final String BULLETS = "-\u2013\u2014\u2022\u25AA\u25CF\u25E6\u2192\u00B7*";
  private static final String ORDINAL_SIGNS = "\u00BA\u00AA";

  private LabelScanner() {}

  /**
   * Scans the start of a line or paragraph for a label.
   *
   * @param text the text, not null; leading white space is skipped
   * @return the label, or empty when the text does not start with one
   */
  static Optional<Label> scan(String text) {
    int i = skipSpace(text, 0);
    if (i >= text.length()) {
      return Optional.empty();
    }
    Label label = bullet(text, i);
    if (label == null) {
      label = keyword(text, i);
    }
    if (label == null && text.charAt(i) == '(') {
      label = parenthesised(text, i);
    }
    if (label == null) {
      label = plain(text, i);
    }
    return Optional.ofNullable(label);
  }

  /**
   * Reads a label that a format supplies (a list item's number or bullet).
   *
   * @param printed the label, not null
   * @return the label, or empty when it is no number or bullet the scanner knows
   */
  static Optional<Label> parsePrinted(String printed) {
    String p = printed.strip();
    if (p.length() == 1 && BULLETS.indexOf(p.charAt(0)) >= 0) {
      return Optional.of(bulletLabel(p, p.length()));
    }
    return scan(p + " ");
  }

  private static Label bullet(String s, int i) {
    char c = s.charAt(i);
    if (BULLETS.indexOf(c) < 0 || !spaceOrEnd(s, i + 1)) {
      return null;
    }
    return bulletLabel(String.valueOf(c), skipSpace(s, i + 1));
  }

  private static Label bulletLabel(String c, int bodyStart) {
    return new Label(
        c,
        bodyStart,
        Punctuation.NONE,
        c,
        List.of(new Reading(NumberingScheme.BULLET, 0, "")),
        List.of());
  }

  private static Label keyword(String s, int i) {
    String keyword = LabelWords.keywordAt(s, i);
    if (keyword == null) {
      return null;
    }
    int j = i + keyword.length();
    boolean letterEnd = Character.isLetter(keyword.charAt(keyword.length() - 1));
    if (letterEnd && (j >= s.length() || !Character.isWhitespace(s.charAt(j)))) {
      return null;
    }
    j = skipSpace(s, j);
    List<Integer> path = new ArrayList<>();
    List<Reading> readings = new ArrayList<>();
    j = number(s, j, path, readings);
    if (j < 0) {
      return null;
    }
    j = ordinalSign(s, j);
    int afterNumber = j;
    Punctuation punctuation = Punctuation.NONE;
    if (j < s.length() && ".:)".indexOf(s.charAt(j)) >= 0) {
      punctuation = s.charAt(j) == ')' ? Punctuation.CLOSE : Punctuation.DOT;
      j++;
    }
    int dash = spacedDash(s, j);
    if (dash > 0) {
      j = dash;
      punctuation = Punctuation.DASH;
    }
    if (!spaceOrEnd(s, j)) {
      return null;
    }
    int body = skipSpace(s, j);
    if (j == afterNumber && body < s.length() && Character.isLowerCase(s.charAt(body))) {
      return null; // "Article 5 of the Treaty" is a reference, not a label
    }
    String kw = LabelWords.normalise(keyword);
    if (path.size() > 1) {
      readings =
          List.of(new Reading(NumberingScheme.MULTILEVEL, path.get(path.size() - 1), joined(path)));
    }
    return new Label(s.substring(i, j).strip(), body, punctuation, kw, readings, path);
  }

  private static Label parenthesised(String s, int i) {
    int j = i + 1;
    List<Reading> readings = new ArrayList<>();
    int end = token(s, j, readings);
    if (end < 0 || end >= s.length() || s.charAt(end) != ')' || !spaceOrEnd(s, end + 1)) {
      return null;
    }
    return new Label(
        s.substring(i, end + 1),
        skipSpace(s, end + 1),
        Punctuation.PARENS,
        "",
        readings,
        List.of());
  }

  private static Label plain(String s, int i) {
    char c = s.charAt(i);
    if (isDigit(c)) {
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
    if (word != null) {
      return wordNumber(s, i, runEnd, word);
    }
    List<Reading> readings = new ArrayList<>();
    int end = token(s, i, readings);
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
    int j = number(s, i, path, readings);
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
      readings =
          List.of(new Reading(NumberingScheme.MULTILEVEL, path.get(path.size() - 1), joined(path)));
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

  /** Reads digits, with dots between levels; fills path and readings; returns the end or -1. */
  private static int number(String s, int i, List<Integer> path, List<Reading> readings) {
    int j = i;
    while (true) {
      int start = j;
      while (j < s.length() && j - start < MAX_DIGITS && isDigit(s.charAt(j))) {
        j++;
      }
      if (j == start) {
        return path.isEmpty() ? romanOnly(s, i, readings) : -1;
      }
      if (j < s.length() && isDigit(s.charAt(j))) {
        return -1; // too many digits for a label: a year, an amount
      }
      path.add(Integer.parseInt(s.substring(start, j)));
      boolean more = j + 1 < s.length() && s.charAt(j) == '.' && isDigit(s.charAt(j + 1));
      if (!more) {
        break;
      }
      if (path.size() == MAX_LEVELS) {
        return -1;
      }
      j++;
    }
    int value = path.get(0);
    readings.add(new Reading(NumberingScheme.ARABIC, value, Integer.toString(value)));
    return j;
  }

  private static int romanOnly(String s, int i, List<Reading> readings) {
    int end = token(s, i, readings);
    if (end < 0) {
      return -1;
    }
    readings.removeIf(
        r ->
            r.scheme() != NumberingScheme.UPPER_ROMAN && r.scheme() != NumberingScheme.LOWER_ROMAN);
    return readings.isEmpty() ? -1 : end;
  }

  /** Reads a number, letter or roman numeral; fills readings; returns the end or -1. */
  private static int token(String s, int i, List<Reading> readings) {
    if (i < s.length() && isDigit(s.charAt(i))) {
      List<Integer> path = new ArrayList<>();
      int end = number(s, i, path, readings);
      return path.size() == 1 ? end : -1;
    }
    if (i < s.length() && CyrillicLetters.isLabelLetter(s.charAt(i))) {
      if (i + 1 < s.length() && Character.isLetter(s.charAt(i + 1))) {
        return -1;
      }
      CyrillicLetters.readings(s.charAt(i), readings);
      return i + 1;
    }
    int j = i;
    while (j < s.length() && j - i < 8 && isAsciiLetter(s.charAt(j))) {
      j++;
    }
    if (j == i || j < s.length() && Character.isLetter(s.charAt(j))) {
      return -1;
    }
    String t = s.substring(i, j);
    boolean lower = t.equals(t.toLowerCase(Locale.ROOT));
    boolean upper = t.equals(t.toUpperCase(Locale.ROOT));
    if (!lower && !upper) {
      return -1;
    }
    if (t.length() == 1) {
      int v = Character.toLowerCase(t.charAt(0)) - 'a' + 1;
      readings.add(
          new Reading(lower ? NumberingScheme.LOWER_LETTER : NumberingScheme.UPPER_LETTER, v, t));
    }
    int roman = Roman.value(t);
    if (roman > 0 && roman <= MAX_ROMAN) {
      readings.add(
          new Reading(lower ? NumberingScheme.LOWER_ROMAN : NumberingScheme.UPPER_ROMAN, roman, t));
    }
    return readings.isEmpty() ? -1 : j;
  }

  /** "A. V. Zakharchenko": a capital and a full stop after the label are initials. */
  private static boolean initials(String s, int i) {
    return i + 1 < s.length() && Character.isUpperCase(s.charAt(i)) && s.charAt(i + 1) == '.';
  }

  private static int ordinalSign(String s, int j) {
    return j < s.length() && ORDINAL_SIGNS.indexOf(s.charAt(j)) >= 0 ? j + 1 : j;
  }

  /** " – " or " - " after a number: returns the index after the dash, or -1. */
  private static int spacedDash(String s, int j) {
    if (j + 1 < s.length()
        && s.charAt(j) == ' '
        && "-\u2013\u2014".indexOf(s.charAt(j + 1)) >= 0
        && spaceOrEnd(s, j + 2)) {
      return j + 2;
    }
    return -1;
  }

  private static String joined(List<Integer> path) {
    StringBuilder sb = new StringBuilder();
    for (int p : path) {
      if (sb.length() > 0) {
        sb.append('.');
      }
      sb.append(p);
    }
    return sb.toString();
  }

  static int skipSpace(String s, int i) {
    int j = i;
    while (j < s.length() && Character.isWhitespace(s.charAt(j))) {
      j++;
    }
    return j;
  }

  private static boolean spaceOrEnd(String s, int i) {
    return i >= s.length() || Character.isWhitespace(s.charAt(i));
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }
}
