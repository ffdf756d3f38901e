package io.github.plandiff.classify;

import java.util.List;

/** Where a commitment of a sentence starts and ends in its text. */
final class PartBounds {

  /** Symbols written right before a word that belong to it: currency, section, brackets, quotes. */
  private static final String OPENING = "$£€§#([{\"'\u201c\u2018";

  private PartBounds() {}

  /**
   * Where a part starts: at its first word, with the opening symbols written right before it
   * ("$5,000", "(b)").
   */
  static int start(String text, List<Word> w, CommitmentParts.Part part, int floor) {
    int start = w.get(part.from()).start();
    while (start > floor && OPENING.indexOf(text.charAt(start - 1)) >= 0) {
      start--;
    }
    return start;
  }

  /** The end of a part without the blanks and the , or ; that join it to the next. */
  static int trimEnd(String text, int start, int end) {
    int e = end;
    while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (e > start && (text.charAt(e - 1) == ',' || text.charAt(e - 1) == ';')) {
      e--;
    }
    while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    return e > start ? e : end;
  }
}
