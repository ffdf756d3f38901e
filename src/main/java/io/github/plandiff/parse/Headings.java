package io.github.plandiff.parse;

import io.github.plandiff.model.BlockKind;

/** Whether a line is a heading: alone before a clause, or the title after a keyword label. */
final class Headings {

  private static final int MAX_WORDS = 8;

  private Headings() {}

  /**
   * A short line, or a note in brackets, standing alone between blank lines right before a label:
   * the next clause's heading ("Security", "2025 framework", "(Point 3 has been deleted.)").
   *
   * @param u the line, with no label of its own
   * @param next the unit after it, or null
   * @param nextLabelled whether the next unit starts with a label
   */
  static boolean standsAlone(Unit u, Unit next, boolean nextLabelled) {
    if (u.kind() == BlockKind.HEADING) {
      return true;
    }
    if (!u.blankBefore() || next == null) {
      return false;
    }
    boolean nextOpens = next.kind() != BlockKind.TEXT || nextLabelled;
    boolean apart = next.blankBefore() || next.kind() != BlockKind.TEXT;
    return nextOpens && apart && (Cues.headingShape(u.text()) || Cues.note(u.text()));
  }

  /**
   * The rest of a keyword label's line is a title, not text: "Point 2 — Security" or "Article 1.
   * Sovereignty" over a paragraph, or "SEC. 2. DEFINITIONS.".
   *
   * @param u the label's line
   * @param label the keyword label
   * @param body the line after the label
   * @param next the unit after the line, or null
   * @param nextLabelled whether the next unit starts with a label
   * @param joiner the source's line joiner, to tell a short title from a wrapped line
   */
  static boolean afterKeyword(
      Unit u, Label label, String body, Unit next, boolean nextLabelled, LineJoiner joiner) {
    if (label.keyword().isEmpty() || body.isEmpty() || body.length() > 2 * Cues.MAX_HEADING) {
      return false;
    }
    if (Cues.capitals(body)) {
      return true;
    }
    if (!Cues.headingShape(body) || words(body) > MAX_WORDS || next == null) {
      return false;
    }
    return next.isText()
        && !nextLabelled
        && !joiner.mayWrap(u.text(), next.text())
        && !Character.isLowerCase(next.text().charAt(0));
  }

  private static int words(String text) {
    int n = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == ' ') {
        n++;
      }
    }
    return n;
  }
}
