package io.github.plandiff.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One commitment of a compared draft with what the comparison does to it.
 *
 * @param draft "old" or "new"
 * @param commitment the commitment
 * @param status what happened to it; {@code REMOVED} only for old, {@code ADDED} only for new
 * @param counterpart where its counterpart is in the other draft, empty for removed and added ones
 */
public record LedgerEntry(
    String draft,
    Commitment commitment,
    CommitmentStatus status,
    Optional<SentenceRef> counterpart) {

  /** Checks the components and that the status fits the side and the counterpart. */
  public LedgerEntry {
    Objects.requireNonNull(draft, "draft");
    Objects.requireNonNull(commitment, "commitment");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(counterpart, "counterpart");
    if (!draft.equals("old") && !draft.equals("new")) {
      throw new IllegalArgumentException("draft is \"" + draft + "\", not \"old\" or \"new\"");
    }
    boolean unpaired = status == CommitmentStatus.REMOVED || status == CommitmentStatus.ADDED;
    if (unpaired == counterpart.isPresent()) {
      throw new IllegalArgumentException(status + " does not fit counterpart " + counterpart);
    }
  }
}
