package io.github.plandiff.parse;

import io.github.plandiff.model.BlockKind;
import io.github.plandiff.model.Clause;
import io.github.plandiff.model.Document;
import io.github.plandiff.model.Draft;
import io.github.plandiff.model.Warning;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Parses the blocks of a document into a draft's clause tree.
 *
 * <p>Numbers in the text ("12.", "(b)", "Point 3", "SEC. 2.", "§ 4", "First,", "1.2.3") and numbers
 * a format supplies (list items) are both understood. A label opens a clause when it is the next
 * number of an open list, or the first number of a new nested list; a number that fits neither (an
 * amount or a year at the start of a wrapped line) stays text. Text before the first clause is the
 * preamble, a short line standing alone before a clause is that clause's heading, and an annex or a
 * signature block after the clauses is trailing text. Nothing of the source is dropped; what looks
 * irregular (a skipped or repeated number, points run together) is reported as a warning. See
 * {@code docs/parsing.md} for the rules and how clause ids are formed.
 *
 * <p>Stateless and thread-safe; parsing time is linear in the size of the document.
 */
public final class DraftParser {

  /**
   * The format whose list items hold all the text of its numbered units (USLM bills): there, text
   * between units heads the next unit, and text after the last is trailing text.
   */
  private static final String UNITS_HOLD_TEXT = "uslm";

  /** Creates a parser. */
  public DraftParser() {}

  /**
   * Parses a document.
   *
   * @param document what a reader produced, not null
   * @param label the draft's label, not null
   * @return the draft, never null; problems are warnings on it
   * @throws NullPointerException if an argument is null
   */
  public Draft parse(Document document, String label) {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(label, "label");
    List<Unit> units = Unit.of(document);
    LineJoiner joiner = LineJoiner.forUnits(units);
    boolean bill = UNITS_HOLD_TEXT.equals(document.format());
    TreeBuilder builder = new TreeBuilder(units, joiner, units.size(), bill).run();
    int cut = signatureBlock(units, builder);
    if (cut >= 0) {
      builder = new TreeBuilder(units, joiner, cut, bill).run();
    }
    List<Warning> warnings = new ArrayList<>(document.warnings());
    warnings.addAll(builder.warnings());
    List<Clause> clauses = new ArrayList<>();
    for (Node node : builder.root().children) {
      clauses.add(node.build());
    }
    Annexes.Parsed annexes = Annexes.parse(units, builder.trailingFrom(), joiner);
    clauses.addAll(annexes.clauses());
    warnings.addAll(annexes.warnings());
    List<Unit> trailing = units.subList(annexes.trailingFrom(), units.size());
    if (clauses.isEmpty()) {
      warnings.add(new Warning("", 0, "no numbered clauses found; the whole text is preamble"));
    } else if (trailing.isEmpty()) {
      truncation(units, warnings);
    }
    return new Draft(
        label,
        document.source(),
        document.format(),
        joiner.join(builder.preamble()),
        clauses,
        joiner.join(trailing),
        document.text(),
        warnings,
        builder.sections(),
        annexes.annexes());
  }

  /** The first paragraph after the last top-level clause's label that opens a signature block. */
  private static int signatureBlock(List<Unit> units, TreeBuilder builder) {
    List<Node> top = builder.root().children;
    if (top.isEmpty()) {
      return -1;
    }
    int from = Math.max(top.get(top.size() - 1).unitIndex, 0) + 1;
    for (int k = from; k < builder.trailingFrom(); k++) {
      Unit u = units.get(k);
      if (u.blankBefore()
          && u.kind() == BlockKind.TEXT
          && Cues.signature(u.text())
          && LabelScanner.scan(u.text()).isEmpty()) {
        return k;
      }
    }
    return -1;
  }

  private static void truncation(List<Unit> units, List<Warning> warnings) {
    Unit last = units.get(units.size() - 1);
    String t = last.text();
    char c = t.charAt(t.length() - 1);
    if (Character.isLetterOrDigit(c) || c == ',') {
      warnings.add(
          new Warning(
              "",
              last.line(),
              "the text ends in the middle of a sentence; the draft may be truncated"));
    }
  }
}
