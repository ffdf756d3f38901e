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
 */
public record ClauseMatch(
    Relation relation,
    List<String> oldIds,
    List<String> newIds,
    double similarity,
    double margin,
    boolean moved,
    boolean renumbered) {

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
  }
}
