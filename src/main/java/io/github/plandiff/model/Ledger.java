package io.github.plandiff.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

  /** The columns of a party's count, in the order of {@link PartyCount}. */
  public static final List<String> COLUMNS =
      List.of("old", "new", "added", "removed", "softened", "hardened", "changed");

  /**
   * Returns the commitments behind one count of a party: "old" and "new" are the commitments
   * binding it in each draft; "added" ("removed") the new (old) ones binding it whose counterpart
   * is missing or does not bind it; "softened", "hardened" and "changed" the old ones of that
   * status whose counterpart binds it too.
   *
   * @param party a party name or "unspecified"
   * @param column one of {@link #COLUMNS}
   * @return the entries, in ledger order
   * @throws IllegalArgumentException if the column is unknown
   */
  public List<LedgerEntry> entriesFor(String party, String column) {
    if (!COLUMNS.contains(column)) {
      throw new IllegalArgumentException("unknown ledger column \"" + column + "\"");
    }
    Map<String, Commitment> byRef = new HashMap<>();
    for (LedgerEntry e : commitments) {
      byRef.put(e.draft() + "|" + SentenceRef.of(e.commitment()), e.commitment());
    }
    List<LedgerEntry> out = new ArrayList<>();
    for (LedgerEntry e : commitments) {
      if (!e.commitment().binds(party)) {
        continue;
      }
      boolean old = e.draft().equals("old");
      Commitment other =
          e.counterpart().map(r -> byRef.get((old ? "new|" : "old|") + r)).orElse(null);
      boolean shared = other != null && other.binds(party);
      boolean in =
          switch (column) {
            case "old" -> old;
            case "new" -> !old;
            case "added" -> !old && !shared;
            case "removed" -> old && !shared;
            default -> old && shared && e.status().name().equalsIgnoreCase(column);
          };
      if (in) {
        out.add(e);
      }
    }
    return out;
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
