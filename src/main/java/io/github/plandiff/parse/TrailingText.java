package io.github.plandiff.parse;

import io.github.plandiff.parse.DraftParser.ClauseBuilder;
import io.github.plandiff.parse.DraftParser.Line;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds where the text after the last clause stops belonging to it: the first paragraph after a
 * blank line that opens a signature block or an annex.
 */
final class TrailingText {

  private TrailingText() {}

  static int start(List<Line> lines, ClauseBuilder last, Pattern cue) {
    int prev = last.first.index();
    for (int k : last.more) {
      boolean afterBlank = k > prev + 1;
      if (afterBlank && cue.matcher(lines.get(k).text().strip()).matches()) {
        return k;
      }
      prev = k;
    }
    return lines.size();
  }
}
