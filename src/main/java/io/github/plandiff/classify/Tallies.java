package io.github.plandiff.classify;

import io.github.plandiff.model.Commitment;
import io.github.plandiff.model.PartyTally;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/** Counts one draft's commitments per party and per set of parties bound together. */
final class Tallies {

  private Tallies() {}

  /** One tally per party, in order of first appearance, "unspecified" last. */
  static List<PartyTally> parties(List<Commitment> commitments) {
    List<String> names = partyOrder(List.of(commitments));
    List<PartyTally> out = new ArrayList<>();
    for (String name : names) {
      out.add(tally(name, List.of(name), commitments, c -> c.binds(name)));
    }
    return out;
  }

  /** One tally per set of two or more parties bound together, in order of first appearance. */
  static List<PartyTally> groups(List<Commitment> commitments) {
    Map<String, List<String>> sets = groupOrder(List.of(commitments));
    List<PartyTally> out = new ArrayList<>();
    sets.forEach(
        (name, members) ->
            out.add(tally(name, members, commitments, c -> groupKey(c).equals(name))));
    return out;
  }

  /** The parties of the lists' commitments, in order of first appearance, "unspecified" last. */
  static List<String> partyOrder(List<List<Commitment>> lists) {
    List<String> names = new ArrayList<>();
    boolean unspecified = false;
    for (List<Commitment> list : lists) {
      for (Commitment c : list) {
        for (String o : c.obligors()) {
          if (o.equals(Commitment.UNSPECIFIED)) {
            unspecified = true;
          } else if (!names.contains(o)) {
            names.add(o);
          }
        }
      }
    }
    if (unspecified) {
      names.add(Commitment.UNSPECIFIED);
    }
    return names;
  }

  /** The sets of two or more obligors, keyed by {@link #groupKey}, in order of first appearance. */
  static Map<String, List<String>> groupOrder(List<List<Commitment>> lists) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (List<Commitment> list : lists) {
      for (Commitment c : list) {
        if (c.obligors().size() > 1) {
          out.putIfAbsent(groupKey(c), sorted(c.obligors()));
        }
      }
    }
    return out;
  }

  /** The obligors sorted by name and joined with " + ": the same set gives the same key. */
  static String groupKey(Commitment c) {
    return String.join(" + ", sorted(c.obligors()));
  }

  private static List<String> sorted(List<String> names) {
    List<String> out = new ArrayList<>(names);
    out.sort(
        Comparator.comparing((String s) -> s.toLowerCase(Locale.ROOT))
            .thenComparing(Comparator.naturalOrder()));
    return out;
  }

  private static PartyTally tally(
      String name,
      List<String> members,
      List<Commitment> commitments,
      Predicate<Commitment> binds) {
    int[] n = new int[3];
    for (Commitment c : commitments) {
      if (binds.test(c)) {
        n[c.modality().ordinal()]++;
      }
    }
    return new PartyTally(name, members, n[0], n[1], n[2]);
  }
}
