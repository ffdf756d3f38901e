package io.github.plandiff.model;

import java.util.List;
import java.util.Objects;

/**
 * Who is bound to what in one draft.
 *
 * @param label the draft's label
 * @param source where the draft came from
 * @param parties one tally per party bound, in order of first appearance, "unspecified" last
 * @param groups one tally per set of two or more parties bound together, in order of first
 *     appearance
 * @param commitments every commitment, in source order
 */
public record DraftLedger(
    String label,
    String source,
    List<PartyTally> parties,
    List<PartyTally> groups,
    List<Commitment> commitments) {

  /** Checks and copies. */
  public DraftLedger {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(source, "source");
    parties = List.copyOf(parties);
    groups = List.copyOf(groups);
    commitments = List.copyOf(commitments);
  }
}
