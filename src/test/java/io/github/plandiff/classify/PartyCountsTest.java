package io.github.plandiff.classify;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.plandiff.model.Commitment;
import io.github.plandiff.model.CommitmentModality;
import io.github.plandiff.model.CommitmentStatus;
import io.github.plandiff.model.LedgerEntry;
import io.github.plandiff.model.PartyCount;
import io.github.plandiff.model.SentenceRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The counts per party and per set of parties, made in one pass, against their definition. */
class PartyCountsTest {

  private static final List<String> PARTIES =
      List.of("Russia", "Ukraine", "the United States", "Europe", Commitment.UNSPECIFIED);

  private static final CommitmentStatus[] PAIRED = {
    CommitmentStatus.KEPT,
    CommitmentStatus.SOFTENED,
    CommitmentStatus.HARDENED,
    CommitmentStatus.CHANGED
  };

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void countsInOnePassAreTheCountsOfTheirDefinition(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Commitment> olds = commitments(random, "o", 300);
    List<Commitment> news = commitments(random, "n", 300);
    List<LedgerEntry> entries = new ArrayList<>();
    int[] newToOld = new int[news.size()];
    java.util.Arrays.fill(newToOld, -1);
    for (int i = 0; i < olds.size(); i++) {
      int j = random.nextInt(news.size());
      boolean paired = random.nextInt(3) > 0 && newToOld[j] < 0;
      newToOld[j] = paired ? i : newToOld[j];
      CommitmentStatus status =
          paired ? PAIRED[random.nextInt(PAIRED.length)] : CommitmentStatus.REMOVED;
      entries.add(entry("old", olds.get(i), status, paired ? news.get(j) : null));
    }
    for (int j = 0; j < news.size(); j++) {
      int i = newToOld[j];
      CommitmentStatus status =
          i >= 0 ? PAIRED[random.nextInt(PAIRED.length)] : CommitmentStatus.ADDED;
      entries.add(entry("new", news.get(j), status, i >= 0 ? olds.get(i) : null));
    }
    List<PartyCount> parties = PartyCounts.parties(entries, olds.size());
    assertThat(parties).hasSizeGreaterThan(3);
    for (PartyCount p : parties) {
      assertThat(p).isEqualTo(defined(p, entries, c -> c.binds(p.party())));
    }
    List<PartyCount> groups = PartyCounts.groups(entries, olds.size());
    assertThat(groups).isNotEmpty();
    for (PartyCount g : groups) {
      assertThat(g).isEqualTo(defined(g, entries, c -> Tallies.groupKey(c).equals(g.party())));
    }
  }

  /** The count of one party as the class's documentation defines it, entry by entry. */
  private static PartyCount defined(
      PartyCount p, List<LedgerEntry> entries, Predicate<Commitment> binds) {
    int[] n = new int[7];
    for (LedgerEntry e : entries) {
      if (!binds.test(e.commitment())) {
        continue;
      }
      boolean old = e.draft().equals("old");
      n[old ? 0 : 1]++;
      Commitment other = counterpart(e, entries);
      if (other == null || !binds.test(other)) {
        n[old ? 3 : 2]++;
      } else if (old) {
        n[4] += e.status() == CommitmentStatus.SOFTENED ? 1 : 0;
        n[5] += e.status() == CommitmentStatus.HARDENED ? 1 : 0;
        n[6] += e.status() == CommitmentStatus.CHANGED ? 1 : 0;
      }
    }
    return new PartyCount(p.party(), p.members(), n[0], n[1], n[2], n[3], n[4], n[5], n[6]);
  }

  private static Commitment counterpart(LedgerEntry e, List<LedgerEntry> entries) {
    if (e.counterpart().isEmpty()) {
      return null;
    }
    for (LedgerEntry other : entries) {
      if (!other.draft().equals(e.draft())
          && SentenceRef.of(other.commitment()).equals(e.counterpart().get())) {
        return other.commitment();
      }
    }
    return null;
  }

  private static LedgerEntry entry(
      String draft, Commitment c, CommitmentStatus status, Commitment other) {
    return new LedgerEntry(
        draft, c, status, other == null ? Optional.empty() : Optional.of(SentenceRef.of(other)));
  }

  private static List<Commitment> commitments(SplittableRandom random, String prefix, int size) {
    List<Commitment> out = new ArrayList<>();
    for (int k = 0; k < size; k++) {
      List<String> obligors = new ArrayList<>();
      int count = 1 + random.nextInt(3);
      for (int o = 0; o < count; o++) {
        obligors.add(PARTIES.get(random.nextInt(PARTIES.size())));
      }
      out.add(
          new Commitment(
              prefix + (k / 3),
              k % 3,
              0,
              0,
              10,
              "text " + k,
              obligors,
              CommitmentModality.BINDING,
              false,
              List.of(),
              List.of(),
              List.of()));
    }
    return out;
  }
}
