package io.github.plandiff.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One draft of a {@link Lineage}: the clauses that carry it there and how they came from the draft
 * before.
 *
 * @param draft the index of the draft in the history, from 0
 * @param ids the ids of the top-level clauses of this draft in the lineage, in source order; {@code
 *     []} for {@link LineageStatus#REMOVED}
 * @param labels the labels of those clauses as printed, in the same order
 * @param status what happened in this draft
 * @param fromDraft the index of the draft the step continues from (the previous draft, or for
 *     {@link LineageStatus#RESTORED} the last draft the clause was in), or -1 for a clause
 *     introduced in the first draft
 * @param text the full texts of the step's clauses, one per paragraph; empty when removed
 * @param change the pairwise change behind the step, whose old ids are in draft {@code fromDraft}
 *     and whose redline and signals describe the step; empty for a clause of the first draft
 */
public record LineageStep(
    int draft,
    List<String> ids,
    List<String> labels,
    LineageStatus status,
    int fromDraft,
    String text,
    Optional<ClauseChange> change) {

  /**
   * Checks the components and copies the lists.
   *
   * @throws IllegalArgumentException if the indexes are out of order or the ids and labels differ
   *     in number
   */
  public LineageStep {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(change, "change");
    ids = List.copyOf(ids);
    labels = List.copyOf(labels);
    if (draft < 0 || fromDraft < -1 || fromDraft >= draft) {
      throw new IllegalArgumentException(
          "step in draft " + draft + " cannot come from draft " + fromDraft);
    }
    if (ids.size() != labels.size()) {
      throw new IllegalArgumentException(ids.size() + " ids but " + labels.size() + " labels");
    }
    if (ids.isEmpty() != (status == LineageStatus.REMOVED)) {
      throw new IllegalArgumentException("a " + status + " step with ids " + ids);
    }
  }

  /**
   * Returns the signals of the step's change, in text order.
   *
   * @return the signals, empty when there is no change
   */
  public List<Signal> signals() {
    return change.map(ClauseChange::signals).orElse(List.of());
  }

  /**
   * Returns whether the lineage has a clause in this draft.
   *
   * @return false only for a {@link LineageStatus#REMOVED} step
   */
  public boolean present() {
    return status != LineageStatus.REMOVED;
  }
}
