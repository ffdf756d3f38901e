package io.github.plandiff.parse;

import io.github.plandiff.parse.DraftParser.ClauseBuilder;
import io.github.plandiff.parse.DraftParser.Line;
import java.util.List;

/**
 * Finds section headings: a short line standing alone between blank lines, without final
 * punctuation, right before a clause. Such a heading becomes the clause's heading and is removed
 * from the text before it.
 */
final class Headings {

  private static final int MAX_LENGTH = 60;

  private Headings() {}

  static String[] find(List<Line> lines, List<ClauseBuilder> built, int firstClauseLine) {
    String[] headings = new String[built.size()];
    for (int c = 0; c < built.size(); c++) {
      int labelLine = built.get(c).first.index();
      int h = lineOfHeadingBefore(lines, labelLine);
      if (h >= 0 && h < labelLine && (c > 0 || h > firstNonBlank(lines))) {
        headings[c] = lines.get(h).text().strip();
        if (c > 0) {
          int at = h;
          built.get(c - 1).more.removeIf(k -> k == at);
        }
      }
    }
    return headings;
  }

  /** Returns the index of the heading line before a clause's label line, or that line itself. */
  static int lineOfHeadingBefore(List<Line> lines, int labelLine) {
    int k = labelLine - 1;
    if (k < 0 || !lines.get(k).blank()) {
      return labelLine;
    }
    while (k >= 0 && lines.get(k).blank()) {
      k--;
    }
    if (k < 0) {
      return labelLine;
    }
    boolean alone = k == 0 || lines.get(k - 1).blank();
    String text = lines.get(k).text().strip();
    boolean looksLikeHeading = alone
        && text.length() <= MAX_LENGTH
        && !DraftParser.endsSentence(lines.get(k))
        && !text.endsWith(",")
        && Character.isUpperCase(text.codePointAt(0));
    return looksLikeHeading ? k : labelLine;
  }

  private static int firstNonBlank(List<Line> lines) {
    for (Line line : lines) {
      if (!line.blank()) {
        return line.index();
      }
    }
    return -1;
  }
}
