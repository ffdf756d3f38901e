package io.github.plandiff.read;

import java.util.Locale;

/** Formats list counters as a browser or word processor shows them. */
final class Numbering {

  private static final int[] VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
  private static final String[] NUMERALS = {
    "m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"
  };

  private Numbering() {}

  /** 1 → a, 26 → z, 27 → aa (spreadsheet style, as browsers count). */
  static String letters(int number, boolean upper) {
    if (number <= 0) {
      return Integer.toString(number);
    }
    StringBuilder out = new StringBuilder();
    int n = number;
    while (n > 0) {
      n--;
      out.append((char) ('a' + n % 26));
      n /= 26;
    }
    String text = out.reverse().toString();
    return upper ? text.toUpperCase(Locale.ROOT) : text;
  }

  /** 1 → a, 26 → z, 27 → aa, 28 → bb (Word repeats the letter). */
  static String repeatedLetters(int number, boolean upper) {
    if (number <= 0) {
      return Integer.toString(number);
    }
    char letter = (char) ('a' + (number - 1) % 26);
    String text = String.valueOf(letter).repeat((number - 1) / 26 + 1);
    return upper ? text.toUpperCase(Locale.ROOT) : text;
  }

  static String roman(int number, boolean upper) {
    if (number <= 0 || number >= 4000) {
      return Integer.toString(number);
    }
    StringBuilder out = new StringBuilder();
    int n = number;
    for (int i = 0; i < VALUES.length; i++) {
      while (n >= VALUES[i]) {
        out.append(NUMERALS[i]);
        n -= VALUES[i];
      }
    }
    return upper ? out.toString().toUpperCase(Locale.ROOT) : out.toString();
  }
}
