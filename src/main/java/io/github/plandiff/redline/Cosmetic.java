package io.github.plandiff.redline;

import io.github.plandiff.model.Op;
import io.github.plandiff.model.Segment;
import io.github.plandiff.model.TextNorm;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Marks the tokens of an edit that differ only in the style of quotes, apostrophes or dashes, in
 * case or in character width ("Ukraine's" → "Ukraine’s"), for {@link Readability}. Such tokens at
 * the start or the end of an edit are taken out of it as cosmetic segments; tokens inside a
 * replacement stay part of it, as a kept word there would.
 */
final class Cosmetic {

  private Cosmetic() {}

  /**
   * Tells whether two tokens differ only cosmetically: not equal, but equal once NFKC, quote and
   * dash folding and lower case are applied, and not only whitespace.
   */
  static boolean differ(String a, String b) {
    if (a.equals(b)) {
      return false;
    }
    String key = key(a);
    return !key.isEmpty() && key.equals(key(b));
  }

  private static String key(String token) {
    return TextNorm.forComparison(token).toLowerCase(Locale.ROOT);
  }

  /**
   * The segments of an edit, with its leading and trailing cosmetic tokens (and the identical
   * tokens between them) taken out; the edit as one deletion and one insertion when it has none, or
   * when taking them out would put two segments with the same op next to each other.
   */
  static List<Segment> segments(Part edit) {
    List<Segment> whole = plain(edit.oldText(), edit.newText());
    if (edit.oldText().isEmpty() || edit.newText().isEmpty()) {
      return whole;
    }
    List<String> a = Tokenizer.tokenize(edit.oldText());
    List<String> b = Tokenizer.tokenize(edit.newText());
    int head = 0;
    while (head < a.size() && head < b.size() && same(a.get(head), b.get(head))) {
      head++;
    }
    int tail = 0;
    while (tail < a.size() - head
        && tail < b.size() - head
        && same(a.get(a.size() - 1 - tail), b.get(b.size() - 1 - tail))) {
      tail++;
    }
    if (!anyCosmetic(a.subList(0, head), b.subList(0, head))
        && !anyCosmetic(
            a.subList(a.size() - tail, a.size()), b.subList(b.size() - tail, b.size()))) {
      return whole;
    }
    List<Segment> out = new ArrayList<>();
    pairs(a.subList(0, head), b.subList(0, head), out);
    String del = String.join("", a.subList(head, a.size() - tail));
    String ins = String.join("", b.subList(head, b.size() - tail));
    out.addAll(plain(del, ins));
    pairs(a.subList(a.size() - tail, a.size()), b.subList(b.size() - tail, b.size()), out);
    List<Segment> merged = merge(out);
    return merged == null ? whole : merged;
  }

  private static boolean same(String a, String b) {
    return a.equals(b) || differ(a, b);
  }

  /** Tells whether any of the token pairs, taken in step, differ cosmetically. */
  private static boolean anyCosmetic(List<String> a, List<String> b) {
    for (int k = 0; k < a.size(); k++) {
      if (differ(a.get(k), b.get(k))) {
        return true;
      }
    }
    return false;
  }

  /** Token pairs, each identical (kept) or cosmetic (a deletion and an insertion). */
  private static void pairs(List<String> a, List<String> b, List<Segment> out) {
    for (int k = 0; k < a.size(); k++) {
      if (a.get(k).equals(b.get(k))) {
        out.add(new Segment(Op.EQUAL, a.get(k)));
      } else {
        out.add(new Segment(Op.DELETE, a.get(k), true));
        out.add(new Segment(Op.INSERT, b.get(k), true));
      }
    }
  }

  private static List<Segment> plain(String del, String ins) {
    List<Segment> out = new ArrayList<>(2);
    if (!del.isEmpty()) {
      out.add(new Segment(Op.DELETE, del));
    }
    if (!ins.isEmpty()) {
      out.add(new Segment(Op.INSERT, ins));
    }
    return out;
  }

  /**
   * Joins neighbours with the same op and the same mark; null when two neighbours share an op but
   * not the mark.
   */
  private static List<Segment> merge(List<Segment> in) {
    List<Segment> out = new ArrayList<>();
    for (Segment s : in) {
      int last = out.size() - 1;
      if (last >= 0 && out.get(last).op() == s.op()) {
        Segment prev = out.get(last);
        if (prev.cosmetic() != s.cosmetic()) {
          return null;
        }
        out.set(last, new Segment(s.op(), prev.text() + s.text(), s.cosmetic()));
      } else {
        out.add(s);
      }
    }
    return out;
  }
}
