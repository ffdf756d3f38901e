package io.github.plandiff.classify;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.plandiff.model.Commitment;
import io.github.plandiff.model.CommitmentModality;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rules of statutory drafting: provisos, subordinate clauses, lists of subjects, bounds on amounts,
 * grants of authority and discretion.
 */
class CommitmentsInStatutesTest {

  private static List<Commitment> of(String text) {
    return CommitmentMeasurementTest.WITH_BILL_PARTIES.of("1", text);
  }

  @Test
  void provisoOpensAProvisionAndSetsNoCondition() {
    List<Commitment> found =
        of(
            "For salaries and expenses, $5,000,000: Provided, That the Secretary may transfer such"
                + " funds to any account of the Department: Provided further, That none of the"
                + " funds shall be used for travel.");
    assertThat(found).hasSize(2);
    assertThat(found.get(0).obligors()).containsExactly("Secretary");
    assertThat(found.get(0).modality()).isEqualTo(CommitmentModality.PERMISSION);
    assertThat(found.get(0).conditions()).isEmpty();
    assertThat(found.get(1).obligors()).containsExactly(Commitment.UNSPECIFIED);
    assertThat(found.get(1).modality()).isEqualTo(CommitmentModality.BINDING);
    assertThat(found.get(1).negated()).isTrue();
  }

  @Test
  void lowerCaseProvidedThatStillSetsACondition() {
    Commitment c =
        of("The Secretary may transfer funds, provided that the Committees agree.").get(0);
    assertThat(c.obligors()).containsExactly("Secretary");
    assertThat(c.conditions()).hasSize(1);
  }

