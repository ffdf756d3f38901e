package io.github.plandiff.redline;

import io.github.plandiff.model.ClauseChange;
import io.github.plandiff.model.Comparison;
import io.github.plandiff.model.Op;
import io.github.plandiff.model.Segment;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures how a redline reads: edit hunks per changed clause, islands (a kept run of one or two
 * words between two edits, no longer than either) per 100 hunks, and clauses where an edit took in
 * a sentence end that the plain diff kept. Each changed clause of a comparison is redlined again
 * with and without the readability pass.
 */
final class ReadabilityFigures {

  private static final RedlineEngine PLAIN =
      new RedlineEngine(RedlineEngine.WORD_LIMIT, RedlineEngine.REFINE_BUDGET, false);
  private static final RedlineEngine READABLE = new RedlineEngine();

  /** Counts for one redline or many. */
  record Counts(int clauses, int hunks, int islands, int inSentence, int keptBreaks) {
    Counts plus(Counts o) {
      return new Counts(
          clauses + o.clauses,
          hunks + o.hunks,
          islands + o.islands,
          inSentence + o.inSentence,
          keptBreaks + o.keptBreaks);
    }

    double hunksPerClause() {
      return clauses == 0 ? 0 : (double) hunks / clauses;
    }

    double islandsPer100() {
      return hunks == 0 ? 0 : 100.0 * islands / hunks;
    }
  }

  /**
   * The figures of a set of comparisons, before and after.
   *
   * @param before without the readability pass
   * @param after with it
   * @param coarser clauses where the pass kept fewer sentence ends than the plain diff
   */
  record Figures(Counts before, Counts after, int coarser) {
    Figures plus(Figures o) {
      return new Figures(before.plus(o.before), after.plus(o.after), coarser + o.coarser);
    }

    String row(String name) {
      return String.format(
          Locale.ROOT,
          "| %s | %d | %.2f | %.2f | %d | %d | %.1f | %.1f | %d | %d |",
          name,
          before.clauses,
          before.hunksPerClause(),
          after.hunksPerClause(),
          before.hunks,
          after.hunks,
          before.islandsPer100(),
          after.islandsPer100(),
          after.inSentence,
          coarser);
    }
  }

  private static final Pattern BREAK = Pattern.compile("\\R|[.!?][\"')]*(?=\\s)");

  static final Figures NONE = new Figures(new Counts(0, 0, 0, 0, 0), new Counts(0, 0, 0, 0, 0), 0);

  private ReadabilityFigures() {}

  /** The figures over the changed top-level clauses of a comparison. */
  static Figures of(Comparison comparison) {
    Figures sum = NONE;
    for (ClauseChange change : comparison.changes()) {
      String oldText = Segment.oldText(change.redline());
      String newText = Segment.newText(change.redline());
      if (oldText.isEmpty() || newText.isEmpty() || oldText.equals(newText)) {
        continue;
      }
      Counts before = count(PLAIN.redline(oldText, newText));
      Counts after = count(READABLE.redline(oldText, newText));
      if (System.getProperty("readability.debug") != null) {
        debug(PLAIN.redline(oldText, newText), READABLE.redline(oldText, newText));
      }
      sum = sum.plus(new Figures(before, after, after.keptBreaks < before.keptBreaks ? 1 : 0));
    }
    return sum;
  }

  /** The counts of one redline. */
  static Counts count(List<Segment> redline) {
    List<Part> parts = Part.of(substantive(redline));
    int hunks = 0;
    int islands = 0;
    int inSentence = 0;
    for (int k = 0; k < parts.size(); k++) {
      Part p = parts.get(k);
      Part before = k > 0 ? parts.get(k - 1) : null;
      Part after = k + 1 < parts.size() ? parts.get(k + 1) : null;
      if (p.isChange()) {
        hunks++;
      } else {
        boolean island = Readability.isIsland(before, p, after);
        islands += island ? 1 : 0;
        inSentence += island && !Text.breaksSentence(before, p, after) ? 1 : 0;
      }
    }
    return new Counts(1, hunks, islands, inSentence, keptBreaks(redline));
  }

  /** A redline with each cosmetic edit shown as its new text kept: it is not a hunk. */
  private static List<Segment> substantive(List<Segment> redline) {
    List<Segment> out = new java.util.ArrayList<>();
    for (Segment s : redline) {
      if (!s.cosmetic()) {
        out.add(s);
      } else if (s.op() == Op.INSERT) {
        out.add(new Segment(Op.EQUAL, s.text()));
      }
    }
    return out;
  }

  /**
   * The sentence ends and line breaks of both texts that lie in kept text: for a sentence end, the
   * space after its punctuation; for a line break, the break itself.
   */
  static int keptBreaks(List<Segment> redline) {
    return keptBreaks(redline, Op.DELETE) + keptBreaks(redline, Op.INSERT);
  }

  private static int keptBreaks(List<Segment> redline, Op side) {
    String text = side == Op.DELETE ? Segment.oldText(redline) : Segment.newText(redline);
    boolean[] kept = new boolean[text.length()];
    int at = 0;
    for (Segment s : redline) {
      if (s.op() == Op.EQUAL) {
        java.util.Arrays.fill(kept, at, at + s.text().length(), true);
      }
      at += s.op() == Op.EQUAL || s.op() == side ? s.text().length() : 0;
    }
    Matcher m = BREAK.matcher(text);
    int count = 0;
    while (m.find()) {
      int where = m.group().startsWith("\n") || m.group().startsWith("\r") ? m.start() : m.end();
      count += where < kept.length && kept[where] ? 1 : 0;
    }
    return count;
  }

  private static void debug(List<Segment> plain, List<Segment> readable) {
    Counts b = count(plain);
    Counts a = count(readable);
    if (a.islands > 0 || a.keptBreaks < b.keptBreaks) {
      System.out.println((a.keptBreaks < b.keptBreaks ? "COARSER " : "ISLANDS ") + b + a);
      System.out.println("BEFORE " + show(plain) + "\nAFTER  " + show(readable) + "\n");
    }
  }

  private static String show(List<Segment> r) {
    StringBuilder sb = new StringBuilder();
    for (Segment s : r) {
      sb.append(s.op() == Op.EQUAL ? "" : s.op() == Op.DELETE ? "[-" : "{+")
          .append(s.text())
          .append(s.op() == Op.EQUAL ? "" : s.op() == Op.DELETE ? "-]" : "+}");
    }
    return sb.toString();
  }

  static boolean hasEdits(List<Segment> redline) {
    return redline.stream().anyMatch(s -> s.op() != Op.EQUAL);
  }
}
