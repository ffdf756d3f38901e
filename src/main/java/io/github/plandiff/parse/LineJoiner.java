package io.github.plandiff.parse;

import java.util.List;

/**
 * Decides whether a line break in a source is a soft wrap (joined with a space) or a real break
 * (kept as {@code \n}). A source counts as hard-wrapped when its lines end near one width; a break
 * is then a wrap when the next line's first word would not have fitted on the line before.
 */
final class LineJoiner {

  private static final int MAX_WIDTH = 120;
  private static final int NEAR = 15;
  private static final int MIN_WIDTH = 40;
  private static final int MIN_WRAPS = 3;

  private final int width;
  private final int longest;

  private LineJoiner(int width, int longest) {
    this.width = width;
    this.longest = longest;
  }

  static LineJoiner forUnits(List<Unit> units) {
    int max = 0;
    int count = 0;
    for (Unit u : units) {
      if (u.isText()) {
        max = Math.max(max, u.text().length());
        count++;
      }
    }
    if (max < MIN_WIDTH || max > MAX_WIDTH) {
      return new LineJoiner(0, max);
    }
    // a hard-wrapped source breaks many sentences in the middle, close to one width
    int wraps = 0;
    for (int k = 0; k + 1 < units.size(); k++) {
      Unit u = units.get(k);
      Unit next = units.get(k + 1);
      if (u.isText()
          && next.isText()
          && !next.blankBefore()
          && u.text().length() >= max - NEAR
          && !Cues.endsClause(u.text())
          && LabelScanner.scan(next.text()).isEmpty()) {
        wraps++;
      }
    }
    return new LineJoiner(wraps >= MIN_WRAPS && wraps * 5 >= count ? max : 0, max);
  }

  /** Whether the source is hard-wrapped at all. */
  boolean wrapped() {
    return width > 0;
  }

  /**
   * Whether {@code next} continues the sentence on {@code previous}: the source is wrapped, the
   * previous line was full and the next line starts with no label.
   */
  boolean isWrap(String previous, String next) {
    return fills(previous, next) && LabelScanner.scan(next).isEmpty();
  }

  /** Whether the next line's first word would not have fitted on the previous line. */
  boolean fills(String previous, String next) {
    if (width == 0) {
      return false;
    }
    int space = next.indexOf(' ');
    int word = space < 0 ? next.length() : space;
    return previous.length() + 1 + word > width - 2;
  }

  /**
   * Whether the break could be a wrap even in a source not recognised as wrapped: the next line's
   * first word would not have fitted within the longest line of the source.
   */
  boolean mayWrap(String previous, String next) {
    int space = next.indexOf(' ');
    int word = space < 0 ? next.length() : space;
    return previous.length() + 1 + word > longest - 2;
  }

  /**
   * Whether a line continues the one before: a soft wrap in a wrapped source, or, in any source, a
   * line that broke off mid-sentence where the next word would not have fitted.
   */
  boolean softWrap(String previous, String next) {
    return fills(previous, next) || !Cues.endsClause(previous) && mayWrap(previous, next);
  }

  /**
   * Whether a unit starts a paragraph, where a new list may open, rather than a wrapped line.
   *
   * @param u the unit
   * @param previousText the text of the unit before, or null
   */
  boolean startsParagraph(Unit u, String previousText) {
    if (!u.isText() || u.blankBefore() || previousText == null || !wrapped()) {
      return true;
    }
    return Cues.endsClause(previousText) || !fills(previousText, u.text());
  }

  /**
   * Joins units into text: soft wraps with a space, other breaks with {@code \n}. A list item's
   * label, which the format supplied apart from the text, is put back before its text, so that an
   * annex numbered by Word reads as it is printed ("1. The agreement…").
   */
  String join(List<Unit> units) {
    StringBuilder sb = new StringBuilder();
    Unit prev = null;
    for (Unit u : units) {
      if (prev != null) {
        sb.append(!u.blankBefore() && isWrap(prev.text(), u.text()) ? ' ' : '\n');
      }
      sb.append(u.printed());
      prev = u;
    }
    return sb.toString();
  }
}
