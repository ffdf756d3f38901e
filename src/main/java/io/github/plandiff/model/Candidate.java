package io.github.plandiff.model;

import java.util.Objects;

/**
 * A clause of the other draft that the aligner considered as the counterpart of an unmatched
 * clause, but did not pair with it because its confidence stayed below the threshold.
 *
 * @param id the candidate clause's id in the other draft
 * @param confidence the calibrated confidence that the two clauses correspond, in [0, 1]
 */
public record Candidate(String id, double confidence) {

  /** Checks the components. */
  public Candidate {
    Objects.requireNonNull(id, "id");
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence " + confidence + " is outside [0, 1]");
    }
  }
}
