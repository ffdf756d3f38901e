package io.github.plandiff.model;

import java.util.List;
import java.util.Objects;

/**
 * The commitments of one party (or set of parties bound together) in one draft.
 *
 * @param party a canonical party name, "unspecified", or for a set the names joined with " + "
 * @param members the parties of the set (one for a single party)
 * @param binding its binding commitments (duties and prohibitions)
 * @param soft its soft ones
 * @param permission its permissions
 */
public record PartyTally(
    String party, List<String> members, int binding, int soft, int permission) {

  /** Checks the name and copies the members. */
  public PartyTally {
    Objects.requireNonNull(party, "party");
    members = List.copyOf(members);
  }

  /**
   * All its commitments.
   *
   * @return binding + soft + permission
   */
  public int total() {
    return binding + soft + permission;
  }
}
