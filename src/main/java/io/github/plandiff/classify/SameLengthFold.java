package io.github.plandiff.classify;

import io.github.plandiff.model.TextNorm;

/**
 * A text folded character by character, as the party search reads it: quotes and dashes as {@link
 * TextNorm#forComparison} folds them, whitespace to a space, every offset that of the original.
 */
final class SameLengthFold {

  private SameLengthFold() {}

  /** ASCII without whitespace other than the space: what {@link #of} leaves alone. */
  private static boolean isFolded(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x80 || c != ' ' && Character.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Folds quotes and dashes char by char so that offsets stay those of the original. An ASCII
   * character folds to itself, whitespace to a space, which is what the general rule gives it.
   */
  static String of(String text) {
    if (isFolded(text)) {
      return text;
    }
    char[] out = text.toCharArray();
    for (int i = 0; i < out.length; i++) {
      out[i] = foldChar(out[i]);
    }
    return new String(out);
  }

  /** Each character as {@link #of} folds it, filled on first use; 0 for not yet. */
  private static final char[] FOLDED = new char[Character.MAX_VALUE + 1];

  private static char foldChar(char c) {
    if (c < 0x80) {
      return c != ' ' && Character.isWhitespace(c) ? ' ' : c;
    }
    char f = FOLDED[c];
    if (f == 0) {
      // Threads that fill the same entry at once write the same value.
      String one = TextNorm.forComparison(String.valueOf(c));
      f = one.length() == 1 ? one.charAt(0) : Character.isWhitespace(c) ? ' ' : c;
      FOLDED[c] = f;
    }
    return f;
  }
}
