package io.github.plandiff.cli;

import io.github.plandiff.model.ClauseChange;
import io.github.plandiff.model.Comparison;
import io.github.plandiff.model.LedgerEntry;
import io.github.plandiff.model.PartyCount;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code check --fail-on} name about one party's commitments: {@code party:NAME:added}, {@code
 * party:NAME:removed} or {@code party:NAME:softened}. NAME is a party of the ledger, compared
 * without regard to case, with "-" or "_" for spaces ({@code party:united-states:removed}).
 *
 * @param party the name as given
 * @param column "added", "removed" or "softened"
 */
record PartyFailOn(String party, String column) {

  private static final Pattern NAME =
      Pattern.compile("party:(.+):(added|removed|softened)", Pattern.CASE_INSENSITIVE);

  /** Parses a name, or gives empty when it is not a party name. */
  static Optional<PartyFailOn> parse(String raw) {
    Matcher m = NAME.matcher(raw.strip());
    if (!m.matches() || m.group(1).isBlank()) {
      return Optional.empty();
    }
    return Optional.of(new PartyFailOn(m.group(1), m.group(2).toLowerCase(Locale.ROOT)));
  }

  /** Whether a name is meant as a party name (so that a bad one gets its own message). */
  static boolean looksLikeOne(String raw) {
    return raw.strip().toLowerCase(Locale.ROOT).startsWith("party:");
  }

  /**
   * The top-level changes that hold the commitments behind the count, in comparison order; none
   * when the ledger has no such party.
   */
  List<ClauseChange> changes(Comparison comparison) {
    String wanted = normalise(party);
    List<LedgerEntry> entries = new ArrayList<>();
    for (PartyCount p : comparison.ledger().parties()) {
      if (normalise(p.party()).equals(wanted)) {
        entries.addAll(comparison.ledger().entriesFor(p.party(), column));
      }
    }
    List<ClauseChange> out = new ArrayList<>();
    for (ClauseChange change : comparison.changes()) {
      for (LedgerEntry e : entries) {
        if (holds(change, e)) {
          out.add(change);
          break;
        }
      }
    }
    return out;
  }

  private static boolean holds(ClauseChange change, LedgerEntry e) {
    List<String> ids = e.draft().equals("old") ? change.match().oldIds() : change.match().newIds();
    if (ids.contains(e.commitment().clause())) {
      return true;
    }
    for (ClauseChange child : change.children()) {
      if (holds(child, e)) {
        return true;
      }
    }
    return false;
  }

  private static String normalise(String name) {
    return name.toLowerCase(Locale.ROOT)
        .replace('-', ' ')
        .replace('_', ' ')
        .strip()
        .replaceAll("\\s+", " ");
  }
}
