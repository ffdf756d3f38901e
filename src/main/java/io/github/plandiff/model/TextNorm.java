package io.github.plandiff.model;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The normalisations of DESIGN.md, shared by every stage that compares text: Unicode NFKC, curly
 * quotes and dashes folded, whitespace collapsed.
 */
public final class TextNorm {

  private TextNorm() {}

  /**
   * Normalises text for equality: NFKC, quotes and dashes folded to ASCII, whitespace collapsed to
   * single spaces, trimmed. Case and punctuation are kept.
   *
   * @param text any text, not null
   * @return the normalised text
   */
  public static String forComparison(String text) {
    int ascii = asciiShape(text);
    if (ascii == ASCII_CLEAN) {
      return text;
    }
    // NFKC and the folds leave ASCII alone, so ASCII text needs only the whitespace collapsed.
    String nfkc = ascii == ASCII_SPACED ? text : Normalizer.normalize(text, Normalizer.Form.NFKC);
    // Collapsing never lengthens the text: a space is written only for a run of blanks.
    char[] in = nfkc.toCharArray();
    char[] out = new char[in.length];
    int n = 0;
    boolean space = false;
    for (char raw : in) {
      char c = raw < 0x80 ? raw : fold(raw);
      boolean blank =
          c < 0x80 ? isAsciiSpace(c) : Character.isWhitespace(c) || Character.isSpaceChar(c);
      if (blank) {
        space = n > 0;
        continue;
      }
      if (space) {
        out[n++] = ' ';
        space = false;
      }
      out[n++] = c;
    }
    return new String(out, 0, n);
  }

  /** ASCII whitespace: tab to carriage return, the four information separators, the space. */
  private static boolean isAsciiSpace(char c) {
    return c == ' ' || c >= 0x09 && c <= 0x0D || c >= 0x1C && c <= 0x1F;
  }

  /**
   * Normalises text so that only its words, numbers, currency signs and percent signs remain:
   * {@link #forComparison}, then lower case and other punctuation dropped. Each currency sign
   * ({@code \p{Sc}}) and {@code %} is a token of its own, because "$100" to "€100" or "50" to "50%"
   * changes what the text says. Two texts with the same key differ only cosmetically.
   *
   * @param text any text, not null
   * @return the key: tokens separated by single spaces
   */
  public static String cosmeticKey(String text) {
    if (asciiShape(text) != NOT_ASCII) {
      return asciiCosmeticKey(text);
    }
    String base = forComparison(text).toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder(base.length());
    boolean space = false;
    for (int i = 0; i < base.length(); ) {
      int cp = base.charAt(i);
      int kind;
      if (cp < 0x80) {
        i++;
        kind = asciiKind((char) cp);
      } else {
        cp = base.codePointAt(i);
        i += Character.charCount(cp);
        int type = Character.getType(cp);
        kind =
            Character.isLetterOrDigit(cp)
                    || type == Character.NON_SPACING_MARK
                    || type == Character.COMBINING_SPACING_MARK
                ? KEY_WORD
                : type == Character.CURRENCY_SYMBOL ? KEY_SIGN : KEY_OTHER;
      }
      if (kind == KEY_WORD) {
        if (space) {
          sb.append(' ');
          space = false;
        }
        sb.appendCodePoint(cp);
      } else if (kind == KEY_SIGN) {
        if (sb.length() > 0) {
          sb.append(' ');
        }
        sb.appendCodePoint(cp);
        space = true;
      } else {
        space = sb.length() > 0;
      }
    }
    return sb.toString();
  }

  /**
   * Tells whether two texts have the same {@link #cosmeticKey}. ASCII texts, also with punctuation
   * outside ASCII, are compared as their keys are made, without making them, and the comparison
   * stops at the first difference.
   *
   * @param a a text
   * @param b another text
   * @return {@code cosmeticKey(a).equals(cosmeticKey(b))}
   */
  public static boolean sameCosmeticKey(String a, String b) {
    if (CosmeticScan.punctuatedAscii(a) && CosmeticScan.punctuatedAscii(b)) {
      return CosmeticScan.sameAsciiKey(a, b);
    }
    // Most pairs compared are one text and an edit of it: only what lies between their common
    // beginning and end can tell their keys apart.
    int[] ends = CosmeticScan.commonEnds(a, b);
    String x = a.substring(ends[0], a.length() - ends[1]);
    String y = b.substring(ends[0], b.length() - ends[1]);
    if (CosmeticScan.punctuatedAscii(x) && CosmeticScan.punctuatedAscii(y)) {
      return CosmeticScan.sameAsciiKey(x, y);
    }
    return CosmeticScan.sameKeyByParts(x, y);
  }

  static final int KEY_WORD = 0;
  static final int KEY_SIGN = 1;
  static final int KEY_OTHER = 2;

  /** What an ASCII character is in a cosmetic key: a letter or digit, {@code $} or {@code %}. */
  static int asciiKind(char c) {
    if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z') {
      return KEY_WORD;
    }
    return c == '$' || c == '%' ? KEY_SIGN : KEY_OTHER;
  }

  /**
   * {@link #cosmeticKey} of ASCII text in one pass: {@link #forComparison} only collapses its
   * whitespace, which separates tokens as any other dropped character does, and lower case is A to
   * Z lowered; {@code $} is ASCII's one currency sign.
   */
  private static String asciiCosmeticKey(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z') {
        if (space) {
          sb.append(' ');
          space = false;
        }
        sb.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
      } else if (c == '$' || c == '%') {
        if (sb.length() > 0) {
          sb.append(' ');
        }
        sb.append(c);
        space = true;
      } else {
        space = sb.length() > 0;
      }
    }
    return sb.toString();
  }

  private static char fold(char c) {
    return switch (c) {
      case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u02BC' -> '\'';
      case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> '"';
      case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
      case '\u00A0', '\u2007', '\u202F' -> ' ';
      default -> c;
    };
  }

  private static final int NOT_ASCII = 0;

  /** ASCII, with whitespace other than single spaces between non-space characters. */
  private static final int ASCII_SPACED = 1;

  /** ASCII, already in the form {@link #forComparison} gives. */
  private static final int ASCII_CLEAN = 2;

  private static int asciiShape(String text) {
    boolean clean = true;
    char prev = ' ';
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        return NOT_ASCII;
      }
      // ASCII whitespace: tab to carriage return, the four information separators, the space.
      boolean space = c == ' ' || c >= 0x09 && c <= 0x0D || c >= 0x1C && c <= 0x1F;
      if (space && (c != ' ' || prev == ' ')) {
        clean = false;
      }
      prev = space ? ' ' : c;
    }
    return clean && prev != ' ' || text.isEmpty() ? ASCII_CLEAN : ASCII_SPACED;
  }
}
