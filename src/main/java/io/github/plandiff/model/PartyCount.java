package io.github.plandiff.model;

import java.util.List;
import java.util.Objects;

/**
 * How a comparison shifts the commitments of one party (or of one set of parties bound together).
 * {@code newCount = oldCount - removed + added}: a commitment whose counterpart no longer binds the
 * party counts as removed for it, one whose counterpart did not bind it as added.
 *
 * @param party a canonical party name, "unspecified", or for a set the names joined with " + "
 * @param members the parties of the set (one for a single party)
 * @param oldCount commitments binding it in the old draft
 * @param newCount commitments binding it in the new draft
 * @param added new commitments binding it whose counterpart (if any) did not
 * @param removed old commitments binding it whose counterpart (if any) does not
 * @param softened pairs binding it on both sides whose new side binds less
 * @param hardened pairs binding it on both sides whose new side binds more
 * @param changed pairs binding it on both sides otherwise changed
 */
public record PartyCount(
    String party,
    List<String> members,
    int oldCount,
    int newCount,
    int added,
    int removed,
    int softened,
    int hardened,
    int changed) {

  /** Checks the name and copies the members. */
  public PartyCount {
    Objects.requireNonNull(party, "party");
    members = List.copyOf(members);
  }
}
