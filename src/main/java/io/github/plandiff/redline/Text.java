package io.github.plandiff.redline;

import java.util.regex.Pattern;

/** Words, sentence ends and boundary strength in redline text, for {@link Readability}. */
final class Text {

  /**
   * A line break, or a sentence end (closing quotes or brackets may follow) before a space: what
   * {@link #breaks} finds, written as a pattern (the search itself reads the characters directly).
   */
  static final Pattern BREAK = Pattern.compile("\\R|[.!?\u2026][\"'\u2019\u201D)\\]]*(?=\\s)");

  private Text() {}

  /** The number of words (runs of tokens that start with a letter, digit or mark) in a text. */
  static int words(String text) {
    return Tokenizer.words(text);
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
    Joined joined =
        new Joined(
            before.isEmpty() ? "" : before.substring(before.length() - 1),
            text,
            after.isEmpty() ? "" : after.substring(0, 1));
    int first = -1;
    int last = -1;
    int p = 0;
    while (p < joined.length) {
      int end = joined.breakAt(p);
      if (end < 0) {
        p++;
      } else {
        first = first < 0 ? p : first;
        last = Math.max(end, last);
        p = end;
      }
    }
    if (first < 0) {
      return Span.NONE;
    }
    int lead = joined.lead.length();
    int from = Math.max(0, Math.min(text.length(), first - lead));
    int to = Math.max(from, Math.min(text.length(), last - lead));
    return new Span(from, to);
  }

  /**
   * One character of context, a text and one character of context, read as one string without
   * copying the text; {@link #breakAt} matches {@link #BREAK} where {@code Matcher.find} would.
   */
  private record Joined(String lead, String text, String tail, int length) {

    Joined(String lead, String text, String tail) {
      this(lead, text, tail, lead.length() + text.length() + tail.length());
    }

    char at(int i) {
      int t = i - lead.length();
      return t < 0
          ? lead.charAt(i)
          : t < text.length() ? text.charAt(t) : tail.charAt(t - text.length());
    }

    /** The end of a match of {@link #BREAK} that starts at {@code p}, or -1. */
    int breakAt(int p) {
      char c = at(p);
      if (c == '\r') {
        return p + 1 < length && at(p + 1) == '\n' ? p + 2 : p + 1;
      }
      if (c == '\n'
          || c == '\u000B'
          || c == '\f'
          || c == '\u0085'
          || c == '\u2028'
          || c == '\u2029') {
        return p + 1;
      }
      if (c != '.' && c != '!' && c != '?' && c != '\u2026') {
        return -1;
      }
      int q = p + 1;
      while (q < length && "\"'\u2019\u201D)]".indexOf(at(q)) >= 0) {
        q++;
      }
      // The look-ahead \\s: ASCII white space only.
      return q < length && " \t\n\u000B\f\r".indexOf(at(q)) >= 0 ? q : -1;
    }
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
