package io.github.plandiff.model;

import java.util.List;

/**
 * Who commits to what, old and new: the per-party counts of a comparison and every commitment of
 * both drafts with its status.
 *
 * @param parties one count per party bound in either draft, "unspecified" last
 * @param groups one count per set of two or more parties bound together in either draft
 * @param commitments the old draft's commitments in source order, then the new draft's
 */
public record Ledger(
    List<PartyCount> parties, List<PartyCount> groups, List<LedgerEntry> commitments) {

  private static final Ledger EMPTY = new Ledger(List.of(), List.of(), List.of());

  /** Copies the lists. */
  public Ledger {
    parties = List.copyOf(parties);
    groups = List.copyOf(groups);
    commitments = List.copyOf(commitments);
  }

  /**
   * A ledger with nothing in it.
   *
   * @return the empty ledger
   */
  public static Ledger empty() {
    return EMPTY;
  }
}
