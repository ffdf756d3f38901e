package io.github.plandiff.classify;

import io.github.plandiff.model.Commitment;
import io.github.plandiff.model.CommitmentStatus;
import io.github.plandiff.model.LedgerEntry;
import io.github.plandiff.model.PartyCount;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Counts a comparison's commitments per party. For a party P: an old commitment binding P whose
 * counterpart is missing or does not bind P is removed for P; a new one likewise added; a pair
 * binding P on both sides counts as softened, hardened or changed by its status. So new = old -
 * removed + added for every party.
 */
final class PartyCounts {

  private PartyCounts() {}

  /**
   * One count per party bound in either draft, in order of first appearance, "unspecified" last.
   */
  static List<PartyCount> parties(List<LedgerEntry> entries, int oldCount) {
    Map<String, Commitment> byRef = byRef(entries);
    List<String> names =
        Tallies.partyOrder(
            List.of(
                commitments(entries, 0, oldCount), commitments(entries, oldCount, entries.size())));
    List<PartyCount> out = new ArrayList<>();
    for (String name : names) {
      out.add(count(name, List.of(name), entries, byRef, c -> c.binds(name)));
    }
    return out;
  }

  /** One count per set of two or more parties bound together in either draft. */
  static List<PartyCount> groups(List<LedgerEntry> entries, int oldCount) {
    Map<String, Commitment> byRef = byRef(entries);
    Map<String, List<String>> sets =
        Tallies.groupOrder(
            List.of(
                commitments(entries, 0, oldCount), commitments(entries, oldCount, entries.size())));
    List<PartyCount> out = new ArrayList<>();
    sets.forEach(
        (key, members) ->
            out.add(count(key, members, entries, byRef, c -> Tallies.groupKey(c).equals(key))));
    return out;
  }

  private static PartyCount count(
      String name,
      List<String> members,
      List<LedgerEntry> entries,
      Map<String, Commitment> byRef,
      Predicate<Commitment> binds) {
    int[] n = new int[7];
    for (LedgerEntry e : entries) {
      if (!binds.test(e.commitment())) {
        continue;
      }
      boolean old = e.draft().equals("old");
      n[old ? 0 : 1]++;
      Commitment other =
          e.counterpart().map(r -> byRef.get((old ? "new|" : "old|") + key(r))).orElse(null);
      if (other == null || !binds.test(other)) {
        n[old ? 3 : 2]++;
      } else if (old) {
        n[4] += e.status() == CommitmentStatus.SOFTENED ? 1 : 0;
        n[5] += e.status() == CommitmentStatus.HARDENED ? 1 : 0;
        n[6] += e.status() == CommitmentStatus.CHANGED ? 1 : 0;
      }
    }
    return new PartyCount(name, members, n[0], n[1], n[2], n[3], n[4], n[5], n[6]);
  }

  private static Map<String, Commitment> byRef(List<LedgerEntry> entries) {
    Map<String, Commitment> out = new HashMap<>();
    for (LedgerEntry e : entries) {
      out.put(
          e.draft() + "|" + key(io.github.plandiff.model.SentenceRef.of(e.commitment())),
          e.commitment());
    }
    return out;
  }

  private static String key(io.github.plandiff.model.SentenceRef r) {
    return r.clause() + "|" + r.sentence() + "|" + r.part();
  }

  private static List<Commitment> commitments(List<LedgerEntry> entries, int from, int to) {
    return entries.subList(from, to).stream().map(LedgerEntry::commitment).toList();
  }
}
