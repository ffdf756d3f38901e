package io.github.plandiff.redline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into tokens for a word-level diff: words (letters, digits and combining marks, with
 * apostrophes, hyphens and digit separators inside them), runs of whitespace, and single other
 * grapheme clusters. Concatenating the tokens gives the text back exactly, and every token boundary
 * is a grapheme-cluster boundary: no token ends inside a surrogate pair, before a combining or
 * enclosing mark, inside a flag, or inside an emoji joined with zero-width joiners.
 */
public final class Tokenizer {

  /** One extended grapheme cluster (Unicode UAX #29, as the JDK implements it). */
  private static final Pattern CLUSTER = Pattern.compile("\\X");

  /** The ASCII characters for which {@link #isWordPart} holds: letters and digits. */
  private static final boolean[] ASCII_WORD = new boolean[0x80];

  /** The ASCII characters for which {@link #isSpace} holds. */
  private static final boolean[] ASCII_SPACE = new boolean[0x80];

  static {
    for (char c = 0; c < 0x80; c++) {
      ASCII_WORD[c] = isWordPart(c);
      ASCII_SPACE[c] = isSpace(c);
    }
  }

  private Tokenizer() {}

  /**
   * Tokenises text.
   *
   * @param text any text, not null
   * @return the tokens, in order; empty for empty text
   */
  public static List<String> tokenize(String text) {
    List<String> tokens = new ArrayList<>();
    Clusters clusters = new Clusters(text);
    int i = 0;
    while (i < text.length()) {
      int start = i;
      i = endOfToken(text, clusters, i);
      tokens.add(text.substring(start, i));
    }
    return tokens;
  }

  /**
   * Counts the tokens of a text without making them.
   *
   * @param text any text, not null
   * @return {@code tokenize(text).size()}
   */
  public static int count(String text) {
    Clusters clusters = new Clusters(text);
    int count = 0;
    for (int i = 0; i < text.length(); i = endOfToken(text, clusters, i)) {
      count++;
    }
    return count;
  }

  /**
   * Tokenises the start of a text.
   *
   * @param text any text, not null
   * @param count the most tokens to make
   * @param out receives the first {@code count} tokens of {@code tokenize(text)} (or all of them)
   * @return the offset after the last token made
   */
  static int tokenizeHead(String text, int count, List<String> out) {
    Clusters clusters = new Clusters(text);
    int i = 0;
    for (int made = 0; made < count && i < text.length(); made++) {
      int start = i;
      i = endOfToken(text, clusters, i);
      out.add(text.substring(start, i));
    }
    return i;
  }

  /**
   * Finds an offset from which at least {@code count} tokens of a text start, without tokenising
   * what comes before it: a space followed by an ASCII letter or digit always ends a token (no
   * token holds both, and no grapheme cluster joins them), so the tokens of the text from there on
   * are the last tokens of {@code tokenize(text)}.
   *
   * @param text any text, not null
   * @param count the least number of tokens wanted after the offset
   * @return such an offset, or 0 when the text has too few such places
   */
  static int tailStart(String text, int count) {
    int found = 0;
    for (int q = text.length() - 1; q > 0; q--) {
      char c = text.charAt(q);
      boolean alnum = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
      if (alnum && text.charAt(q - 1) == ' ' && ++found == count) {
        return q;
      }
    }
    return 0;
  }

  /**
   * Counts the words of a text: runs of tokens that start with a letter, a digit or a non-spacing
   * mark, as {@link Text#words} defines them, without making the tokens.
   */
  static int words(String text) {
    Clusters clusters = new Clusters(text);
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i = endOfToken(text, clusters, i)) {
      char c = text.charAt(i);
      // No mark lies below U+0080: there a word starts with a letter or a digit.
      boolean word = c < 0x80 ? ASCII_WORD[c] : startsWord(text.codePointAt(i));
      if (word && !inWord) {
        words++;
      }
      inWord = word;
    }
    return words;
  }

  private static boolean startsWord(int cp) {
    return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
  }

  private static int endOfToken(String text, Clusters clusters, int i) {
    int n = text.length();
    char c = text.charAt(i);
    if (c < 0x80) {
      if (ASCII_SPACE[c]) {
        return endOfSpace(text, clusters, i);
      }
      return ASCII_WORD[c] ? endOfWord(text, clusters, i) : clusters.end(i);
    }
    int cp = text.codePointAt(i);
    if (isWordPart(cp)) {
      return endOfWord(text, clusters, i);
    }
    if (isSpace(cp)) {
      return endOfSpace(text, clusters, i);
    }
    return clusters.end(i);
  }

  private static int endOfSpace(String text, Clusters clusters, int i) {
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c < 0x80 && c != '\r') {
        if (!ASCII_SPACE[c]) {
          break;
        }
        // What clusters.end(i) gives: two ASCII characters join only as CR LF.
        i = i + 1 >= n || text.charAt(i + 1) < 0x80 ? i + 1 : clusters.end(i);
      } else if (isSpace(text.codePointAt(i))) {
        i = clusters.end(i);
      } else {
        break;
      }
    }
    return i;
  }

  private static int endOfWord(String text, Clusters clusters, int i) {
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c < 0x80 && ASCII_WORD[c]) {
        // What clusters.end(i) gives: two ASCII characters never join, and a letter is no CR.
        i = i + 1 >= n || text.charAt(i + 1) < 0x80 ? i + 1 : clusters.end(i);
        continue;
      }
      int cp = text.codePointAt(i);
      if (isWordPart(cp)) {
        i = clusters.end(i);
      } else if (isJoiner(cp)
          && i > 0
          && i + 1 < n
          && joins(text, i, cp)
          && clusters.end(i) == i + 1) {
        i++;
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

  /** Finds where the grapheme cluster that starts at an offset ends. */
  private static final class Clusters {
    private final String text;

    /** Made on the first character outside ASCII: most texts never need it. */
    private Matcher matcher;

    Clusters(String text) {
      this.text = text;
    }

    int end(int i) {
      int n = text.length();
      if (i + 1 >= n) {
        return n;
      }
      // Fast path: two ASCII characters other than CR LF never join into one cluster.
      if (text.charAt(i) < 0x80 && text.charAt(i + 1) < 0x80 && text.charAt(i) != '\r') {
        return i + 1;
      }
      if (matcher == null) {
        matcher = CLUSTER.matcher(text);
      }
      matcher.region(i, n);
      return matcher.lookingAt() ? matcher.end() : i + Character.charCount(text.codePointAt(i));
    }
  }
}
