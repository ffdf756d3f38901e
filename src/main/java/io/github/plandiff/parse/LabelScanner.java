package io.github.plandiff.parse;

import static io.github.plandiff.parse.LabelSeparators.skipSpace;
import static io.github.plandiff.parse.LabelSeparators.spaceOrEnd;

import io.github.plandiff.parse.Label.Punctuation;
import io.github.plandiff.parse.Label.Reading;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Recognises a clause label at the start of a string: a bullet, a keyword label ({@link
 * KeywordLabels}), a number or letter in parentheses, or a numbered label ({@link NumberedLabels}),
 * tried in that order. A hand-written scanner rather than a regular expression: every loop is
 * bounded (at most {@value LabelNumbers#MAX_DIGITS} digits, {@value LabelNumbers#MAX_LEVELS}
 * levels, {@value NumberedLabels#MAX_LETTERS} letters), so scanning costs a bounded number of steps
 * whatever the input. Whether a label found here really starts a clause is for {@link TreeBuilder}
 * to decide.
 */
final class LabelScanner {

  private static final String BULLETS = "-\u2013\u2014\u2022\u25AA\u25CF\u25E6\u2192\u00B7*";

  private LabelScanner() {}

  /**
   * Scans the start of a line or paragraph for a label.
   *
   * @param text the text, not null; leading white space is skipped
   * @return the label, or empty when the text does not start with one
   */
  static Optional<Label> scan(String text) {
    int i = skipSpace(text, 0);
    if (i >= text.length()) {
      return Optional.empty();
    }
    Label label = bullet(text, i);
    if (label == null) {
      label = KeywordLabels.at(text, i);
    }
    if (label == null && text.charAt(i) == '(') {
      label = parenthesised(text, i);
    }
    if (label == null) {
      label = NumberedLabels.at(text, i);
    }
    return Optional.ofNullable(label);
  }

  /**
   * Reads a label that a format supplies (a list item's number or bullet).
   *
   * @param printed the label, not null
   * @return the label, or empty when it is no number or bullet the scanner knows
   */
  static Optional<Label> parsePrinted(String printed) {
    String p = printed.strip();
    if (p.length() == 1 && BULLETS.indexOf(p.charAt(0)) >= 0) {
      return Optional.of(bulletLabel(p, p.length()));
    }
    return scan(p + " ");
  }

  private static Label bullet(String s, int i) {
    char c = s.charAt(i);
    if (BULLETS.indexOf(c) < 0 || !spaceOrEnd(s, i + 1)) {
      return null;
    }
    return bulletLabel(String.valueOf(c), skipSpace(s, i + 1));
  }

  private static Label bulletLabel(String c, int bodyStart) {
    return new Label(
        c,
        bodyStart,
        Punctuation.NONE,
        c,
        List.of(new Reading(NumberingScheme.BULLET, 0, "")),
        List.of());
  }

  private static Label parenthesised(String s, int i) {
    int j = i + 1;
    List<Reading> readings = new ArrayList<>();
    int end = LabelNumbers.token(s, j, readings);
    if (end < 0 || end >= s.length() || s.charAt(end) != ')' || !spaceOrEnd(s, end + 1)) {
      return null;
    }
    return new Label(
        s.substring(i, end + 1),
        skipSpace(s, end + 1),
        Punctuation.PARENS,
        "",
        readings,
        List.of());
  }
}
