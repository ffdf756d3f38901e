package io.github.plandiff;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.plandiff.model.Commitment;
import io.github.plandiff.model.CommitmentStatus;
import io.github.plandiff.model.Ledger;
import io.github.plandiff.model.LedgerEntry;
import io.github.plandiff.model.PartyCount;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The ledger of the 28-point → 20-point drafts shows what a reader of the two texts sees. Point 15
 * of the 28-point draft (a U.S.–Russian working group "will be set up") and the economic
 * cooperation under point 13 (a list item under "Russia is to be brought back into the world
 * economy:") bind no named party: the first is an agentless passive, the second has no modal of its
 * own. Both count as removed commitments of "unspecified", not of Russia and the United States.
 */
class UkraineLedgerTest {

  private static Ledger ledger;

  @BeforeAll
  static void compare() {
    ledger =
        PlanDiff.compare(Path.of("samples/ukraine-28.txt"), Path.of("samples/ukraine-20.txt"))
            .ledger();
  }

  private static PartyCount party(String name) {
    return ledger.parties().stream().filter(p -> p.party().equals(name)).findFirst().orElseThrow();
  }

  private static List<LedgerEntry> in(String draft, String clause) {
    return ledger.commitments().stream()
        .filter(e -> e.draft().equals(draft) && e.commitment().clause().equals(clause))
        .toList();
  }

  @Test
  void theNamedPartiesHaveFewerObligationsInTheTwentyPointDraft() {
    for (String name : List.of("Ukraine", "Russia", "United States", "NATO", "Europe")) {
      PartyCount p = party(name);
      assertThat(p.newCount()).as(name).isLessThan(p.oldCount());
    }
  }

  @Test
  void theJointRussianAmericanArmsControlCommitmentIsRemoved() {
    List<LedgerEntry> point17 = in("old", "17");
    assertThat(point17).hasSize(1);
    assertThat(point17.get(0).commitment().obligors())
        .containsExactlyInAnyOrder("Russia", "United States");
    assertThat(point17.get(0).status()).isEqualTo(CommitmentStatus.REMOVED);
    PartyCount joint =
        ledger.groups().stream()
            .filter(g -> g.party().equals("Russia + United States"))
            .findFirst()
            .orElseThrow();
    assertThat(List.of(joint.oldCount(), joint.newCount(), joint.removed()))
        .containsExactly(1, 0, 1);
  }

  @Test
  void theWorkingGroupAndTheEconomicCooperationBindNoNamedParty() {
    for (String clause : List.of("13", "15")) {
      List<LedgerEntry> entries = in("old", clause);
      assertThat(entries).as(clause).hasSize(1);
      assertThat(entries.get(0).commitment().unspecified()).as(clause).isTrue();
      assertThat(entries.get(0).status()).as(clause).isEqualTo(CommitmentStatus.REMOVED);
    }
    // "A U.S.–Russian joint working group": "U.S." is read as the United States, but "Russian" is
    // an adjective, which the party rules (docs/classify.md) never take for a party.
    assertThat(in("old", "15").get(0).commitment().counterparties()).contains("United States");
  }

  @Test
  void theTroopCapIsAChangedObligationOfUkraine() {
    LedgerEntry cap = in("old", "6").get(0);
    assertThat(cap.commitment().obligors()).containsExactly("Ukraine");
    assertThat(cap.commitment().negated()).isTrue();
    assertThat(cap.status()).isEqualTo(CommitmentStatus.CHANGED);
    String counterpart = cap.counterpart().orElseThrow().clause();
    Commitment now = in("new", counterpart).get(0).commitment();
    assertThat(now.text()).contains("800,000");
    assertThat(now.obligors()).containsExactly("Ukraine");
    assertThat(ledger.entriesFor("Ukraine", "changed")).contains(cap);
  }

  @Test
  void theNewGuaranteesOfTheUnitedStatesNatoAndEuropeAreAdded() {
    LedgerEntry guarantees = in("new", "5").get(0);
    assertThat(guarantees.commitment().obligors())
        .containsExactly("United States", "NATO", "Europe");
    assertThat(guarantees.commitment().counterparties()).containsExactly("Ukraine");
    assertThat(guarantees.status()).isEqualTo(CommitmentStatus.ADDED);
    for (String name : List.of("United States", "NATO", "Europe")) {
      assertThat(ledger.entriesFor(name, "added")).as(name).contains(guarantees);
    }
  }

  @Test
  void everyCountIsBackedByItsCommitments() {
    for (PartyCount p : ledger.parties()) {
      int[] values = {
        p.oldCount(), p.newCount(), p.added(), p.removed(), p.softened(), p.hardened(), p.changed()
      };
      for (int k = 0; k < values.length; k++) {
        assertThat(ledger.entriesFor(p.party(), Ledger.COLUMNS.get(k)))
            .as(p.party() + " " + Ledger.COLUMNS.get(k))
            .hasSize(values[k]);
      }
    }
  }
}
