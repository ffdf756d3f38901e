package io.github.plandiff.model;

import java.util.List;
import java.util.Objects;

/**
 * One correspondence found by the aligner.
 *
 * @param relation how the clauses correspond
 * @param oldIds ids of the old clauses ({@code []} for {@code ADDED}), in source order
 * @param newIds ids of the new clauses ({@code []} for {@code REMOVED}), in source order
 * @param similarity how alike the two sides are, in [0, 1]; 0 for unmatched clauses
 * @param margin how far the chosen counterpart is ahead of the next-best candidate, in [0, 1]
 * @param moved whether the match breaks the order of the drafts
 * @param renumbered whether the printed labels differ
 * @param confidence for a matched group, the calibrated probability that its clauses correspond;
 *     for an unmatched clause, the probability that it has no counterpart (one minus its best
 *     candidate's confidence); in [0, 1]
 * @param candidates for an unmatched clause, its best counterparts in the other draft that stayed
 *     below the confidence threshold, most likely first; empty for matched groups
 */
public record ClauseMatch(
    Relation relation,
    List<String> oldIds,
    List<String> newIds,
    double similarity,
    double margin,
    boolean moved,
    boolean renumbered,
    double confidence,
    List<Candidate> candidates) {

  /** Checks the components and copies the lists. */
  public ClauseMatch {
    Objects.requireNonNull(relation, "relation");
    oldIds = List.copyOf(oldIds);
    newIds = List.copyOf(newIds);
    if (!(similarity >= 0 && similarity <= 1)) {
      throw new IllegalArgumentException("similarity " + similarity + " is outside [0, 1]");
    }
    if (!(margin >= 0 && margin <= 1)) {
      throw new IllegalArgumentException("margin " + margin + " is outside [0, 1]");
    }
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence " + confidence + " is outside [0, 1]");
    }
    candidates = List.copyOf(candidates);
  }

  /**
   * A match made by other means than the calibrated aligner (by hand, or restored by the history),
   * taken as certain: confidence 1 and no candidates.
   *
   * @param relation how the clauses correspond
   * @param oldIds ids of the old clauses
   * @param newIds ids of the new clauses
   * @param similarity how alike the two sides are, in [0, 1]
   * @param margin how far the counterpart is ahead of the next-best candidate, in [0, 1]
   * @param moved whether the match breaks the order of the drafts
   * @param renumbered whether the printed labels differ
   */
  public ClauseMatch(
      Relation relation,
      List<String> oldIds,
      List<String> newIds,
      double similarity,
      double margin,
      boolean moved,
      boolean renumbered) {
    this(relation, oldIds, newIds, similarity, margin, moved, renumbered, 1.0, List.of());
  }

  /**
   * Returns this match with another confidence and other candidates.
   *
   * @param newConfidence in [0, 1]
   * @param newCandidates the candidates, most likely first
   * @return a copy
   */
  public ClauseMatch withConfidence(double newConfidence, List<Candidate> newCandidates) {
    return new ClauseMatch(
        relation,
        oldIds,
        newIds,
        similarity,
        margin,
        moved,
        renumbered,
        newConfidence,
        newCandidates);
  }
}
