package io.github.plandiff.parse;

import java.util.Locale;

/** Roman numerals in their canonical form only, so that "IIII" or "VX" are not numbers. */
final class Roman {

  private static final int[] VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
  private static final String[] SYMBOLS = {
    "m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"
  };

  private Roman() {}

  /**
   * Returns the value of a roman numeral written in canonical form, in one case.
   *
   * @param text the numeral, at most 15 characters
   * @return the value, or 0 when the text is not a canonical numeral
   */
  static int value(String text) {
    if (text.isEmpty() || text.length() > 15) {
      return 0;
    }
    String t = text.toLowerCase(Locale.ROOT);
    int total = 0;
    int k = 0;
    int i = 0;
    while (i < t.length() && k < VALUES.length) {
      if (t.startsWith(SYMBOLS[k], i)) {
        total += VALUES[k];
        i += SYMBOLS[k].length();
      } else {
        k++;
      }
    }
    if (i < t.length() || total == 0) {
      return 0;
    }
    return render(total).equals(t) ? total : 0;
  }

  static String render(int value) {
    StringBuilder sb = new StringBuilder();
    int v = value;
    for (int k = 0; k < VALUES.length; k++) {
      while (v >= VALUES[k]) {
        sb.append(SYMBOLS[k]);
        v -= VALUES[k];
      }
    }
    return sb.toString();
  }
}
