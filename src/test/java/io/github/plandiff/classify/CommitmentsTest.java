package io.github.plandiff.classify;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.plandiff.model.Commitment;
import io.github.plandiff.model.CommitmentModality;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommitmentsTest {

  private static final Commitments COMMITMENTS = new Commitments();

  private static List<Commitment> of(String text) {
    return COMMITMENTS.of("1", text);
  }

  private static Commitment one(String text) {
    List<Commitment> found = of(text);
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  @Test
  void bindsEveryPartyOfAListedSubject() {
    Commitment c = one("Russia, Ukraine and Europe will conclude a pact of non-aggression.");
    assertThat(c.obligors()).containsExactly("Russia", "Ukraine", "Europe");
    assertThat(c.modality()).isEqualTo(CommitmentModality.BINDING);
    assertThat(c.negated()).isFalse();
  }

  @Test
  void normalisesAliasesOfOneParty() {
    assertThat(one("The U.S. will provide air defence.").obligors())
        .containsExactly("United States");
    assertThat(one("Washington will provide air defence.").obligors())
        .containsExactly("United States");
    assertThat(one("The United States will provide air defence.").obligors())
        .containsExactly("United States");
  }

  @Test
  void agentlessPassiveBindsNoNamedParty() {
    Commitment c = one("Ukraine's sovereignty will be confirmed.");
    assertThat(c.obligors()).containsExactly(Commitment.UNSPECIFIED);
    assertThat(c.unspecified()).isTrue();
    assertThat(c.counterparties()).containsExactly("Ukraine");
  }

  @Test
  void passiveWithAnAgentBindsTheAgent() {
    Commitment c = one("Its implementation will be overseen and guaranteed by the Peace Council.");
    assertThat(c.obligors()).containsExactly("Peace Council");
  }

  @Test
  void namesTheCounterparty() {
    Commitment c = one("The United States will provide guarantees to Ukraine.");
    assertThat(c.obligors()).containsExactly("United States");
    assertThat(c.counterparties()).containsExactly("Ukraine");
    assertThat(one("Ukraine will speed up talks with the United States.").counterparties())
        .containsExactly("United States");
  }

  @Test
  void readsModalityAndNegation() {
    assertThat(one("Europe should contribute funds.").modality())
        .isEqualTo(CommitmentModality.SOFT);
    assertThat(one("Ukraine may request assistance.").modality())
        .isEqualTo(CommitmentModality.PERMISSION);
    Commitment prohibition = one("NATO may not deploy troops in Ukraine.");
    assertThat(prohibition.modality()).isEqualTo(CommitmentModality.BINDING);
    assertThat(prohibition.negated()).isTrue();
    assertThat(one("Russia will place no obstacles to shipping.").negated()).isTrue();
  }

  @Test
  void splitsCoordinatedCommitmentsAndKeepsCoordinatedVerbsTogether() {
    List<Commitment> two =
        of("Russia will withdraw, and Ukraine will hold elections within 100 days.");
    assertThat(two)
        .extracting(Commitment::obligors)
        .containsExactly(List.of("Russia"), List.of("Ukraine"));
    assertThat(two.get(1).deadlines()).containsExactly("within 100 days");
    assertThat(two.get(0).deadlines()).isEmpty();
    assertThat(of("Russia will adopt the law and will ratify the treaty.")).hasSize(1);
    assertThat(of("Ukraine agrees that it will keep its status.")).hasSize(1);
  }

  @Test
  void leadingConditionGovernsEveryPart() {
    List<Commitment> parts =
        of("Should Russia invade Ukraine, a response will follow, and sanctions will be restored.");
    assertThat(parts).hasSize(2);
    assertThat(parts).allSatisfy(c -> assertThat(c.conditions()).hasSize(1));
    assertThat(parts).allSatisfy(c -> assertThat(c.unspecified()).isTrue());
  }

  @Test
  void collectiveSubjectBindsAllParties() {
    assertThat(one("All parties undertake to bring no claims.").obligors())
        .containsExactly("all parties");
  }

  @Test
  void reportedSpeechAndPlainStatementsAreNoCommitment() {
    assertThat(of("The parties proceed on the assumption that Russia will not attack.")).isEmpty();
    assertThat(of("Ukraine is sovereign.")).isEmpty();
    assertThat(of("")).isEmpty();
  }

  @Test
  void partyLexiconIsReplaceable() {
    Lexicon atlantis =
        Lexicon.defaults()
            .extendedWith(
                new Lexicon(
                    "",
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    List.of(new Lexicon.Party("Atlantis", List.of("Atlantis", "Poseidonia"))),
                    null));
    Commitments mine = new Commitments(atlantis, CommitmentWords.defaults());
    assertThat(mine.of("1", "Poseidonia will pay reparations.").get(0).obligors())
        .containsExactly("Atlantis");
    assertThat(COMMITMENTS.of("1", "Poseidonia will pay reparations.").get(0).unspecified())
        .isTrue();
  }

  @Test
  void spansQuoteTheClauseText() {
    String text = "Point text. Russia will withdraw, and Ukraine will hold elections.";
    for (Commitment c : of(text)) {
      assertThat(text.substring(c.start(), c.end())).isEqualTo(c.text());
      assertThat(c.sentence()).isEqualTo(1);
    }
  }

  @Test
  void anyTextGivesCommitmentsThatQuoteIt() {
    String[] words = {
      "Russia",
      "Ukraine",
      "the United States",
      "NATO",
      "will",
      "shall",
      "may",
      "not",
      "no",
      "is to be",
      "given",
      "by",
      "to",
      "with",
      "and",
      "which",
      "that",
      "it",
      "the parties",
      "Should",
      "if",
      "within 30 days",
      ",",
      ";",
      ":",
      ".",
      "(",
      ")",
      "\n",
      "’s",
      "—",
      "as",
      "than",
      "None of the funds",
      "agrees that",
      "commit",
      "be",
      "e.g.",
      "U.S.",
      "\u00A0",
      "🙂"
    };
    java.util.SplittableRandom random = new java.util.SplittableRandom(18);
    for (int round = 0; round < 2_000; round++) {
      StringBuilder text = new StringBuilder();
      int n = random.nextInt(1, 40);
      for (int k = 0; k < n; k++) {
        text.append(words[random.nextInt(words.length)]).append(random.nextInt(4) == 0 ? "" : " ");
      }
      String t = text.toString();
      for (Commitment c : COMMITMENTS.of("1", t)) {
        assertThat(t.substring(c.start(), c.end())).as(t).isEqualTo(c.text());
        assertThat(c.obligors()).as(t).isNotEmpty().doesNotHaveDuplicates();
        assertThat(c.counterparties()).as(t).doesNotContainAnyElementsOf(c.obligors());
      }
    }
  }

  @Test
  void aLongDraftReadInParallelGivesWhatEachClauseGivesAlone() {
    String[] texts = {
      "Russia will withdraw its forces within 30 days, and Ukraine will hold elections.",
      "The United States may provide air defence to Ukraine.",
      "No security guarantee will apply if this commitment is broken.",
      "Europe should contribute $100 billion.",
      "Point without a modal."
    };
    List<io.github.plandiff.model.Clause> clauses = new java.util.ArrayList<>();
    for (int k = 0; k < Commitments.PARALLEL_FROM + 100; k++) {
      String text = texts[k % texts.length] + (k % 7 == 0 ? " Clause " + k + " shall apply." : "");
      clauses.add(
          io.github.plandiff.model.Clause.of(
              String.valueOf(k + 1), (k + 1) + ".", text, io.github.plandiff.model.Span.NONE));
    }
    io.github.plandiff.model.Draft draft =
        new io.github.plandiff.model.Draft(
            "long", "long.txt", "txt", "", clauses, "", "", List.of());
    List<Commitment> expected = new java.util.ArrayList<>();
    for (io.github.plandiff.model.Clause clause : clauses) {
      expected.addAll(COMMITMENTS.of(clause.id(), clause.text()));
    }
    assertThat(COMMITMENTS.of(draft)).isEqualTo(expected);
    assertThat(COMMITMENTS.ledger(draft)).isEqualTo(COMMITMENTS.ledger(draft));
  }
}
