package io.github.plandiff;

import io.github.plandiff.model.Alignment;
import io.github.plandiff.model.Comparison;
import io.github.plandiff.model.Draft;

/** Lets benchmarks run the stages after alignment on an alignment they made themselves. */
public final class BenchAccess {

  private BenchAccess() {}

  /**
   * Runs redline, significance, classification and warnings for an alignment, as {@link PlanDiff}
   * does after aligning.
   *
   * @param oldDraft the old draft
   * @param newDraft the new draft
   * @param alignment the alignment of the two
   * @return the comparison
   */
  public static Comparison compareAligned(Draft oldDraft, Draft newDraft, Alignment alignment) {
    return PlanDiff.compare(oldDraft, newDraft, alignment, CompareOptions.defaults());
  }
}
