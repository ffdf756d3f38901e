package io.github.plandiff.parse;

import java.util.List;
import java.util.Optional;

/** The label at the start of each unit, scanned once, and the checks that look at later units. */
final class UnitLabels {

  private final List<Unit> units;

  /** Units looked at for a confirming number; bounds the work per run-in point. */
  private static final int LOOKAHEAD = 40;

  private final LineJoiner joiner;
  private final int limit;
  private final Label[] labels;
  private final boolean[] scanned;

  UnitLabels(List<Unit> units, LineJoiner joiner, int limit) {
    this.units = units;
    this.joiner = joiner;
    this.limit = limit;
    this.labels = new Label[limit];
    this.scanned = new boolean[limit];
  }

  /** The label at the start of unit k, scanned once. */
  Optional<Label> label(int k) {
    if (!scanned[k]) {
      labels[k] = LabelScanner.scan(units.get(k).text()).orElse(null);
      scanned[k] = true;
    }
    return Optional.ofNullable(labels[k]);
  }

  /**
   * "Annex" on a line of its own in a draft without blank lines: a short title line with no label
   * and no final punctuation, followed by a labelled line.
   */
  boolean annexTitle(Unit u, int k) {
    return Cues.headingShape(u.text())
        && label(k).isEmpty()
        && k + 1 < limit
        && label(k + 1).isPresent();
  }

  /** Whether unit k, which has no label, stands alone as the heading of the next clause. */
  boolean standsAlone(Unit u, int k) {
    Unit next = next(k);
    return Headings.standsAlone(u, next, next != null && label(k + 1).isPresent());
  }

  /** Whether the rest of unit k's line after its keyword label is a title. */
  boolean keywordHeading(Unit u, Label l, String body, int k) {
    Unit next = next(k);
    return Headings.afterKeyword(
        u, l, body, next, next != null && label(k + 1).isPresent(), joiner);
  }

  /** "Article 1" alone, then "Sovereignty" alone, then the text: the second line is a title. */
  boolean titleBelow(Label l, int k) {
    if (l.keyword().isEmpty() || k + 2 >= limit) {
      return false;
    }
    Unit title = units.get(k + 1);
    Unit text = units.get(k + 2);
    return title.isText()
        && text.isText()
        && label(k + 1).isEmpty()
        && label(k + 2).isEmpty()
        && Cues.headingShape(title.text())
        && !joiner.softWrap(title.text(), text.text());
  }

  /**
   * The value of the first plain arabic label after unit k (typed, or given by a list item),
   * looking at a bounded number of units, or -1: what confirms a point run into a sentence after a
   * space.
   */
  int nextArabic(int k) {
    for (int j = k + 1; j < Math.min(limit, k + 1 + LOOKAHEAD); j++) {
      Optional<Label> l = shown(j);
      if (l.isPresent() && l.get().keyword().isEmpty()) {
        for (Label.Reading r : l.get().readings()) {
          if (r.scheme() == NumberingScheme.ARABIC) {
            return r.value();
          }
        }
      }
    }
    return -1;
  }

  /**
   * Where the expected next point starts inside a line: right after a sentence end, or one space
   * after it when the number after it (later on the line, or the next numbered line) is the one
   * after the expected one, so that the sequence shows the point is there.
   */
  int runIn(String text, int from, int expected, int k) {
    int tight = RunTogether.find(text, from, expected);
    if (tight > 0) {
      return tight;
    }
    int spaced = RunTogether.find(text, from, expected, true);
    if (spaced < 0) {
      return -1;
    }
    boolean onLine =
        RunTogether.find(text, spaced, expected + 1) > 0
            || RunTogether.find(text, spaced, expected + 1, true) > 0;
    return onLine || nextArabic(k) == expected + 1 ? spaced : -1;
  }

  /** The label unit k shows: the one a list item's format gives, or the one typed at its start. */
  Optional<Label> shown(int k) {
    Optional<String> given = units.get(k).label();
    return given.isPresent() ? LabelScanner.scan(given.get().strip()) : label(k);
  }

  private Unit next(int k) {
    return k + 1 < limit ? units.get(k + 1) : null;
  }
}
