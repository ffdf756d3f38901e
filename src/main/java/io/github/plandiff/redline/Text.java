package io.github.plandiff.redline;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Words, sentence ends and boundary strength in redline text, for {@link Readability}. */
final class Text {

  /** A line break, or a sentence end (closing quotes or brackets may follow) before a space. */
  private static final Pattern BREAK =
      Pattern.compile("\\R|[.!?\u2026][\"'\u2019\u201D)\\]]*(?=\\s)");

  private Text() {}

  /** The number of words (tokens that start with a letter, digit or mark) in a text. */
  static int words(String text) {
    int words = 0;
    boolean inWord = false;
    for (String token : Tokenizer.tokenize(text)) {
      boolean word = isWord(token);
      if (word && !inWord) {
        words++;
      }
      inWord = word;
    }
    return words;
  }

  static boolean isWord(String token) {
    int cp = token.codePointAt(0);
    return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
  }

  /**
   * Tells whether a kept run holds a sentence end or a line break, on either side, seen with the
   * last character of the part before it and the first of the part after it.
   */
  static boolean breaksSentence(Part before, Part kept, Part after) {
    return !breaks(before.oldText(), kept.oldText(), after.oldText()).isEmpty()
        || !breaks(before.newText(), kept.newText(), after.newText()).isEmpty();
  }

  /**
   * Where a kept text breaks sentences, seen with one character of context on each side.
   *
   * @return the span of text between the first break's start and the last break's end, as offsets
   *     into the kept text, or an empty span when it has no break
   */
  static Span breaks(String before, String text, String after) {
    String lead = before.isEmpty() ? "" : before.substring(before.length() - 1);
    String tail = after.isEmpty() ? "" : after.substring(0, 1);
    Matcher m = BREAK.matcher(lead + text + tail);
    int first = -1;
    int last = -1;
    while (m.find()) {
      first = first < 0 ? m.start() : first;
      last = Math.max(m.end(), last);
    }
    if (first < 0) {
      return Span.NONE;
    }
    int from = Math.max(0, Math.min(text.length(), first - lead.length()));
    int to = Math.max(from, Math.min(text.length(), last - lead.length()));
    return new Span(from, to);
  }

  /**
   * How good a place to start or end an edit lies between two texts: the end or start of the text
   * is best, then a line break, the start of a sentence (after a sentence end and a space), a
   * space, punctuation, and last the inside of a run of word characters.
   *
   * @param before the text before the place; its last two characters are looked at
   * @param after the text after the place; its first character is looked at
   */
  static int edgeScore(String before, String after) {
    if (before.isEmpty() || after.isEmpty()) {
      return 6;
    }
    char a = before.charAt(before.length() - 1);
    char b = after.charAt(0);
    if (a == '\n' || a == '\r' || b == '\n' || b == '\r') {
      return 5;
    }
    if (Character.isWhitespace(a)
        && before.length() > 1
        && ".!?;:".indexOf(before.charAt(before.length() - 2)) >= 0) {
      return 4;
    }
    if (Character.isWhitespace(a) || Character.isWhitespace(b)) {
      return 3;
    }
    if (!Character.isLetterOrDigit(a) || !Character.isLetterOrDigit(b)) {
      return 1;
    }
    return 0;
  }

  /**
   * A range of offsets in a text.
   *
   * @param from the first offset
   * @param to the end, exclusive; {@code from == to == -1} for none
   */
  record Span(int from, int to) {
    static final Span NONE = new Span(-1, -1);

    boolean isEmpty() {
      return from < 0;
    }
  }
}