  @Test
  void modalOfASubordinateClauseBindsNoOne() {
    List<Commitment> found =
        of(
            "Provided, That before a transfer may take place, the Secretary shall notify the"
                + " Committees on Appropriations.");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).obligors()).containsExactly("Secretary");
    assertThat(found.get(0).modality()).isEqualTo(CommitmentModality.BINDING);
    List<Commitment> upon =
        of(
            "Upon a finding by the President that a shortage exists, that a severe increase in"
                + " prices will result, the Secretary of Energy may sell oil from the reserve.");
    assertThat(upon).hasSize(1);
    assertThat(upon.get(0).obligors()).containsExactly("Secretary of Energy");
  }

  @Test
  void subjectOpenedByAndIsTheLastOfAList() {
    Commitment c =
        of("Each department, agency, or organization funded in titles I and II, and the"
                + " Department of the Treasury shall submit an operating plan.")
            .get(0);
    assertThat(c.obligors()).containsExactly("department or agency", "Department of the Treasury");
  }

  @Test
  void floorAndCapAreNoNegation() {
    assertThat(of("Of that amount, not less than $1,000,000 shall be transferred to the Fund."))
        .singleElement()
        .satisfies(c -> assertThat(c.negated()).isFalse());
    assertThat(
            of("The Secretary may reserve not more than 10 percent of the funds for evaluations."))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.negated()).isFalse();
              assertThat(c.modality()).isEqualTo(CommitmentModality.PERMISSION);
            });
    assertThat(of("Of the funds made available, not more than $5,000 may be expended for travel."))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.negated()).isFalse();
              assertThat(c.modality()).isEqualTo(CommitmentModality.PERMISSION);
            });
    assertThat(of("Not to exceed $5,000 shall be made available for reception expenses."))
        .singleElement()
        .satisfies(c -> assertThat(c.negated()).isFalse());
    assertThat(of("None of the funds made available may be used for travel."))
        .singleElement()
        .satisfies(c -> assertThat(c.negated()).isTrue());
  }

  @Test
  void coordinatedProvisoIsACommitmentOfItsOwn() {
    assertThat(
            of(
                "For grants, $9,000,000: Provided, That $3,000,000 shall be for part C, and that the"
                    + " limitation in section 6 shall apply only to direct costs."))
        .hasSize(2);
  }

  @Test
  void provisoMayListSeveralProvisions() {
    assertThat(
            of(
                "For family planning, $9,000,000: Provided, That amounts provided shall not be"
                    + " expended for abortions, that all counseling shall be nondirective."))
        .hasSize(2);
  }

  @Test
  void mainClauseAfterAConditionAndThenIsACommitment() {
    assertThat(
            of(
                "If a report indicates that the Fund plans to spend funds, then the amount of such"
                    + " funds shall be deducted from the contribution."))
        .hasSize(1);
  }

  @Test
  void subordinateClauseNeedsAMainClause() {
    assertThat(of("And, that the amount credited shall remain available to the permittee."))
        .singleElement()
        .satisfies(c -> assertThat(c.modality()).isEqualTo(CommitmentModality.BINDING));
    assertThat(of("In the case of a payment, if— the individual may elect to increase the limit."))
        .singleElement()
        .satisfies(c -> assertThat(c.modality()).isEqualTo(CommitmentModality.PERMISSION));
  }

  @Test
  void grantOfAuthorityIsAPermissionButAnAuthorizationOfAppropriationsIsNone() {
    Commitment c = of("The Secretary of the Navy is authorized to carry out the project.").get(0);
    assertThat(c.obligors()).containsExactly("Secretary of the Navy");
    assertThat(c.modality()).isEqualTo(CommitmentModality.PERMISSION);
    assertThat(of("There are authorized to be appropriated $10,000,000 for the project."))
        .isEmpty();
    assertThat(of("The Secretary is not authorized to waive the fee.").get(0).modality())
        .isEqualTo(CommitmentModality.BINDING);
  }

  @Test
  void provisoSubjectIsWholeAfterAnEarlierCommitment() {
    List<Commitment> found =
        of(
            "The Secretary is authorized to transfer funds to any office or account: Provided,"
                + " That no appropriation for any such office or account shall be increased.");
    assertThat(found).hasSize(2);
    assertThat(found.get(1).negated()).isTrue();
    assertThat(found.get(1).text()).contains("no appropriation");
  }

  @Test
  void existentialAuthorizationIsNoCommitment() {
    assertThat(of("There are authorized to be paid from the account such sums for expenses."))
        .isEmpty();
  }

  @Test
  void permissionLeftToAPartysDiscretionBindsThatParty() {
    Commitment c =
        of("Such products may, at the discretion of the Secretary of Energy, be stored in the"
                + " reserve.")
            .get(0);
    assertThat(c.obligors()).containsExactly("Secretary of Energy");
    assertThat(c.modality()).isEqualTo(CommitmentModality.PERMISSION);
  }

  @Test
  void modalOfARelativeClauseAfterABreakIsNoCommitmentOfItsOwn() {
    List<Commitment> found =
        of(
            "For necessary expenses, $267,500,000, of which not less than $12,000,000 shall be"
                + " available for examinations: Provided, That the Secretary is authorized to"
                + " charge fees.");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).obligors()).containsExactly("Secretary");
    assertThat(found.get(0).modality()).isEqualTo(CommitmentModality.PERMISSION);
    assertThat(of("Funds, which shall remain available until expended.")).isEmpty();
  }

  @Test
  void relativeInsideTheSubjectLeavesTheModalToTheMainClause() {
    assertThat(of("The line on which troops stand on that date will be frozen.")).hasSize(1);
    assertThat(of("Ukraine consents to an amendment under which it will not join.")).hasSize(1);
  }

  @Test
  void labelInBracketsAfterAWordBreaksNoClause() {
    Commitment c =
        of("An appropriation made by subsection (a) shall cover all obligations.").get(0);
    assertThat(c.text()).startsWith("An appropriation");
    assertThat(c.modality()).isEqualTo(CommitmentModality.BINDING);
  }

  @Test
  void shallAfterANounOfPurposeStillBinds() {
    assertThat(of("The plan shall include capital spending.")).hasSize(1);
    assertThat(of("The plan is to deepen ties.")).isEmpty();
  }

  @Test
  void anObligationToBinds() {
    Commitment c = of("An employee has an obligation to expend an honest effort.").get(0);
    assertThat(c.modality()).isEqualTo(CommitmentModality.BINDING);
    assertThat(c.obligors()).containsExactly(Commitment.UNSPECIFIED);
  }

  @Test
  void officeOrBodyNamedByItsFormBindsWithoutALexicon() {
    assertThat(
            of("None of the funds may be used by the Federal Trade Commission to complete the"
                    + " report.")
                .get(0)
                .obligors())
        .containsExactly("Federal Trade Commission");
    assertThat(
            of("Provided, That the President’s Commission on White House Fellows may accept"
                    + " donations.")
                .get(0)
                .obligors())
        .containsExactly("President’s Commission on White House Fellows");
    assertThat(of("The Secretary of Homeland Security shall submit a report.").get(0).obligors())
        .containsExactly("Secretary of Homeland Security");
    assertThat(
            of("Such transfers shall be approved in advance by the Committees on Appropriations of"
                    + " the House of Representatives and the Senate.")
                .get(0)
                .obligors())
        .containsExactly(
            "Committees on Appropriations of the House of Representatives and the Senate");
  }

  @Test
  void lexiconPartyInsideARunKeepsItsWords() {
    assertThat(
            of("The Government of Ukraine shall regain full control over the state border.")
                .get(0)
                .obligors())
        .containsExactly("Ukraine");
    assertThat(of("The Secretary and Independent Agencies shall submit a plan.").get(0).obligors())
        .contains("Secretary");
    assertThat(
            of("Funds provided under “Title IV—Corps of Engineers—Department of the Army” shall"
                    + " not be eligible.")
                .get(0)
                .obligors())
        .containsExactly(Commitment.UNSPECIFIED);
  }

  @Test
  void relativeClauseThatOpensASentenceAfterASemicolonIsNoCommitment() {
    List<Commitment> found =
        of(
            "For necessary expenses, $3,709,000,000, of which not to exceed $50,000,000 shall remain"
                + " available until September 30, 2020; of which not to exceed $20,000 shall be for"
                + " reception expenses: Provided, That the Internal Revenue Service shall submit a"
                + " report.");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).obligors()).containsExactly("Internal Revenue Service");
  }

  @Test
  void noneThatOpensTheSentenceNegatesASubjectCutByCommas() {
    Commitment c =
        of("None of the funds provided under this Act to the agencies, both Federal and District"
                + " agencies, that remain available in fiscal year 2019, shall be available for"
                + " a reprogramming.")
            .get(0);
    assertThat(c.negated()).isTrue();
    assertThat(c.modality()).isEqualTo(CommitmentModality.BINDING);
  }

  @Test
  void twoNamedBodiesJoinedByAndAreTwoAndThoseAfterIncludingBindNoOne() {
    assertThat(
            of("The Inter-American Foundation and the African Development Foundation shall report.")
                .get(0)
                .obligors())
        .containsExactly("Inter-American Foundation", "African Development Foundation");
    assertThat(
            of("Each agency, including the Inter-American Foundation, shall submit a plan.")
                .get(0)
                .obligors())
        .doesNotContain("Inter-American Foundation");
    assertThat(of("The Office of Management and Budget shall report.").get(0).obligors())
        .containsExactly("Office of Management and Budget");
    assertThat(
            of("The Office of Growth and the Office of Research shall report.").get(0).obligors())
        .containsExactly("Office of Growth", "Office of Research");
    assertThat(of("The Accounting Oversight Board (Board) shall report.").get(0).obligors())
        .containsExactly("Accounting Oversight Board");
  }

  @Test
  void secondVerbJoinedByAndNotLeavesTheCommitmentAsItsFirst() {
    Commitment c = of("Such funds shall supplement and not supplant other amounts.").get(0);
    assertThat(c.negated()).isFalse();
    assertThat(of("Such funds shall not supplant other amounts.").get(0).negated()).isTrue();
  }
}
