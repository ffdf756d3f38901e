package io.github.plandiff.redline;

import io.github.plandiff.model.Op;
import io.github.plandiff.model.Segment;
import java.util.ArrayList;
import java.util.List;

/**
 * A kept run or one edit (deleted text, then inserted text, either may be empty) of a redline, with
 * the number of words on each side, for {@link Readability}.
 *
 * @param oldText the text on the old side; for a kept run, the kept text
 * @param newText the text on the new side; for a kept run, the kept text
 * @param change whether this is an edit rather than a kept run
 * @param oldWords the words in the old text
 * @param newWords the words in the new text
 */
record Part(String oldText, String newText, boolean change, int oldWords, int newWords) {

  static Part kept(String text) {
    int words = Text.words(text);
    return new Part(text, text, false, words, words);
  }

  static Part edit(String oldText, String newText) {
    return new Part(oldText, newText, true, Text.words(oldText), Text.words(newText));
  }

  boolean isChange() {
    return change;
  }

  int maxWords() {
    return Math.max(oldWords, newWords);
  }

  /** Parts in a row as one edit. */
  static Part joinAll(List<Part> parts) {
    StringBuilder del = new StringBuilder();
    StringBuilder ins = new StringBuilder();
    int oldWords = 0;
    int newWords = 0;
    for (Part p : parts) {
      del.append(p.oldText);
      ins.append(p.newText);
      oldWords += p.oldWords;
      newWords += p.newWords;
    }
    return new Part(del.toString(), ins.toString(), true, oldWords, newWords);
  }

  /** The parts of a redline: each kept segment, and each run of edited segments as one edit. */
  static List<Part> of(List<Segment> segments) {
    List<Part> parts = new ArrayList<>();
    StringBuilder del = new StringBuilder();
    StringBuilder ins = new StringBuilder();
    for (Segment s : segments) {
      switch (s.op()) {
        case DELETE -> del.append(s.text());
        case INSERT -> ins.append(s.text());
        case EQUAL -> {
          flush(parts, del, ins);
          parts.add(kept(s.text()));
        }
      }
    }
    flush(parts, del, ins);
    return parts;
  }

  private static void flush(List<Part> parts, StringBuilder del, StringBuilder ins) {
    if (del.length() > 0 || ins.length() > 0) {
      parts.add(edit(del.toString(), ins.toString()));
      del.setLength(0);
      ins.setLength(0);
    }
  }

  /**
   * The segments of parts, adjacent kept runs joined, empty texts left out, the cosmetic tokens at
   * the edges of each edit marked ({@link Cosmetic}).
   */
  static List<Segment> segments(List<Part> parts) {
    List<Segment> out = new ArrayList<>();
    for (Part p : parts) {
      if (p.change) {
        for (Segment s : Cosmetic.segments(p)) {
          add(out, s);
        }
      } else if (!p.oldText.isEmpty()) {
        add(out, new Segment(Op.EQUAL, p.oldText));
      }
    }
    return List.copyOf(out);
  }

  private static void add(List<Segment> out, Segment s) {
    int last = out.size() - 1;
    if (last >= 0 && out.get(last).op() == s.op()) {
      Segment prev = out.get(last);
      out.set(last, new Segment(s.op(), prev.text() + s.text(), prev.cosmetic() && s.cosmetic()));
    } else {
      out.add(s);
    }
  }
}
