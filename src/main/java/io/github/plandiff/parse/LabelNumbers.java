package io.github.plandiff.parse;

import io.github.plandiff.parse.Label.Reading;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the number of a label: arabic digits with dots between levels, letters, roman numerals and
 * Cyrillic letters, each with every reading it has. Every loop is bounded.
 */
final class LabelNumbers {

  static final int MAX_DIGITS = 5;
  static final int MAX_LEVELS = 8;
  private static final int MAX_ROMAN = 89;

  private LabelNumbers() {}

  /** Reads digits, with dots between levels; fills path and readings; returns the end or -1. */
  static int number(String s, int i, List<Integer> path, List<Reading> readings) {
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
  static int token(String s, int i, List<Reading> readings) {
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
    return latin(s, i, readings);
  }

  /** Reads a Latin letter or roman numeral, all of one case; fills readings; the end or -1. */
  private static int latin(String s, int i, List<Reading> readings) {
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

  /** The one reading of a multi-level number ("1.2.3"): its last component, keyed by the path. */
  static List<Reading> multilevel(List<Integer> path) {
    StringBuilder key = new StringBuilder();
    for (int p : path) {
      if (key.length() > 0) {
        key.append('.');
      }
      key.append(p);
    }
    return List.of(
        new Reading(NumberingScheme.MULTILEVEL, path.get(path.size() - 1), key.toString()));
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }
}
