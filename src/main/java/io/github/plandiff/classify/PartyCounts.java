package io.github.plandiff.classify;

import io.github.plandiff.model.Commitment;
import io.github.plandiff.model.CommitmentStatus;
import io.github.plandiff.model.LedgerEntry;
import io.github.plandiff.model.PartyCount;
import io.github.plandiff.model.SentenceRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
    Map<Ref, Commitment> byRef = byRef(entries);
    List<String> names =
        Tallies.partyOrder(
            List.of(
                commitments(entries, 0, oldCount), commitments(entries, oldCount, entries.size())));
    // One pass over the entries, each counted for every party it binds.
    Map<String, int[]> counts = new HashMap<>();
    names.forEach(name -> counts.put(name, new int[7]));
    for (LedgerEntry e : entries) {
      Commitment other = counterpart(e, byRef);
      List<String> obligors = e.commitment().obligors();
      for (int k = 0; k < obligors.size(); k++) {
        String name = obligors.get(k);
        if (obligors.indexOf(name) == k) {
          tally(e, other != null && other.binds(name), counts.get(name));
        }
      }
    }
    List<PartyCount> out = new ArrayList<>();
    for (String name : names) {
      out.add(count(name, List.of(name), counts.get(name)));
    }
    return out;
  }

  /** One count per set of two or more parties bound together in either draft. */
  static List<PartyCount> groups(List<LedgerEntry> entries, int oldCount) {
    Map<Ref, Commitment> byRef = byRef(entries);
    Map<String, List<String>> sets =
        Tallies.groupOrder(
            List.of(
                commitments(entries, 0, oldCount), commitments(entries, oldCount, entries.size())));
    // One pass over the entries, each counted for the set it binds, its key made once.
    Map<String, int[]> counts = new HashMap<>();
    sets.keySet().forEach(key -> counts.put(key, new int[7]));
    for (LedgerEntry e : entries) {
      String key = Tallies.groupKey(e.commitment());
      int[] n = counts.get(key);
      if (n != null) {
        Commitment other = counterpart(e, byRef);
        tally(e, other != null && Tallies.groupKey(other).equals(key), n);
      }
    }
    List<PartyCount> out = new ArrayList<>();
    sets.forEach((key, members) -> out.add(count(key, members, counts.get(key))));
    return out;
  }

  /**
   * Counts one entry that binds the party (or set): old or new; removed or added when its
   * counterpart does not bind it too; else, on the old side, softened, hardened or changed.
   */
  private static void tally(LedgerEntry e, boolean otherBinds, int[] n) {
    boolean old = e.draft().equals("old");
    n[old ? 0 : 1]++;
    if (!otherBinds) {
      n[old ? 3 : 2]++;
    } else if (old) {
      n[4] += e.status() == CommitmentStatus.SOFTENED ? 1 : 0;
      n[5] += e.status() == CommitmentStatus.HARDENED ? 1 : 0;
      n[6] += e.status() == CommitmentStatus.CHANGED ? 1 : 0;
    }
  }

  private static PartyCount count(String name, List<String> members, int[] n) {
    return new PartyCount(name, members, n[0], n[1], n[2], n[3], n[4], n[5], n[6]);
  }

  private static Commitment counterpart(LedgerEntry e, Map<Ref, Commitment> byRef) {
    String other = e.draft().equals("old") ? "new" : "old";
    return e.counterpart().isEmpty() ? null : byRef.get(new Ref(other, e.counterpart().get()));
  }

  /** A commitment's place: its draft ("old" or "new") and its sentence reference. */
  private record Ref(String draft, SentenceRef ref) {}

  private static Map<Ref, Commitment> byRef(List<LedgerEntry> entries) {
    Map<Ref, Commitment> out = new HashMap<>();
    for (LedgerEntry e : entries) {
      out.put(new Ref(e.draft(), SentenceRef.of(e.commitment())), e.commitment());
    }
    return out;
  }

  private static List<Commitment> commitments(List<LedgerEntry> entries, int from, int to) {
    return entries.subList(from, to).stream().map(LedgerEntry::commitment).toList();
  }
}
