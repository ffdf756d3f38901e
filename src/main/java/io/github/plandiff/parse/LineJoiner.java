package io.github.plandiff.parse;

import io.github.plandiff.parse.DraftParser.Line;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Decides whether a line break in a source is a soft wrap (joined with a space) or a real break
 * (kept as {@code \n}). A source counts as hard-wrapped when its lines end near one width; a break
 * is then a wrap when the next line's first word would not have fitted on the line before.
 */
final class LineJoiner {

  private static final Pattern ITEM_START = Pattern.compile(
      "^\\s*(?:[\\-\u2013\u2014\u2022\u25AA\u25CF*>\u2192]\\s|\\(?[a-zA-Z]{1,4}[.)]\\s|\\(\\w{1,4}\\)\\s)");

  private final int width;

  private LineJoiner(int width) {
    this.width = width;
  }

  static LineJoiner forLines(List<Line> lines) {
    int max = 0;
    int count = 0;
    for (Line line : lines) {
      if (!line.blank()) {
        max = Math.max(max, line.text().strip().length());
        count++;
      }
    }
    if (max == 0 || max > 120) {
      return new LineJoiner(0);
    }
    int near = 0;
    for (Line line : lines) {
      if (!line.blank() && line.text().strip().length() >= max - 15) {
        near++;
      }
    }
    return near * 4 >= count ? new LineJoiner(max) : new LineJoiner(0);
  }

  void append(StringBuilder text, Line previous, Line next, boolean blankBefore) {
    String line = next.text().strip();
    if (text.length() == 0) {
      text.append(line);
      return;
    }
    if (!blankBefore && isWrap(previous.text().strip(), line)) {
      text.append(' ');
    } else {
      text.append('\n');
    }
    text.append(line);
  }

  String join(List<Line> lines, int from, int to) {
    StringBuilder sb = new StringBuilder();
    int prev = -1;
    for (int k = from; k < to; k++) {
      Line line = lines.get(k);
      if (line.blank()) {
        continue;
      }
      if (sb.length() == 0) {
        sb.append(line.text().strip());
      } else {
        append(sb, lines.get(prev), line, k > prev + 1);
      }
      prev = k;
    }
    return sb.toString();
  }

  private boolean isWrap(String previous, String next) {
    if (width == 0 || ITEM_START.matcher(next).find()) {
      return false;
    }
    int firstWord = next.indexOf(' ');
    int wordLength = firstWord < 0 ? next.length() : firstWord;
    return previous.length() + 1 + wordLength > width - 2;
  }
}
