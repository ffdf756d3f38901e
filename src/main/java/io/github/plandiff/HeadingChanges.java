package io.github.plandiff;

import io.github.plandiff.model.Annex;
import io.github.plandiff.model.Clause;
import io.github.plandiff.model.ClauseChange;
import io.github.plandiff.model.Draft;
import io.github.plandiff.model.HeadingChange;
import io.github.plandiff.model.HeadingKind;
import io.github.plandiff.model.Relation;
import io.github.plandiff.model.Section;
import io.github.plandiff.model.TextNorm;
import io.github.plandiff.redline.RedlineEngine;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares the text of two drafts outside their clauses' own text: the preamble, the section
 * headings, the annexes' titles and texts, the clauses' headings and the trailing text. Sections
 * and annexes are paired first by equal text (or equal annex id), then by the clauses they hold
 * that the clause changes pair; what stays unpaired is added or removed. Each heading change stands
 * before the clause change that holds the first clause under it.
 */
final class HeadingChanges {

  private final Draft oldDraft;
  private final Draft newDraft;
  private final List<ClauseChange> changes;
  private final RedlineEngine engine = new RedlineEngine();
  private final Map<String, Clause> oldClauses;
  private final Map<String, Clause> newClauses;

  /** For each clause id of either side ("o:" or "n:" and the id), its top-level change's index. */
  private final Map<String, Integer> position = new HashMap<>();

  private final List<HeadingChange> out = new ArrayList<>();

  private HeadingChanges(Draft oldDraft, Draft newDraft, List<ClauseChange> changes) {
    this.oldDraft = oldDraft;
    this.newDraft = newDraft;
    this.changes = changes;
    this.oldClauses = byId(oldDraft);
    this.newClauses = byId(newDraft);
    for (int i = 0; i < changes.size(); i++) {
      index(changes.get(i), i);
    }
  }

  /**
   * The heading changes of a comparison, ordered by position, then by kind, then by source order.
   *
   * @param oldDraft the old draft
   * @param newDraft the new draft
   * @param changes the clause changes, in the comparison's order
   * @return the heading changes
   */
  static List<HeadingChange> of(Draft oldDraft, Draft newDraft, List<ClauseChange> changes) {
    HeadingChanges work = new HeadingChanges(oldDraft, newDraft, changes);
    work.text(HeadingKind.PREAMBLE, oldDraft.preamble(), newDraft.preamble(), 0);
    work.annexes();
    work.sections();
    for (int i = 0; i < changes.size(); i++) {
      work.clauseHeadings(changes.get(i), i);
    }
    work.text(HeadingKind.TRAILING, oldDraft.trailing(), newDraft.trailing(), changes.size());
    List<HeadingChange> sorted = new ArrayList<>(work.out);
    sorted.sort(
        Comparator.comparingInt(HeadingChange::position)
            .thenComparing(HeadingChange::kind)); // stable: source order within a kind
    return sorted;
  }

  private void index(ClauseChange change, int i) {
    for (String id : change.match().oldIds()) {
      position.putIfAbsent("o:" + id, i);
    }
    for (String id : change.match().newIds()) {
      position.putIfAbsent("n:" + id, i);
    }
    for (ClauseChange child : change.children()) {
      index(child, i);
    }
  }

  /** Text without ids (preamble, trailing), when either side has some. */
  private void text(HeadingKind kind, String oldText, String newText, int at) {
    if (!oldText.isEmpty() || !newText.isEmpty()) {
      add(kind, new Entry(List.of(), List.of(), oldText, newText, at, at));
    }
  }

  /** A section or an annex, as compared. */
  private record Part(String id, String text, List<String> clauses) {}

  private void sections() {
    List<Part> olds = new ArrayList<>();
    for (Section s : oldDraft.sections()) {
      olds.add(new Part(s.id(), sectionText(s), s.clauses()));
    }
    List<Part> news = new ArrayList<>();
    for (Section s : newDraft.sections()) {
      news.add(new Part(s.id(), sectionText(s), s.clauses()));
    }
    parts(HeadingKind.SECTION, olds, news, false);
  }

  private void annexes() {
    List<Part> olds = new ArrayList<>();
    for (Annex a : oldDraft.annexes()) {
      olds.add(new Part(a.id(), annexText(a), a.clauses()));
    }
    List<Part> news = new ArrayList<>();
    for (Annex a : newDraft.annexes()) {
      news.add(new Part(a.id(), annexText(a), a.clauses()));
    }
    parts(HeadingKind.ANNEX, olds, news, true);
  }

