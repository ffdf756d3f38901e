package io.github.plandiff.parse;

import io.github.plandiff.model.BlockKind;
import io.github.plandiff.parse.Label.Reading;
import java.util.List;
import java.util.Optional;

/**
 * Whether a labelled line is the heading of a section whose points are numbered on through all
 * sections: "I. SECURITY", "B. Economy", "Part 2 — Reconstruction" on a line of its own, right
 * above a plainly numbered point, when after the next section's heading the points do not start
 * again at 1. Such a line opens no clause, so that points 3 and 4 under "II." stay points.
 */
final class SectionLabels {

  /** What the numbering after the next heading of the same style says. */
  enum Numbering {
    CONTINUES,
    RESTARTS,
    UNKNOWN
  }

  private static final List<String> KEYWORDS =
      List.of(
          "part",
          "section",
          "chapter",
          "\u0440\u043E\u0437\u0434\u0456\u043B",
          "\u0440\u0430\u0437\u0434\u0435\u043B");

  private final List<Unit> units;
  private final UnitLabels labels;
  private final int limit;

  SectionLabels(List<Unit> units, UnitLabels labels, int limit) {
    this.units = units;
    this.labels = labels;
    this.limit = limit;
  }

  /**
   * The reading by which unit k heads a section, or empty when it does not: the points after the
   * next heading of the same style go on numbering, or there is no such heading and the point after
   * this one continues the points before it.
   *
   * @param k the unit
   * @param lastPoint the value of the last top-level point before unit k, 0 when there is none
   */
  Optional<Reading> section(int k, int lastPoint) {
    Unit u = units.get(k);
    Optional<Label> label = labels.label(k);
    if (u.kind() == BlockKind.LIST_ITEM || label.isEmpty() || k + 1 >= limit) {
      return Optional.empty();
    }
    Label l = label.get();
    if (!title(body(u, l)) || !plainArabic(labels.shown(k + 1))) {
      return Optional.empty();
    }
    Reading unknown = null;
    for (Reading r : l.readings()) {
      boolean scheme =
          r.scheme() == NumberingScheme.UPPER_ROMAN || r.scheme() == NumberingScheme.UPPER_LETTER;
      if (scheme && l.keyword().isEmpty() || KEYWORDS.contains(l.keyword())) {
        Numbering after = after(k, r);
        if (after == Numbering.CONTINUES) {
          return Optional.of(r);
        }
        if (after == Numbering.RESTARTS) {
          return Optional.empty();
        }
        if (after == Numbering.UNKNOWN && unknown == null) {
          unknown = r;
        }
      }
    }
    return firstNumberAfter(k) == lastPoint + 1 ? Optional.ofNullable(unknown) : Optional.empty();
  }

  /**
   * Whether the points go on numbering after the next heading of the same style as unit k's: the
   * first plain number after it is not 1. Stops at the next label of that style.
   */
  private Numbering after(int k, Reading r) {
    Label.Style style = labels.label(k).get().style(r);
    for (int j = k + 1; j < limit; j++) {
      Optional<Label> l = labels.label(j);
      if (l.isPresent()
          && units.get(j).kind() != BlockKind.LIST_ITEM
          && sameStyle(l.get(), style)) {
        return firstNumberAfter(j) == 1 ? Numbering.RESTARTS : Numbering.CONTINUES;
      }
    }
    return Numbering.UNKNOWN;
  }

  static String body(Unit u, Label l) {
    return u.text().substring(Math.min(l.bodyStart(), u.text().length())).strip();
  }

  private int firstNumberAfter(int j) {
    for (int i = j + 1; i < limit; i++) {
      Optional<Label> l = labels.shown(i);
      if (plainArabic(l)) {
        for (Reading r : l.get().readings()) {
          if (r.scheme() == NumberingScheme.ARABIC) {
            return r.value();
          }
        }
      }
    }
    return -1;
  }

  private static boolean sameStyle(Label l, Label.Style style) {
    for (Reading r : l.readings()) {
      if (l.style(r).compatible(style)) {
        return true;
      }
    }
    return false;
  }

  private static boolean title(String body) {
    if (body.isEmpty() || body.length() > Cues.MAX_HEADING) {
      return false;
    }
    return Cues.headingShape(body) || Cues.capitals(body);
  }

  private static boolean plainArabic(Optional<Label> l) {
    if (l.isEmpty() || !l.get().keyword().isEmpty()) {
      return false;
    }
    for (Reading r : l.get().readings()) {
      if (r.scheme() == NumberingScheme.ARABIC) {
        return true;
      }
    }
    return false;
  }
}
