package io.github.plandiff.classify;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.plandiff.model.Commitment;
import io.github.plandiff.model.CommitmentModality;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How the long sentences of statutes split into commitments: phrases between commas before a modal,
 * relative clauses in brackets, verb phrases of one subject with different modals.
 */
class CommitmentPartsInStatutesTest {

  private static List<Commitment> of(String text) {
    return CommitmentMeasurementTest.WITH_BILL_PARTIES.of("1", text);
  }

  @Test
  void subjectBeforeAPrepositionalPhraseBetweenCommasBindsAlone() {
    List<Commitment> found =
        of(
            "Not less than $1,000,000 shall be used for investigations: Provided further, That the"
                + " Secretary of the Treasury, in coordination with the Administrator and the heads"
                + " of other Federal agencies, as appropriate, shall submit a report (which shall be"
                + " submitted in unclassified form) to the Committees.");
    assertThat(found).hasSize(2);
    assertThat(found.get(1).obligors()).containsExactly("Secretary of the Treasury");
    assertThat(found.get(1).text()).startsWith("That the Secretary of the Treasury");
  }

  @Test
  void relativeClauseAfterAPrepositionIsNoPrepositionalPhrase() {
    List<Commitment> found =
        of(
            "For expenses, $5,000,000, to remain available until expended, of which $5,000 shall"
                + " be available for official reception expenses.");
    assertThat(found).isEmpty();
  }

  @Test
  void bracketedRelativeClauseLeavesTheModalBeforeItBinding() {
    List<Commitment> found =
        of(
            "The Secretary shall submit a report (which shall be submitted in unclassified form)"
                + " to the Committees.");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).obligors()).containsExactly("Secretary");
    assertThat(found.get(0).text()).contains("shall submit");
    List<Commitment> embedded =
        of("The amount that the Secretary may transfer shall be available for travel.");
    assertThat(embedded).hasSize(1);
    assertThat(embedded.get(0).modality()).isEqualTo(CommitmentModality.BINDING);
  }

  @Test
  void verbPhrasesOfOneSubjectThatDifferInModalityAreTwoCommitments() {
    List<Commitment> found =
        of(
            "Up to $33,500,000 may be transferred to the Departmental Offices appropriation and"
                + " shall be available for administrative support.");
    assertThat(found).hasSize(2);
    assertThat(found.get(0).modality()).isEqualTo(CommitmentModality.PERMISSION);
    assertThat(found.get(1).modality()).isEqualTo(CommitmentModality.BINDING);
    assertThat(found.get(1).text()).startsWith("and shall be available");
    assertThat(found.get(1).obligors()).containsExactly(Commitment.UNSPECIFIED);
    assertThat(of("The Secretary shall notify the Committees and shall publish the notice."))
        .hasSize(1);
    assertThat(of("The Secretary may waive the fee and shall report each waiver."))
        .extracting(Commitment::obligors)
        .containsExactly(List.of("Secretary"), List.of("Secretary"));
  }

  @Test
  void aClosingQuoteHidesNoBreak() {
    List<Commitment> found =
        of(
            "For the designated High Intensity Drug Trafficking Areas (“HIDTAs”), of which not less"
                + " than 51 percent shall be transferred to State and local entities: Provided, That"
                + " up to 49 percent may be transferred to Federal agencies.");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).modality()).isEqualTo(CommitmentModality.PERMISSION);
  }

  @Test
  void modalBeforeARelativeClauseWithAModalBindsOnItsOwn() {
    List<Commitment> found =
        of(
            "Provided further, That the District of Columbia government shall maintain a dedicated"
                + " account for the Program that shall consist of the Federal funds appropriated to"
                + " the Program.");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).obligors()).containsExactly("District of Columbia government");
  }

  @Test
  void negatorAfterAnOpeningPhraseHeadsTheSubject() {
    Commitment none =
        of("Except as otherwise provided in this Act, none of the funds provided in this Act, or"
                + " provided from any accounts in the Treasury, shall be available for a new"
                + " program.")
            .get(0);
    assertThat(none.negated()).isTrue();
    Commitment not =
        of("For necessary expenses, not otherwise provided for, $5,000,000, of which $1,000 shall"
                + " be available for travel: Provided, That the Administrator is authorized to"
                + " charge fees.")
            .get(0);
    assertThat(not.negated()).isFalse();
  }

  @Test
  void relativeClausesOfAnAppropriationBindNoOne() {
    assertThat(
            of(
                "For expenses, $84,703,000, of which $1,500,000 shall remain available until"
                    + " expended, and of which $5,000 shall be available for reception expenses."))
        .isEmpty();
    assertThat(
            of(
                "For expenses necessary to enable the President to meet needs in furtherance of"
                    + " security or defense which may arise at home or abroad, $1,000,000."))
        .isEmpty();
  }

  @Test
  void adverbialClauseInsideAPredicateBindsNoOne() {
    assertThat(
            of(
                "For miscellaneous expenses, to be expended as the Chief Justice may approve,"
                    + " $84,703,000, of which $1,500,000 shall remain available until expended."))
        .isEmpty();
    List<Commitment> found =
        of(
            "Provided, That the Secretary, upon determination that such action is necessary to"
                + " address needs as a result of the hurricanes, may transfer such funds.");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).obligors()).containsExactly("Secretary");
  }

  @Test
  void relativeClauseInTheComplementOfAMainVerbBindsNoOne() {
    List<Commitment> found =
        of(
            "The maximum amount allowable is hereby fixed at $19,947 except station wagons for"
                + " which the maximum shall be $19,997: Provided, That these limits may be exceeded"
                + " for police-type vehicles.");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).modality()).isEqualTo(CommitmentModality.PERMISSION);
    assertThat(of("The line on which troops stand will be frozen.")).hasSize(1);
  }

  @Test
  void clauseOpenedByExceptThatHasItsOwnSubject() {
    List<Commitment> found =
        of(
            "No agency shall lease any additional facilities, except that the Federal Law"
                + " Enforcement Training Center is authorized to obtain the temporary use of"
                + " additional facilities.");
    assertThat(found).hasSize(2);
    assertThat(found.get(1).obligors()).containsExactly("Federal Law Enforcement Training Center");
  }

  @Test
  void partKeepsTheSymbolWrittenBeforeItsFirstWord() {
    List<Commitment> found =
        of(
            "Of the total amount, not to exceed $14,000,000 shall remain available: Provided"
                + " further, That of the total amount, $639,018 may be made available for training.");
    assertThat(found).hasSize(2);
    assertThat(found.get(1).text()).startsWith("$639,018 may be made available");
  }

  @Test
  void commaAfterABracketClosesTheParentheticalBeforeTheModal() {
    List<Commitment> found =
        of(
            "Provided, That not to exceed $300,000 shall be available for collection services:"
                + " Provided further, That not to exceed $136,000,000 of offsetting collections"
                + " derived from fees under the Act (15 U.S.C. 18a), regardless of the year of"
                + " collection, shall be retained and used for necessary expenses.");
    assertThat(found).hasSize(2);
    assertThat(found.get(1).text()).startsWith("That not to exceed $136,000,000");
  }
}
