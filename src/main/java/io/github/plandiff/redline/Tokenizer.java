package io.github.plandiff.redline;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into tokens for a word-level diff: words (letters, digits and combining marks, with
 * apostrophes, hyphens and digit separators inside them), runs of whitespace, and single other
 * characters with their combining marks. Concatenating the tokens gives the text back exactly, and
 * no token boundary falls inside a surrogate pair or before a combining mark.
 */
public final class Tokenizer {

  private Tokenizer() {}

  /**
   * Tokenises text.
   *
   * @param text any text, not null
   * @return the tokens, in order; empty for empty text
   */
  public static List<String> tokenize(String text) {
    List<String> tokens = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      int start = i;
      int cp = text.codePointAt(i);
      if (isWordPart(cp)) {
        i = endOfWord(text, i);
      } else if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        while (i < n && isSpace(text.codePointAt(i))) {
          i += Character.charCount(text.codePointAt(i));
        }
      } else {
        i += Character.charCount(cp);
        i = skipMarks(text, i);
      }
      tokens.add(text.substring(start, i));
    }
    return tokens;
  }

  private static int endOfWord(String text, int i) {
    int n = text.length();
    while (i < n) {
      int cp = text.codePointAt(i);
      if (isWordPart(cp)) {
        i += Character.charCount(cp);
      } else if (isJoiner(cp) && i > 0 && i + 1 < n && joins(text, i, cp)) {
        i += Character.charCount(cp);
      } else {
        break;
      }
    }
    return i;
  }

  /** A joiner stays inside a word only between two word characters of the right kind. */
  private static boolean joins(String text, int i, int joiner) {
    int before = text.codePointBefore(i);
    int after = text.codePointAt(i + Character.charCount(joiner));
    if (joiner == ',' || joiner == '.') {
      return Character.isDigit(before) && Character.isDigit(after);
    }
    return Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after);
  }

  private static boolean isJoiner(int cp) {
    return cp == '\'' || cp == '\u2019' || cp == '-' || cp == ',' || cp == '.';
  }

  private static int skipMarks(String text, int i) {
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      int type = Character.getType(cp);
      boolean mark = type == Character.NON_SPACING_MARK
          || type == Character.ENCLOSING_MARK
          || type == Character.COMBINING_SPACING_MARK
          || cp == '\u200D'
          || (cp >= 0xFE00 && cp <= 0xFE0F)
          || (cp >= 0x1F3FB && cp <= 0x1F3FF);
      if (!mark) {
        break;
      }
      i += Character.charCount(cp);
    }
    return i;
  }

  private static boolean isWordPart(int cp) {
    if (Character.isLetterOrDigit(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
  }

  private static boolean isSpace(int cp) {
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
  }
}
