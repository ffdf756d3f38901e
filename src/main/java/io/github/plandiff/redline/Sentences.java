package io.github.plandiff.redline;

import java.util.ArrayList;
import java.util.List;

/**
 * Shows a sentence whose words are mostly changed as one replacement, for {@link Readability}. The
 * parts are cut into stretches at kept runs that hold a sentence end or a line break; a stretch
 * with two or more edits whose kept words are fewer than half of its words on each side has
 * everything from its first edit to its last made into one edit.
 */
final class Sentences {

  private Sentences() {}

  static List<Part> rewrite(List<Part> parts) {
    List<Part> out = new ArrayList<>();
    int start = 0;
    int carried = 0;
    for (int k = 0; k <= parts.size(); k++) {
      Text.Span breaks = k < parts.size() ? breaks(parts, k) : Text.Span.NONE;
      if (k < parts.size() && breaks.isEmpty()) {
        continue;
      }
      int ahead =
          k < parts.size() ? Text.words(parts.get(k).oldText().substring(0, breaks.from())) : 0;
      stretch(parts.subList(start, k), carried + ahead, out);
      if (k < parts.size()) {
        out.add(parts.get(k));
        carried = Text.words(parts.get(k).oldText().substring(breaks.to()));
        start = k + 1;
      }
    }
    return out;
  }

  private static Text.Span breaks(List<Part> parts, int k) {
    Part p = parts.get(k);
    if (p.isChange()) {
      return Text.Span.NONE;
    }
    Part before = k > 0 ? parts.get(k - 1) : Part.kept("");
    Part after = k + 1 < parts.size() ? parts.get(k + 1) : Part.kept("");
    Text.Span old = Text.breaks(before.oldText(), p.oldText(), after.oldText());
    return old.isEmpty() ? Text.breaks(before.newText(), p.newText(), after.newText()) : old;
  }

  /** Adds a stretch's parts, as one edit from its first edit to its last when mostly rewritten. */
  private static void stretch(List<Part> parts, int keptAround, List<Part> out) {
    int first = -1;
    int last = -1;
    int kept = keptAround;
    int oldWords = keptAround;
    int newWords = keptAround;
    for (int k = 0; k < parts.size(); k++) {
      Part p = parts.get(k);
      if (p.isChange()) {
        first = first < 0 ? k : first;
        last = k;
      } else {
        kept += p.oldWords();
      }
      oldWords += p.oldWords();
      newWords += p.newWords();
    }
    if (first < 0 || first == last || 2 * kept >= Math.min(oldWords, newWords)) {
      out.addAll(parts);
      return;
    }
    out.addAll(parts.subList(0, first));
    out.add(Part.joinAll(parts.subList(first, last + 1)));
    out.addAll(parts.subList(last + 1, parts.size()));
  }
}