  /** A section's heading as printed: its number, if any, and its title. */
  private static String sectionText(Section s) {
    return s.label().isEmpty() ? s.title() : s.label() + " " + s.title();
  }

  private static String annexText(Annex a) {
    return a.text().isEmpty() ? a.title() : a.title() + "\n" + a.text();
  }

  /** Pairs the parts of both sides and adds a change for each pair and each part left alone. */
  private void parts(HeadingKind kind, List<Part> olds, List<Part> news, boolean byId) {
    int[] pair = HeadingPairing.pair(side(olds, "o:", byId), side(news, "n:", byId));
    boolean[] used = new boolean[olds.size()];
    for (int i : pair) {
      if (i >= 0) {
        used[i] = true;
      }
    }
    for (int j = 0; j < news.size(); j++) {
      Part n = news.get(j);
      int at = at("n:", n.clauses());
      if (pair[j] >= 0) {
        Part o = olds.get(pair[j]);
        int oldAt = at("o:", o.clauses());
        add(kind, new Entry(List.of(o.id()), List.of(n.id()), o.text(), n.text(), at, oldAt));
      } else {
        add(kind, new Entry(List.of(), List.of(n.id()), "", n.text(), at, at));
      }
    }
    for (int i = 0; i < olds.size(); i++) {
      if (!used[i]) {
        Part o = olds.get(i);
        int oldAt = at("o:", o.clauses());
        add(kind, new Entry(List.of(o.id()), List.of(), o.text(), "", oldAt, oldAt));
      }
    }
  }

  private HeadingPairing.Side side(List<Part> parts, String prefix, boolean byId) {
    List<String> ids = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    List<List<Integer>> positions = new ArrayList<>();
    for (Part p : parts) {
      ids.add(p.id());
      texts.add(TextNorm.forComparison(p.text()));
      List<Integer> at = new ArrayList<>();
      for (String id : p.clauses()) {
        Integer i = position.get(prefix + id);
        if (i != null) {
          at.add(i);
        }
      }
      positions.add(at);
    }
    return new HeadingPairing.Side(byId ? ids : List.of(), texts, positions);
  }

  /** The position of the first change that holds one of the clauses, or after the last change. */
  private int at(String side, List<String> clauses) {
    int at = changes.size();
    for (String id : clauses) {
      at = Math.min(at, position.getOrDefault(side + id, changes.size()));
    }
    return at;
  }

  /** The headings of the clauses of one change and of its sub-clause changes. */
  private void clauseHeadings(ClauseChange change, int at) {
    String oldText = headings(change.match().oldIds(), oldClauses);
    String newText = headings(change.match().newIds(), newClauses);
    if (!oldText.isEmpty() || !newText.isEmpty()) {
      add(
          HeadingKind.CLAUSE,
          new Entry(change.match().oldIds(), change.match().newIds(), oldText, newText, at, at));
    }
    for (ClauseChange child : change.children()) {
      clauseHeadings(child, at);
    }
  }

  private static String headings(List<String> ids, Map<String, Clause> clauses) {
    StringBuilder sb = new StringBuilder();
    for (String id : ids) {
      Clause c = clauses.get(id);
      if (c != null && c.heading().isPresent()) {
        if (sb.length() > 0) {
          sb.append('\n');
        }
        sb.append(c.heading().get());
      }
    }
    return sb.toString();
  }

  private static boolean same(String a, String b) {
    return TextNorm.forComparison(a).equals(TextNorm.forComparison(b));
  }

  /** One heading change before its relation and redline are worked out. */
  private record Entry(
      List<String> oldIds,
      List<String> newIds,
      String oldText,
      String newText,
      int at,
      int oldAt) {}

  private void add(HeadingKind kind, Entry e) {
    Relation relation =
        e.oldText().isEmpty()
            ? Relation.ADDED
            : e.newText().isEmpty()
                ? Relation.REMOVED
                : same(e.oldText(), e.newText()) ? Relation.UNCHANGED : Relation.REWORDED;
    out.add(
        new HeadingChange(
            kind,
            relation,
            e.oldIds(),
            e.newIds(),
            engine.redline(e.oldText(), e.newText()),
            e.at(),
            e.oldAt()));
  }

  private static Map<String, Clause> byId(Draft draft) {
    Map<String, Clause> byId = new HashMap<>();
    for (Clause c : draft.allClauses()) {
      byId.put(c.id(), c);
    }
    return byId;
  }
}
