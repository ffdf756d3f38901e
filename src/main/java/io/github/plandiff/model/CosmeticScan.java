package io.github.plandiff.model;

import java.text.Normalizer;

/**
 * Compares two texts' cosmetic keys ({@link TextNorm#cosmeticKey}) as they are made, for text that
 * is ASCII but for punctuation and symbols that NFKC leaves alone: without making the keys, and
 * stopping at the first difference.
 */
final class CosmeticScan {

  private CosmeticScan() {}

  /** Whether two such texts ({@link #punctuatedAscii}) have the same cosmetic key. */
  static boolean sameAsciiKey(String a, String b) {
    AsciiKey x = new AsciiKey(a);
    AsciiKey y = new AsciiKey(b);
    for (int c = x.next(); c == y.next(); c = x.next()) {
      if (c < 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The longest common beginning and end of two texts, {@code {beginning, end}} in characters, cut
   * where both texts can be cut without changing their cosmetic keys: at either end of a text, or
   * between two ASCII characters of which one is whitespace. There, the key of the whole is the
   * keys of the parts with one space between (or one of them alone, when the other is empty): NFKC
   * composes nothing across ASCII, whitespace separates tokens, and the one lower-casing that looks
   * at neighbours (a final sigma) stops at the word boundary a whitespace makes. So two texts have
   * the same key exactly when their parts between these ends have.
   */
  static int[] commonEnds(String a, String b) {
    int n = Math.min(a.length(), b.length());
    int begin = 0;
    while (begin < n && a.charAt(begin) == b.charAt(begin)) {
      begin++;
    }
    while (begin > 0 && !(cuts(a, begin) && cuts(b, begin))) {
      begin--;
    }
    int end = 0;
    while (end < n - begin && a.charAt(a.length() - 1 - end) == b.charAt(b.length() - 1 - end)) {
      end++;
    }
    while (end > 0 && !(cuts(a, a.length() - end) && cuts(b, b.length() - end))) {
      end--;
    }
    return new int[] {begin, end};
  }

  /** The least length of a part keyed at once by {@link #sameKeyByParts}. */
  private static final int PART = 256;

  /**
   * Whether two texts have the same cosmetic key, comparing the keys' tokens part by part, each
   * part of a text cut where {@link #commonEnds} may cut it: the tokens of the parts' keys, in
   * order, are those of the whole key. Stops at the first part that differs.
   */
  static boolean sameKeyByParts(String a, String b) {
    KeyTokens x = new KeyTokens(a);
    KeyTokens y = new KeyTokens(b);
    while (true) {
      String p = x.next();
      String q = y.next();
      if (p == null || q == null) {
        return p == q;
      }
      if (!p.equals(q)) {
        return false;
      }
    }
  }

  /** The tokens of a text's cosmetic key, made a part of the text at a time. */
  private static final class KeyTokens {
    private final String text;
    private int at;
    private String[] tokens = new String[0];
    private int next;

    KeyTokens(String text) {
      this.text = text;
    }

    /** The next token, or null after the last. */
    String next() {
      while (next == tokens.length) {
        if (at == text.length()) {
          return null;
        }
        int end = Math.min(text.length(), at + PART);
        while (!cuts(text, end)) {
          end++;
        }
        String key = TextNorm.cosmeticKey(text.substring(at, end));
        tokens = key.isEmpty() ? new String[0] : key.split(" ");
        next = 0;
        at = end;
      }
      return tokens[next++];
    }
  }

  /** Whether a text can be cut before {@code at} without changing its cosmetic key. */
  private static boolean cuts(String text, int at) {
    if (at == 0 || at == text.length()) {
      return true;
    }
    char before = text.charAt(at - 1);
    char after = text.charAt(at);
    return before < 0x80 && after < 0x80 && (isAsciiSpace(before) || isAsciiSpace(after));
  }

  private static boolean isAsciiSpace(char c) {
    return c == ' ' || c >= 0x09 && c <= 0x0D || c >= 0x1C && c <= 0x1F;
  }

  /**
   * Whether every character of a text is ASCII or punctuation or a mathematical or other symbol
   * that NFKC leaves alone ("\u2014", "\u201C", "\u00A7"). Such a character is no word, number or
   * currency sign, so in a cosmetic key it only separates words, as ASCII punctuation does, and the
   * text's key is made as for ASCII text; NFKC changes nothing in such a text, since none of its
   * characters changes or combines with another.
   */
  static boolean punctuatedAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x80 && !plainPunctuation(c)) {
        return false;
      }
    }
    return true;
  }

  /** For each character from U+0080: 0 not yet known, 1 plain punctuation, 2 not. */
  private static final byte[] PLAIN = new byte[0x10000];

  private static boolean plainPunctuation(char c) {
    byte known = PLAIN[c];
    if (known == 0) {
      known =
          plainType(Character.getType(c))
                  && Normalizer.isNormalized(String.valueOf(c), Normalizer.Form.NFKC)
              ? (byte) 1
              : (byte) 2;
      PLAIN[c] = known;
    }
    return known == 1;
  }

  private static boolean plainType(int type) {
    return switch (type) {
      case Character.DASH_PUNCTUATION,
          Character.START_PUNCTUATION,
          Character.END_PUNCTUATION,
          Character.INITIAL_QUOTE_PUNCTUATION,
          Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION,
          Character.CONNECTOR_PUNCTUATION,
          Character.MATH_SYMBOL,
          Character.OTHER_SYMBOL ->
          true;
      default -> false;
    };
  }

  /**
   * The characters of {@link TextNorm#cosmeticKey} of ASCII text one at a time, as they would be
   * appended; a character outside ASCII is a separator ({@link #punctuatedAscii}).
   */
  private static final class AsciiKey {
    private final String text;
    private int at;
    private boolean space;
    private boolean any;
    private int pending = -1;

    AsciiKey(String text) {
      this.text = text;
    }

    /** The next character of the key, or -1 after the last. */
    int next() {
      if (pending >= 0) {
        int c = pending;
        pending = -1;
        return c;
      }
      while (at < text.length()) {
        char c = text.charAt(at++);
        int kind = TextNorm.asciiKind(c);
        if (kind == TextNorm.KEY_WORD) {
          char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
          boolean gap = space;
          space = false;
          any = true;
          return gap ? queue(lower) : lower;
        } else if (kind == TextNorm.KEY_SIGN) {
          boolean gap = any;
          space = true;
          any = true;
          return gap ? queue(c) : c;
        }
        space = any;
      }
      return -1;
    }

    /** Returns a space now and the character next. */
    private int queue(char c) {
      pending = c;
      return ' ';
    }
  }
}
