package io.github.plandiff.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The chain of clauses that carry one clause through the drafts of a {@link History}: one step per
 * draft in which it appears, plus a step for each draft in which it disappears. Drafts in which a
 * removed clause stays absent have no step.
 *
 * <p>A merge is shared: every merged clause's lineage gets the same step, and the chain continues
 * in the lineage of the first merged clause only ({@link #mergedInto()} on the others). A split
 * continues in the lineage of the first part; every further part starts a lineage of its own whose
 * first step is {@link LineageStatus#SPLIT} ({@link #splitFrom()}).
 *
 * @param steps the steps in draft order, never empty
 * @param mergedInto the index, in {@link History#lineages()}, of the lineage this one was merged
 *     into, if it ends in a merge
 * @param splitFrom the index of the lineage this one was split from, if it starts with a split
 */
public record Lineage(List<LineageStep> steps, OptionalInt mergedInto, OptionalInt splitFrom) {

  /**
   * Checks the components and copies the steps.
   *
   * @throws IllegalArgumentException if there are no steps or they are not in draft order
   */
  public Lineage {
    Objects.requireNonNull(mergedInto, "mergedInto");
    Objects.requireNonNull(splitFrom, "splitFrom");
    steps = List.copyOf(steps);
    if (steps.isEmpty()) {
      throw new IllegalArgumentException("a lineage needs at least one step");
    }
    for (int i = 1; i < steps.size(); i++) {
      if (steps.get(i).draft() <= steps.get(i - 1).draft()) {
        throw new IllegalArgumentException("steps out of draft order at step " + i);
      }
    }
  }

  /**
   * Returns the step in a draft.
   *
   * @param draft the draft's index
   * @return the step, or empty when the lineage has none there
   */
  public Optional<LineageStep> stepIn(int draft) {
    for (LineageStep step : steps) {
      if (step.draft() == draft) {
        return Optional.of(step);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the first step.
   *
   * @return the step in which the lineage begins
   */
  public LineageStep first() {
    return steps.get(0);
  }

  /**
   * Returns the last step.
   *
   * @return the step in which the lineage ends (or the last draft's step)
   */
  public LineageStep last() {
    return steps.get(steps.size() - 1);
  }
}
