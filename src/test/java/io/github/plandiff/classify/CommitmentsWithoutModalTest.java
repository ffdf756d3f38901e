package io.github.plandiff.classify;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.plandiff.PlanDiff;
import io.github.plandiff.model.Commitment;
import io.github.plandiff.model.CommitmentModality;
import io.github.plandiff.model.Draft;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Imperative and present-tense provisions, which bind without a modal, and the statements of fact
 * or purpose, headings and list items that look like them or like a duty but bind no one.
 */
class CommitmentsWithoutModalTest {

  private static final Commitments COMMITMENTS = new Commitments();

  private static Commitment one(String text) {
    List<Commitment> found = COMMITMENTS.of("1", text);
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  @Test
  void imperativeBindsEveryParty() {
    Commitment c = one("Withdraw all heavy weapons from the line of contact.");
    assertThat(c.obligors()).containsExactly("all parties");
    assertThat(c.modality()).isEqualTo(CommitmentModality.BINDING);
    assertThat(c.negated()).isFalse();
  }

  @Test
  void imperativeMayFollowALeadingPhrase() {
    assertThat(
            one("Within ten days of signature, start a review of the lists of detainees.")
                .obligors())
        .containsExactly("all parties");
  }

  @Test
  void modalInTheObjectOfAnImperativeIsNoCommitmentOfItsOwn() {
    Commitment c = one("Pass a law under which no detainee may be held without trial.");
    assertThat(c.obligors()).containsExactly("all parties");
    assertThat(c.modality()).isEqualTo(CommitmentModality.BINDING);
    assertThat(one("Ensure that food can reach the towns along the border.").obligors())
        .containsExactly("all parties");
  }

  @Test
  void presentTenseProvisionBindsItsSubject() {
    Commitment c = one("The OSCE verifies the withdrawal of heavy weapons.");
    assertThat(c.obligors()).containsExactly("OSCE");
    assertThat(c.modality()).isEqualTo(CommitmentModality.BINDING);
    assertThat(one("After the exchange, Russia returns the detainees to their homes.").obligors())
        .containsExactly("Russia");
  }

  @Test
  void presentTenseAfterSeveralPartiesOrACollectiveHasTheBaseForm() {
    assertThat(one("Both sides exchange prisoners within a week.").obligors())
        .containsExactly("all parties");
    assertThat(one("Russia and Ukraine exchange prisoners within a week.").obligors())
        .containsExactly("Russia", "Ukraine");
  }

  @Test
  void partyAfterOfAtTheHeadOfTheSubjectIsBound() {
    assertThat(one("The Government of Russia will release the detainees.").obligors())
        .containsExactly("Russia");
    assertThat(one("The Parliament of Ukraine ratifies the treaty within a month.").obligors())
        .containsExactly("Ukraine");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The United States is a party to the treaty.",
        "Whether Ukraine joins NATO is a matter for its members.",
        "The United States proposes that Russia and Ukraine sign it together.",
        "The parties proceed on the assumption that the line holds.",
        "NATO troops remain in Poland.",
        "United States officials have met their counterparts.",
        "Extension of authority to provide assistance to Ukraine.",
        "Guarantee provided by the United States:",
        "Congress makes the following findings:",
        "Economic cooperation between Russia and the United States.",
        "Territorial arrangements (still under negotiation):",
        "Section 404 of the Act is repealed.",
        "The aim of the fund is to rebuild the towns along the border."
      })
  void statementsOfFactAndHeadingsBindNoOne(String text) {
    assertThat(COMMITMENTS.of("1", text)).isEmpty();
  }

  @Test
  void parentheticalBeforeAModalLeavesItsSubject() {
    List<Commitment> found =
        COMMITMENTS.of(
            "1",
            "Funds may be transferred to the fund, and such funds, once transferred, shall remain"
                + " available.");
    assertThat(found).hasSize(2);
    assertThat(found.get(0).modality()).isEqualTo(CommitmentModality.PERMISSION);
    assertThat(found.get(1).modality()).isEqualTo(CommitmentModality.BINDING);
  }

  @Test
  void modalInARelativeClauseOpenedByAPrepositionContinuesTheOneBefore() {
    Commitment c =
        one("Ukraine consents to an amendment under which it will not join an alliance.");
    assertThat(c.obligors()).containsExactly("Ukraine");
    assertThat(c.negated()).isTrue();
  }

  @Test
  void itemsThatContinueALeadInAreNoImperatives() {
    String text =
        "1. Withdraw all heavy weapons from the line of contact.\n"
            + "2. The following matters are to be settled:\n"
            + "(a) Prisoner exchanges along the line of contact.\n"
            + "(b) Demining of the farmland near the line.\n";
    Draft draft = PlanDiff.parse(text.getBytes(StandardCharsets.UTF_8), "lead-in.txt", "lead-in");
    List<Commitment> found = COMMITMENTS.of(draft);
    assertThat(found).extracting(Commitment::clause).containsExactly("1", "2");
    assertThat(found.get(0).obligors()).containsExactly("all parties");
  }

  @Test
  void haveBeforeItsObjectOpensACausativeImperative() {
    Commitment c = one("Have the OSCE monitor and verify the ceasefire.");
    assertThat(c.obligors()).containsExactly("all parties");
    assertThat(c.modality()).isEqualTo(CommitmentModality.BINDING);
    assertThat(COMMITMENTS.of("1", "Have all parties agreed?")).isEmpty();
  }

  @Test
  void adjectiveOfAPartyBeforeItsForcesNamesThatParty() {
    Commitment plain = one("Ukrainian troops pull back from the actual line of contact;");
    assertThat(plain.obligors()).containsExactly("Ukraine");
    assertThat(one("The Russian side shall release all prisoners.").obligors())
        .containsExactly("Russia");
    assertThat(one("Russian assets will stay frozen.").obligors())
        .containsExactly(Commitment.UNSPECIFIED);
  }
}
