package io.github.plandiff;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.plandiff.classify.Commitments;
import io.github.plandiff.model.CommitmentStatus;
import io.github.plandiff.model.Comparison;
import io.github.plandiff.model.DraftLedger;
import io.github.plandiff.model.Ledger;
import io.github.plandiff.model.LedgerEntry;
import io.github.plandiff.model.PartyCount;
import io.github.plandiff.model.PartyTally;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LedgerTest {

  private static final String OLD =
      "1. Ukraine will hold elections within 100 days.\n"
          + "2. Russia and the United States will extend the arms-control treaties.\n"
          + "3. Europe will contribute $100 billion to reconstruction.\n"
          + "4. NATO may open an office in Kyiv.\n";
  private static final String NEW =
      "1. Ukraine should hold elections within 100 days.\n"
          + "2. Europe will contribute $100 billion to reconstruction if Russia withdraws.\n"
          + "3. NATO will open an office in Kyiv.\n"
          + "4. Washington shall provide air defence systems and training.\n";

  private static PartyCount party(Ledger ledger, String name) {
    return ledger.parties().stream().filter(p -> p.party().equals(name)).findFirst().orElseThrow();
  }

  private static Optional<LedgerEntry> entry(Ledger ledger, String draft, String clause) {
    return ledger.commitments().stream()
        .filter(e -> e.draft().equals(draft) && e.commitment().clause().equals(clause))
        .findFirst();
  }

  @Test
  void comparesCommitmentsPerParty() {
    Ledger ledger = PlanDiff.compareTexts(OLD, NEW).ledger();
    assertThat(entry(ledger, "old", "1").orElseThrow().status())
        .isEqualTo(CommitmentStatus.SOFTENED);
    assertThat(entry(ledger, "old", "2").orElseThrow().status())
        .isEqualTo(CommitmentStatus.REMOVED);
    assertThat(entry(ledger, "old", "3").orElseThrow().status())
        .isEqualTo(CommitmentStatus.CHANGED);
    assertThat(entry(ledger, "new", "3").orElseThrow().status())
        .isEqualTo(CommitmentStatus.HARDENED);
    assertThat(entry(ledger, "new", "4").orElseThrow().status()).isEqualTo(CommitmentStatus.ADDED);
    assertThat(entry(ledger, "old", "1").orElseThrow().counterpart().orElseThrow().clause())
        .isEqualTo("1");
    PartyCount ukraine = party(ledger, "Ukraine");
    assertThat(List.of(ukraine.oldCount(), ukraine.newCount(), ukraine.softened()))
        .containsExactly(1, 1, 1);
    PartyCount us = party(ledger, "United States");
    assertThat(List.of(us.oldCount(), us.newCount(), us.added(), us.removed()))
        .containsExactly(1, 1, 1, 1);
    assertThat(party(ledger, "Russia").removed()).isEqualTo(1);
    assertThat(party(ledger, "Europe").changed()).isEqualTo(1);
    assertThat(party(ledger, "NATO").hardened()).isEqualTo(1);
    assertThat(ledger.groups()).extracting(PartyCount::party).contains("Russia + United States");
  }

  @Test
  void countsAddUpForEveryPartyOnTheSamples() {
    Comparison c =
        PlanDiff.compare(Path.of("samples/ukraine-28.txt"), Path.of("samples/ukraine-20.txt"));
    assertThat(c.ledger().parties()).isNotEmpty();
    for (PartyCount p : c.ledger().parties()) {
      assertThat(p.newCount()).as(p.party()).isEqualTo(p.oldCount() - p.removed() + p.added());
    }
    for (PartyCount p : c.ledger().groups()) {
      assertThat(p.newCount()).as(p.party()).isEqualTo(p.oldCount() - p.removed() + p.added());
    }
  }

  @Test
  void identicalDraftsKeepEveryCommitment() {
    Ledger ledger = PlanDiff.compareTexts(OLD, OLD).ledger();
    assertThat(ledger.commitments())
        .extracting(LedgerEntry::status)
        .containsOnly(CommitmentStatus.KEPT);
    assertThat(ledger.commitments()).hasSize(8);
  }

  @Test
  void symmetricComparisonMirrorsAddedAndRemoved() {
    Ledger forward = PlanDiff.compareTexts(OLD, NEW).ledger();
    Ledger backward = PlanDiff.compareTexts(NEW, OLD).ledger();
    for (PartyCount p : forward.parties()) {
      PartyCount q = party(backward, p.party());
      assertThat(List.of(q.added(), q.removed(), q.hardened(), q.softened()))
          .as(p.party())
          .containsExactly(p.removed(), p.added(), p.softened(), p.hardened());
    }
  }

  @Test
  void tallesOneDraft() {
    DraftLedger ledger =
        new Commitments().ledger(PlanDiff.parse(Path.of("samples/ukraine-28.txt")));
    assertThat(ledger.parties().get(ledger.parties().size() - 1).party()).isEqualTo("unspecified");
    PartyTally ukraine =
        ledger.parties().stream()
            .filter(p -> p.party().equals("Ukraine"))
            .findFirst()
            .orElseThrow();
    assertThat(ukraine.total())
        .isEqualTo(ukraine.binding() + ukraine.soft() + ukraine.permission());
    assertThat(ledger.commitments()).isNotEmpty();
  }
}
