package io.github.plandiff.parse;

import io.github.plandiff.model.Annex;
import io.github.plandiff.model.BlockKind;
import io.github.plandiff.model.Clause;
import io.github.plandiff.model.Span;
import io.github.plandiff.model.Warning;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the annexes, appendices and schedules after a draft's main body: each runs from its title
 * line to the next annex title or a signature block, and its points, numbered afresh, become
 * clauses whose ids start with the annex's id ({@code Annex I/1}). What follows the last annex
 * (signatures) stays trailing text.
 */
final class Annexes {

  /**
   * What the annexes hold.
   *
   * @param clauses their top-level clauses, in source order
   * @param annexes the annexes
   * @param warnings what parsing them noticed
   * @param trailingFrom the index of the first unit after the last annex
   */
  record Parsed(
      List<Clause> clauses, List<Annex> annexes, List<Warning> warnings, int trailingFrom) {}

  private final List<Unit> units;
  private final LineJoiner joiner;
  private final Ids ids = new Ids();
  private final List<Clause> clauses = new ArrayList<>();
  private final List<Annex> annexes = new ArrayList<>();
  private final List<Warning> warnings = new ArrayList<>();

  private Annexes(List<Unit> units, LineJoiner joiner) {
    this.units = units;
    this.joiner = joiner;
  }

  /**
   * Reads the annexes that start at a unit.
   *
   * @param units all units of the document
   * @param from the first unit after the main body
   * @param joiner the document's line joiner
   * @return the annexes; none when the unit at {@code from} is no annex title
   */
  static Parsed parse(List<Unit> units, int from, LineJoiner joiner) {
    Annexes work = new Annexes(units, joiner);
    int k = from;
    while (k < units.size() && Cues.annex(units.get(k).text())) {
      k = work.annex(k);
    }
    return new Parsed(work.clauses, work.annexes, work.warnings, k);
  }

  /** Reads the annex whose title is unit k; returns the index after it. */
  private int annex(int k) {
    int end = end(k);
    Unit title = units.get(k);
    String id = ids.unique(id(title.text()));
    List<Unit> body = units.subList(k + 1, end);
    TreeBuilder builder = new TreeBuilder(body, joiner, body.size(), false).annex(id + "/").run();
    List<String> own = new ArrayList<>();
    for (Node node : builder.root().children) {
      Clause clause = node.build();
      clauses.add(clause);
      own.add(clause.id());
    }
    List<Unit> text = new ArrayList<>(builder.preamble());
    text.addAll(body.subList(builder.trailingFrom(), body.size()));
    Unit last = units.get(end - 1);
    Span span =
        new Span(title.start(), Math.max(title.start(), last.end()), title.line(), last.line());
    annexes.add(new Annex(id, title.printed(), joiner.join(text), own, span));
    warnings.addAll(builder.warnings());
    return end;
  }

  /** The next annex title or signature block after unit k, or the end. */
  private int end(int k) {
    for (int j = k + 1; j < units.size(); j++) {
      Unit u = units.get(j);
      boolean apart = u.blankBefore() || u.kind() == BlockKind.HEADING;
      if (apart && u.kind() != BlockKind.LIST_ITEM && Cues.annex(u.text())) {
        return j;
      }
      if (u.blankBefore()
          && u.kind() == BlockKind.TEXT
          && Cues.signature(u.text())
          && LabelScanner.scan(u.text()).isEmpty()) {
        return j;
      }
    }
    return units.size();
  }

  /**
   * The keyword of a title, capitalised, and its number if one follows: "ANNEX I. Exchange" gives
   * "Annex I", "Schedule 2 —" gives "Schedule 2", "Annex" alone gives "Annex".
   */
  static String id(String title) {
    String t = title.strip();
    int end = 0;
    while (end < t.length() && Character.isLetter(t.charAt(end))) {
      end++;
    }
    String word = t.substring(0, end);
    String keyword =
        word.isEmpty()
            ? "Annex"
            : word.substring(0, 1).toUpperCase(Locale.ROOT)
                + word.substring(1).toLowerCase(Locale.ROOT);
    int from = end;
    while (from < t.length() && Character.isWhitespace(t.charAt(from))) {
      from++;
    }
    int to = from;
    while (to < t.length() && Character.isLetterOrDigit(t.charAt(to))) {
      to++;
    }
    String number = t.substring(from, to);
    boolean ends = to == t.length() || !Character.isLetterOrDigit(t.charAt(to));
    return from > end && ends && isNumber(number) ? keyword + " " + number : keyword;
  }

  private static boolean isNumber(String token) {
    if (token.isEmpty() || token.length() > 8) {
      return false;
    }
    boolean digits = token.chars().allMatch(Character::isDigit);
    boolean roman = token.chars().allMatch(c -> "IVXLC".indexOf(c) >= 0);
    boolean letter = token.length() == 1 && Character.isUpperCase(token.charAt(0));
    boolean mixed =
        Character.isDigit(token.charAt(0)) && token.chars().allMatch(Character::isLetterOrDigit);
    return digits || roman || letter || mixed;
  }
}
