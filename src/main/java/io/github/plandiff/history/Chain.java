package io.github.plandiff.history;

import io.github.plandiff.model.Clause;
import io.github.plandiff.model.ClauseChange;
import io.github.plandiff.model.Lineage;
import io.github.plandiff.model.LineageStatus;
import io.github.plandiff.model.LineageStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** A lineage while it is being built: its steps and where it last had clauses. */
final class Chain {

  final int firstDraft;
  final int firstPosition;
  private final List<LineageStep> steps = new ArrayList<>();
  private Chain mergedInto;
  private Chain splitFrom;
  private List<Clause> lastClauses = List.of();
  private int lastPresentDraft = -1;
  private int removedIn = -1;
  private boolean ended;

  Chain(int firstDraft, int firstPosition) {
    this.firstDraft = firstDraft;
    this.firstPosition = firstPosition;
  }

  /** Adds a step in which the chain has these clauses. */
  void present(
      int draft,
      List<Clause> clauses,
      LineageStatus status,
      int fromDraft,
      Optional<ClauseChange> change) {
    List<String> ids = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (Clause clause : clauses) {
      ids.add(clause.id());
      labels.add(clause.label());
      if (text.length() > 0) {
        text.append('\n');
      }
      text.append(clause.fullText());
    }
    steps.add(new LineageStep(draft, ids, labels, status, fromDraft, text.toString(), change));
    lastClauses = List.copyOf(clauses);
    lastPresentDraft = draft;
    removedIn = -1;
  }

  /** Adds the step in which the chain's clauses disappear. */
  void removed(int draft, Optional<ClauseChange> change) {
    steps.add(
        new LineageStep(
            draft, List.of(), List.of(), LineageStatus.REMOVED, lastPresentDraft, "", change));
    removedIn = draft;
  }

  /** Ends the chain in a merge that continues in {@code lead}. */
  void mergeInto(Chain lead) {
    mergedInto = lead;
    ended = true;
  }

  void splitFrom(Chain parent) {
    splitFrom = parent;
  }

  /** Whether the chain was removed before {@code draft} and may be restored there. */
  boolean dormantBefore(int draft) {
    return !ended && removedIn >= 0 && removedIn < draft;
  }

  /** Whether the chain has clauses in {@code draft}. */
  boolean presentIn(int draft) {
    return !ended && lastPresentDraft == draft;
  }

  List<Clause> lastClauses() {
    return lastClauses;
  }

  int lastPresentDraft() {
    return lastPresentDraft;
  }

  Lineage toLineage(List<Chain> order) {
    return new Lineage(steps, index(mergedInto, order), index(splitFrom, order));
  }

  private static OptionalInt index(Chain chain, List<Chain> order) {
    return chain == null ? OptionalInt.empty() : OptionalInt.of(order.indexOf(chain));
  }
}
