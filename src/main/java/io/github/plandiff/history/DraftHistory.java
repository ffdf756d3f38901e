package io.github.plandiff.history;

import io.github.plandiff.model.Clause;
import io.github.plandiff.model.ClauseChange;
import io.github.plandiff.model.Comparison;
import io.github.plandiff.model.Draft;
import io.github.plandiff.model.History;
import io.github.plandiff.model.Lineage;
import io.github.plandiff.model.LineageStatus;
import io.github.plandiff.model.Relation;
import io.github.plandiff.model.Warning;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Follows every top-level clause through a chain of drafts. Consecutive drafts are compared with
 * the given {@link DraftComparer}; each change extends the lineages of its old clauses. A clause
 * that the comparison calls added is first offered to the clauses removed in earlier drafts: the
 * newer draft is compared once more with the older draft plus those removed clauses (in their last
 * wording), and an added clause matched one to one with a removed one, at a similarity of at least
 * {@link #DEFAULT_RESTORE_SIMILARITY}, is that clause restored. Stateless and thread-safe when the
 * comparer is.
 */
public final class DraftHistory {

  /**
   * The least similarity at which an added clause is taken for a removed one restored: the
   * aligner's default match threshold, so that a restoration is as sure as an ordinary match even
   * when the comparer pairs left-over clauses by position.
   */
  public static final double DEFAULT_RESTORE_SIMILARITY = 0.25;

  private final DraftComparer comparer;
  private final double restoreSimilarity;
  private final boolean linkRestored;

  /**
   * Creates a history builder with the default restore similarity.
   *
   * @param comparer compares two drafts, not null
   */
  public DraftHistory(DraftComparer comparer) {
    this(comparer, DEFAULT_RESTORE_SIMILARITY);
  }

  /**
   * Creates a history builder.
   *
   * @param comparer compares two drafts, not null
   * @param restoreSimilarity the least similarity, in (0, 1], of a restoration
   * @throws IllegalArgumentException if the similarity is outside (0, 1]
   */
  public DraftHistory(DraftComparer comparer, double restoreSimilarity) {
    this(comparer, restoreSimilarity, true);
  }

  /** With {@code linkRestored} false, only consecutive drafts are linked (a baseline for tests). */
  DraftHistory(DraftComparer comparer, double restoreSimilarity, boolean linkRestored) {
    this.comparer = Objects.requireNonNull(comparer, "comparer");
    if (!(restoreSimilarity > 0 && restoreSimilarity <= 1)) {
      throw new IllegalArgumentException(
          "restoreSimilarity " + restoreSimilarity + " is outside (0, 1]");
    }
    this.restoreSimilarity = restoreSimilarity;
    this.linkRestored = linkRestored;
  }

  /**
   * Follows the clauses of the drafts.
   *
   * @param drafts the drafts, oldest first, at least one
   * @return the lineages, ordered by first appearance
   * @throws IllegalArgumentException if there are no drafts
   */
  public History follow(List<Draft> drafts) {
    if (drafts.isEmpty()) {
      throw new IllegalArgumentException("a history needs at least one draft");
    }
    List<Chain> chains = new ArrayList<>();
    Map<String, Chain> owner = new HashMap<>();
    List<Clause> firstClauses = drafts.get(0).clauses();
    for (int i = 0; i < firstClauses.size(); i++) {
      Chain chain = new Chain(0, i);
      chain.present(
          0, List.of(firstClauses.get(i)), LineageStatus.INTRODUCED, -1, Optional.empty());
      chains.add(chain);
      owner.put(firstClauses.get(i).id(), chain);
    }
    for (int k = 0; k + 1 < drafts.size(); k++) {
      owner = new Step(drafts.get(k), drafts.get(k + 1), k + 1, chains, owner).advance();
    }
    List<Chain> order = new ArrayList<>(chains);
    order.sort(
        Comparator.comparingInt((Chain c) -> c.firstDraft).thenComparingInt(c -> c.firstPosition));
    List<Lineage> lineages = new ArrayList<>();
    for (Chain chain : order) {
      lineages.add(chain.toLineage(order));
    }
    List<Warning> warnings = new ArrayList<>();
    for (Draft draft : drafts) {
      for (Warning w : draft.warnings()) {
        warnings.add(w.forDraft(draft.label()));
      }
    }
    return new History(drafts, lineages, warnings);
  }

  /** One transition, from the draft before {@code draft} to {@code draft}. */
  private final class Step {
    private final Draft older;
    private final Draft newer;
    private final int draft;
    private final List<Chain> chains;
    private final Map<String, Chain> owner;
    private final Map<String, Chain> next = new HashMap<>();
    private final Map<String, Clause> news = new HashMap<>();
    private final Map<String, Integer> positions = new HashMap<>();
    private final List<String> added = new ArrayList<>();
    private final Map<String, ClauseChange> addedChanges = new HashMap<>();

    Step(Draft older, Draft newer, int draft, List<Chain> chains, Map<String, Chain> owner) {
      this.older = older;
      this.newer = newer;
      this.draft = draft;
      this.chains = chains;
      this.owner = owner;
      List<Clause> clauses = newer.clauses();
      for (int j = 0; j < clauses.size(); j++) {
        news.put(clauses.get(j).id(), clauses.get(j));
        positions.put(clauses.get(j).id(), j);
      }
    }

    Map<String, Chain> advance() {
      Comparison comparison = comparer.compare(older, newer);
      for (ClauseChange change : comparison.changes()) {
        apply(change);
      }
      // A clause the comparison left out is treated as removed or added, so that none is lost.
      for (Chain chain : chains) {
        if (chain.presentIn(draft - 1) && !next.containsValue(chain) && !removedNow(chain)) {
          chain.removed(draft, Optional.empty());
        }
      }
      for (Clause clause : newer.clauses()) {
        if (!next.containsKey(clause.id()) && !added.contains(clause.id())) {
          added.add(clause.id());
        }
      }
      if (linkRestored) {
        new Restorer(older, newer, draft, comparer)
            .restore(chains, added, restoreSimilarity, this::restored);
      }
      for (String id : added) {
        if (!next.containsKey(id)) {
          Chain chain = new Chain(draft, positions.get(id));
          chain.present(
              draft,
              List.of(news.get(id)),
              LineageStatus.INTRODUCED,
              draft - 1,
              Optional.ofNullable(addedChanges.get(id)));
          chains.add(chain);
          next.put(id, chain);
        }
      }
      return next;
    }

    private boolean removedNow(Chain chain) {
      return chain.dormantBefore(draft + 1) && !chain.dormantBefore(draft);
    }

    private void restored(Chain chain, String id, ClauseChange change) {
      chain.present(
          draft,
          List.of(news.get(id)),
          LineageStatus.RESTORED,
          chain.lastPresentDraft(),
          Optional.of(change));
      next.put(id, chain);
    }

    private void apply(ClauseChange change) {
      List<Chain> olds = new ArrayList<>();
      for (String id : change.match().oldIds()) {
        Chain chain = owner.get(id);
        if (chain != null && !olds.contains(chain)) {
          olds.add(chain);
        }
      }
      List<Clause> parts = new ArrayList<>();
      for (String id : change.match().newIds()) {
        if (news.containsKey(id) && !next.containsKey(id)) {
          parts.add(news.get(id));
        }
      }
      if (olds.isEmpty()) {
        for (Clause part : parts) {
          added.add(part.id());
          addedChanges.put(part.id(), change);
        }
      } else if (parts.isEmpty()) {
        for (Chain chain : olds) {
          chain.removed(draft, Optional.of(change));
        }
      } else {
        continueChains(olds, parts, change);
      }
    }

    private void continueChains(List<Chain> olds, List<Clause> parts, ClauseChange change) {
      Optional<ClauseChange> shared = Optional.of(change);
      Chain lead = olds.get(0);
      LineageStatus status = status(change.relation(), olds.size(), parts.size());
      List<Clause> leadPart = List.of(parts.get(0));
      for (Chain chain : olds) {
        chain.present(draft, leadPart, status, draft - 1, shared);
        if (chain != lead) {
          chain.mergeInto(lead);
        }
      }
      next.put(parts.get(0).id(), lead);
      for (Clause part : parts.subList(1, parts.size())) {
        Chain chain = new Chain(draft, positions.get(part.id()));
        chain.present(draft, List.of(part), LineageStatus.SPLIT, draft - 1, shared);
        chain.splitFrom(lead);
        chains.add(chain);
        next.put(part.id(), chain);
      }
    }
  }

  static LineageStatus status(Relation relation, int olds, int news) {
    if (olds > 1) {
      return LineageStatus.MERGED;
    }
    if (news > 1) {
      return LineageStatus.SPLIT;
    }
    return relation == Relation.UNCHANGED ? LineageStatus.UNCHANGED : LineageStatus.REWORDED;
  }
}
