package io.github.plandiff.classify;

import io.github.plandiff.model.TextNorm;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Unicode-aware word splitting: a word is a run of letters, digits and combining marks, with
 * apostrophes and hyphens inside it kept, and commas, dots and spaces between digit groups kept
 * ("600,000", "600 000"). Everything else is a symbol, reported on the neighbouring words.
 */
final class Words {

  /** Each ASCII character folded as {@link #fold} folds it, for symbols. */
  private static final String[] ASCII_FOLDED = new String[128];

  /** The ASCII characters {@link Character#isWhitespace} holds for. */
  private static final boolean[] ASCII_WHITESPACE = new boolean[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII_FOLDED[c] = fold(String.valueOf(c));
      ASCII_WHITESPACE[c] = Character.isWhitespace(c);
    }
  }

  private Words() {}

  /**
   * Splits {@code text[from, to)} into words; offsets are into {@code text}. One pass: a word's
   * symbol before is the last symbol read when it ends right where the word starts, its symbol
   * after the character right after it when that is no space (a word ends only before a character
   * that is no word character).
   */
  static List<Word> split(String text, int from, int to) {
    List<Word> words = new ArrayList<>();
    boolean opens = true;
    String symbol = null;
    int symbolEnd = -1;
    int i = from;
    while (i < to) {
      int cp = text.codePointAt(i);
      if (isWordChar(cp)) {
        int start = i;
        i = endOfWord(text, i, to);
        String before = symbol != null && symbolEnd == start ? symbol : "";
        String after = "";
        if (i < to) {
          int next = text.codePointAt(i);
          after = isSpace(next) ? "" : symbol(next);
        }
        String raw = text.substring(start, i);
        words.add(new Word(raw, normalise(raw), start, i, before, after, opens));
        opens = false;
        symbol = null;
      } else {
        i += Character.charCount(cp);
        if (!isSpace(cp)) {
          symbol = symbol(cp);
          symbolEnd = i;
          opens = opens || ",;:()".contains(symbol) && symbol.length() == 1;
        }
      }
    }
    return words;
  }

  /** A symbol character, folded. */
  private static String symbol(int cp) {
    return cp < 128 ? ASCII_FOLDED[cp] : fold(new String(Character.toChars(cp)));
  }

  /**
   * The normalised words of a text, as {@link #split} would give them in {@link Word#norm()},
   * without the rest of each word.
   */
  static List<String> norms(String text) {
    return norms(text, 0, text.length());
  }

  /** {@link #norms(String)} of {@code text[from, to)}, as {@link #split} would give them. */
  static List<String> norms(String text, int from, int to) {
    List<String> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      int cp = text.codePointAt(i);
      if (isWordChar(cp)) {
        int start = i;
        i = endOfWord(text, i, to);
        out.add(normalise(text.substring(start, i)));
      } else {
        i += Character.charCount(cp);
      }
    }
    return out;
  }

  static String fold(String s) {
    return TextNorm.forComparison(s).toLowerCase(Locale.ROOT);
  }

  private static String normalise(String raw) {
    String ascii = normaliseAscii(raw);
    if (ascii != null) {
      return ascii;
    }
    String folded = fold(raw);
    StringBuilder sb = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (!Character.isSpaceChar(c)) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * {@link #normalise} for ASCII text, or null for other text. NFKC and the folds leave ASCII
   * alone, whitespace is dropped (collapsed, then removed as a space) and A to Z are lowered.
   */
  private static String normaliseAscii(String raw) {
    boolean upper = false;
    boolean blank = false;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c >= 0x80) {
        return null;
      }
      upper |= c >= 'A' && c <= 'Z';
      blank |= ASCII_WHITESPACE[c];
    }
    if (!blank) {
      // Lowering ASCII text under the root locale changes A to Z only.
      return upper ? raw.toLowerCase(Locale.ROOT) : raw;
    }
    StringBuilder sb = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (!ASCII_WHITESPACE[c]) {
        sb.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
      }
    }
    return sb.toString();
  }

  private static int endOfWord(String text, int i, int to) {
    while (i < to) {
      char c = text.charAt(i);
      if (c < 0x80 && isWordChar(c)) {
        i++;
        continue;
      }
      int cp = text.codePointAt(i);
      if (isWordChar(cp)) {
        i += Character.charCount(cp);
      } else if (i + Character.charCount(cp) < to && joins(text, i, cp)) {
        i += Character.charCount(cp);
      } else {
        break;
      }
    }
    return i;
  }

  private static boolean joins(String text, int i, int joiner) {
    int before = text.codePointBefore(i);
    int after = text.codePointAt(i + Character.charCount(joiner));
    return switch (joiner) {
      case ',', '.' -> Character.isDigit(before) && Character.isDigit(after);
      case ' ', '\u00A0', '\u202F', '\u2009' ->
          Character.isDigit(before) && shortGroupBefore(text, i) && threeDigits(text, i + 1);
      case '\'', '\u2019', '\u02BC', '-', '\u2010', '\u2011' ->
          Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after);
      default -> false;
    };
  }

  private static boolean shortGroupBefore(String text, int i) {
    int n = 0;
    while (i - n - 1 >= 0 && Character.isDigit(text.charAt(i - n - 1))) {
      n++;
    }
    return n >= 1 && n <= 3;
  }

  /** A space joins digit groups only before exactly three digits ("600 000"). */
  private static boolean threeDigits(String text, int at) {
    int n = 0;
    while (at + n < text.length() && Character.isDigit(text.charAt(at + n))) {
      n++;
    }
    if (n != 3) {
      return false;
    }
    int end = at + 3;
    return end >= text.length() || !Character.isLetter(text.charAt(end));
  }

  private static boolean isWordChar(int cp) {
    if (cp < 0x80) {
      // What Character.isLetterOrDigit gives below U+0080; no mark is that low.
      return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9';
    }
    if (Character.isLetterOrDigit(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  private static boolean isSpace(int cp) {
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
  }
}
