package io.github.plandiff.redline;

import io.github.plandiff.model.Segment;
import java.util.ArrayList;
import java.util.List;

/**
 * A pass over a finished redline that makes it read like an editor's markup, without changing what
 * it says: both texts still rebuild exactly. In order:
 *
 * <ol>
 *   <li>a short kept run between two edits (one or two words, no more words than the edit on either
 *       side, or only spaces and punctuation) is folded into one replacement with them, as
 *       diff-match-patch's semantic cleanup does, but by whole words; a kept phrase of three words
 *       or more always stays;
 *   <li>a sentence whose words are mostly changed becomes one replacement;
 *   <li>an insertion or deletion that could equally sit a few words earlier or later is moved to
 *       the place where its edges fall on the best boundaries (line, sentence, space), and spaces
 *       that both sides of a replacement share at its edges are shown as kept;
 *   <li>tokens at the start or end of an edit that differ only in quote, apostrophe or dash style,
 *       case or width are taken out of it as cosmetic segments ({@link Cosmetic}).
 * </ol>
 *
 * <p>No kept run that holds a sentence end or a line break is ever folded, so an edit never grows
 * past the sentence it was in.
 */
final class Readability {

  /** Longest kept run, in words, that may be folded between two edits. */
  static final int ISLAND_WORDS = 2;

  private Readability() {}

  /**
   * Makes a redline easier to read.
   *
   * @param segments a lossless redline, adjacent segments never sharing an op
   * @return the tidied redline, lossless for the same two texts, adjacent segments never sharing an
   *     op
   */
  static List<Segment> tidy(List<Segment> segments) {
    List<Part> parts = Part.of(segments);
    parts = foldIslands(parts);
    parts = Sentences.rewrite(parts);
    parts = Boundaries.align(parts);
    return Part.segments(parts);
  }

  /**
   * Folds each foldable kept run into the edits around it, again after each fold, since a fold
   * makes a larger edit whose neighbours may then fold too. The folds are decided on summaries and
   * each folded edit's text is built once, so the work stays linear in the text.
   */
  static List<Part> foldIslands(List<Part> in) {
    List<Run> runs = new ArrayList<>();
    for (int k = 0; k < in.size(); k++) {
      Run run = Run.of(in, k);
      runs.add(run);
      int n = runs.size();
      while (n >= 3 && run.change && foldable(runs.get(n - 3), in.get(runs.get(n - 2).from), run)) {
        run = runs.get(n - 3).join(in.get(runs.get(n - 2).from), run);
        runs.subList(n - 3, n).clear();
        runs.add(run);
        n = runs.size();
      }
    }
    List<Part> out = new ArrayList<>();
    for (Run run : runs) {
      out.add(
          run.to - run.from == 1 ? in.get(run.from) : Part.joinAll(in.subList(run.from, run.to)));
    }
    return out;
  }

  private static boolean foldable(Run before, Part kept, Run after) {
    if (!before.change
        || kept.isChange()
        || !Text.breaks(before.oldTail, kept.oldText(), after.oldHead).isEmpty()
        || !Text.breaks(before.newTail, kept.newText(), after.newHead).isEmpty()) {
      return false;
    }
    int words = kept.oldWords();
    return words <= ISLAND_WORDS && words <= before.maxWords() && words <= after.maxWords();
  }

  /** Parts {@code from} to {@code to} (exclusive) of a list, summed up. */
  private record Run(
      int from,
      int to,
      boolean change,
      int oldWords,
      int newWords,
      String oldHead,
      String oldTail,
      String newHead,
      String newTail) {

    static Run of(List<Part> parts, int k) {
      Part p = parts.get(k);
      return new Run(
          k,
          k + 1,
          p.isChange(),
          p.oldWords(),
          p.newWords(),
          head(p.oldText()),
          tail(p.oldText()),
          head(p.newText()),
          tail(p.newText()));
    }

    /** This run, the kept part after it and the run after that, as one edit. */
    Run join(Part kept, Run last) {
      String keptHead = head(kept.oldText());
      String keptTail = tail(kept.oldText());
      return new Run(
          from,
          last.to,
          true,
          oldWords + kept.oldWords() + last.oldWords,
          newWords + kept.newWords() + last.newWords,
          oldHead.isEmpty() ? keptHead : oldHead,
          last.oldTail.isEmpty() ? keptTail : last.oldTail,
          newHead.isEmpty() ? keptHead : newHead,
          last.newTail.isEmpty() ? keptTail : last.newTail);
    }

    int maxWords() {
      return Math.max(oldWords, newWords);
    }

    private static String head(String text) {
      return text.isEmpty() ? "" : text.substring(0, 1);
    }

    private static String tail(String text) {
      return text.isEmpty() ? "" : text.substring(text.length() - 1);
    }
  }

  /**
   * Tells whether a kept run is an island: between two edits, one or two words long, and no longer
   * in words than the edit on either side. This is what {@link #tidy} folds, unless the run ends a
   * sentence.
   *
   * @param before the part before, or null
   * @param kept the kept part
   * @param after the part after, or null
   * @return true for an island
   */
  static boolean isIsland(Part before, Part kept, Part after) {
    if (before == null || after == null || !before.isChange() || !after.isChange()) {
      return false;
    }
    int words = kept.oldWords();
    return !kept.isChange()
        && words >= 1
        && words <= ISLAND_WORDS
        && words <= before.maxWords()
        && words <= after.maxWords();
  }
}
