package io.github.plandiff.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A sentence of a clause text: a stretch ended by . ! ? or ;, or by a line break after a colon or
 * before a list item.
 *
 * @param start offset of the first character in the clause text
 * @param end offset after the last character
 * @param text the sentence as written
 * @param words its words
 */
record Sentence(int start, int end, String text, List<Word> words) {

  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "mr", "mrs", "ms", "dr", "st", "no", "art", "para", "e.g", "i.e", "etc", "vs", "cf", "p",
          "pp", "op", "approx");

  Sentence {
    words = List.copyOf(words);
  }

  /** Splits a clause text into sentences; blank stretches are left out. */
  static List<Sentence> split(String text) {
    List<Sentence> sentences = new ArrayList<>();
    forEach(text, sentences::add);
    return sentences;
  }

  /**
   * Gives the sentences of {@link #split} one at a time, in order, so that a caller that needs one
   * at a time does not hold the words of a whole long text at once.
   */
  static void forEach(String text, Consumer<Sentence> out) {
    forEachSpan(
        text,
        (from, to) -> {
          List<Word> words = Words.split(text, from, to);
          if (!words.isEmpty()) {
            out.accept(new Sentence(from, to, text.substring(from, to), words));
          }
        });
  }

  /** A stretch of a text, given by its start and end offsets. */
  @FunctionalInterface
  interface SpanConsumer {
    void accept(int from, int to);
  }

  /**
   * Gives the stretch of each sentence of a text in order, trimmed of white space, as {@link
   * #split} finds them, including stretches without a word (which {@link #split} leaves out).
   */
  static void forEachSpan(String text, SpanConsumer out) {
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      if (endsHere(text, i)) {
        trimmed(text, start, i + 1, out);
        start = i + 1;
      }
    }
    trimmed(text, start, text.length(), out);
  }

  private static void trimmed(String text, int from, int to, SpanConsumer out) {
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    out.accept(from, to);
  }

  private static boolean endsHere(String text, int i) {
    char c = text.charAt(i);
    if (c == '\n') {
      return lineBreakEnds(text, i);
    }
    if (c != '.' && c != '!' && c != '?' && c != ';') {
      return false;
    }
    int next = i + 1;
    while (next < text.length() && isCloser(text.charAt(next))) {
      next++;
    }
    if (next < text.length() && !Character.isWhitespace(text.charAt(next))) {
      return false;
    }
    return c != '.' || !abbreviation(text, i, next);
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '\'' || c == ')' || c == '\u201D' || c == '\u2019' || c == '\u00BB';
  }

  /** A dot after a known abbreviation, an initial, or an abbreviation before a lower-case word. */
  private static boolean abbreviation(String text, int dot, int next) {
    int s = dot;
    while (s > 0 && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '.')) {
      s--;
    }
    String word = text.substring(s, dot).toLowerCase(Locale.ROOT);
    if (ABBREVIATIONS.contains(word)) {
      return true;
    }
    int k = next;
    while (k < text.length() && Character.isWhitespace(text.charAt(k))) {
      k++;
    }
    boolean lowerNext = k < text.length() && !Character.isUpperCase(text.charAt(k));
    if (word.length() == 1) {
      return lowerNext || isInitial(text, s);
    }
    return word.contains(".") && lowerNext;
  }

  /** "Donald J. Trump": a capital initial after a capitalised word. */
  private static boolean isInitial(String text, int s) {
    int k = s - 1;
    while (k >= 0 && text.charAt(k) == ' ') {
      k--;
    }
    return k >= 0 && Character.isLetter(text.charAt(k)) && Character.isUpperCase(text.charAt(s));
  }

  private static boolean lineBreakEnds(String text, int i) {
    int k = i - 1;
    while (k >= 0 && text.charAt(k) != '\n' && Character.isWhitespace(text.charAt(k))) {
      k--;
    }
    if (k < 0 || text.charAt(k) == '\n' || ".;:!?".indexOf(text.charAt(k)) >= 0) {
      return true;
    }
    int n = i + 1;
    while (n < text.length() && text.charAt(n) != '\n' && Character.isWhitespace(text.charAt(n))) {
      n++;
    }
    return n < text.length() && startsListItem(text, n);
  }

  private static boolean startsListItem(String text, int n) {
    char c = text.charAt(n);
    if ("-\u2013\u2014\u2022*(".indexOf(c) >= 0) {
      return true;
    }
    int k = n;
    while (k < text.length() && k - n < 4 && Character.isLetterOrDigit(text.charAt(k))) {
      k++;
    }
    return k > n
        && k < text.length()
        && (text.charAt(k) == ')' || text.charAt(k) == '.')
        && (k - n <= 2 || Character.isDigit(text.charAt(n)));
  }
}
