package io.github.plandiff.history;

import io.github.plandiff.model.Clause;
import io.github.plandiff.model.ClauseChange;
import io.github.plandiff.model.ClauseMatch;
import io.github.plandiff.model.Comparison;
import io.github.plandiff.model.Draft;
import io.github.plandiff.model.Relation;
import io.github.plandiff.model.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Links clauses added in a draft to clauses removed in earlier drafts. The removed clauses, in
 * their last wording, are appended to the older draft and the result is compared with the newer
 * one; keeping the older draft's clauses in the comparison gives the similarity measure the same
 * context (word weights, competing candidates) as the ordinary comparison.
 */
final class Restorer {

  /** Ids of the appended clauses start with a character no numbering path contains. */
  private static final String PREFIX = "\u0000removed-";

  /** Receives each restoration. */
  interface Sink {
    void restored(Chain chain, String newId, ClauseChange change);
  }

  private final Draft older;
  private final Draft newer;
  private final int draft;
  private final DraftComparer comparer;

  Restorer(Draft older, Draft newer, int draft, DraftComparer comparer) {
    this.older = older;
    this.newer = newer;
    this.draft = draft;
    this.comparer = comparer;
  }

  /**
   * Restores what it can and removes the restored ids from {@code added}.
   *
   * @param chains all chains, in creation order
   * @param added ids of the newer draft's clauses that nothing continues yet
   * @param minSimilarity the least similarity of a restoration
   * @param sink told of each restoration
   */
  void restore(List<Chain> chains, List<String> added, double minSimilarity, Sink sink) {
    Map<String, Chain> dormant = new HashMap<>();
    List<Clause> clauses = new ArrayList<>(older.clauses());
    for (Chain chain : chains) {
      if (chain.dormantBefore(draft) && !chain.lastClauses().isEmpty()) {
        String id = PREFIX + dormant.size();
        dormant.put(id, chain);
        clauses.add(asOneClause(id, chain.lastClauses()));
      }
    }
    if (dormant.isEmpty() || added.isEmpty()) {
      return;
    }
    Draft candidates =
        new Draft(
            older.label(),
            older.source(),
            older.format(),
            older.preamble(),
            clauses,
            older.trailing(),
            older.text(),
            List.of());
    Comparison comparison = comparer.compare(candidates, newer);
    for (ClauseChange change : comparison.changes()) {
      ClauseMatch match = change.match();
      boolean oneToOne =
          match.relation() == Relation.UNCHANGED || match.relation() == Relation.REWORDED;
      if (!oneToOne
          || match.oldIds().size() != 1
          || match.newIds().size() != 1
          || match.similarity() < minSimilarity) {
        continue;
      }
      Chain chain = dormant.remove(match.oldIds().get(0));
      String newId = match.newIds().get(0);
      if (chain != null && added.remove(newId)) {
        sink.restored(chain, newId, relabel(change, chain, newId));
      }
    }
  }

  private static Clause asOneClause(String id, List<Clause> parts) {
    StringBuilder text = new StringBuilder();
    for (Clause part : parts) {
      if (text.length() > 0) {
        text.append('\n');
      }
      text.append(part.fullText());
    }
    Clause first = parts.get(0);
    // The clause lies in another draft's text, so it claims no span of this one.
    return new Clause(id, first.label(), first.heading(), text.toString(), List.of(), Span.NONE);
  }

  /** The change with the removed clauses' real ids, and flags that make sense across drafts. */
  private static ClauseChange relabel(ClauseChange change, Chain chain, String newId) {
    List<String> oldIds = new ArrayList<>();
    for (Clause clause : chain.lastClauses()) {
      oldIds.add(clause.id());
    }
    ClauseMatch m = change.match();
    boolean renumbered = !oldIds.equals(List.of(newId));
    ClauseMatch match =
        new ClauseMatch(
            m.relation(), oldIds, List.of(newId), m.similarity(), m.margin(), false, renumbered);
    return new ClauseChange(
        match, change.significance(), change.signals(), change.topics(), change.redline());
  }
}
