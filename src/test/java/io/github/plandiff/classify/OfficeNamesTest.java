package io.github.plandiff.classify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Offices whose names hold a party of the lexicon before their head. */
class OfficeNamesTest {

  private static List<String> obligors(String text) {
    return CommitmentMeasurementTest.WITH_BILL_PARTIES.of("1", text).get(0).obligors();
  }

  @Test
  void partyBeforeTheHeadQualifiesTheOffice() {
    assertThat(
            obligors("None of the funds may be used by the United States Mint to build a museum."))
        .containsExactly("United States Mint");
    assertThat(
            obligors(
                "None of the funds may be used by the District of Columbia Attorney General to"
                    + " provide assistance."))
        .containsExactly("District of Columbia Attorney General");
  }

  @Test
  void partyAfterTheHeadKeepsItsWords() {
    assertThat(obligors("The Government of Ukraine shall hold elections."))
        .containsExactly("Ukraine");
    assertThat(obligors("The Secretary of Homeland Security shall submit a report."))
        .containsExactly("Secretary of Homeland Security");
  }

  @Test
  void quotedHeadingNamesNoOne() {
    assertThat(
            obligors(
                "Amounts made available under the heading “Office of Terrorism and Financial"
                    + " Intelligence” shall be available to reimburse the account."))
        .containsExactly("unspecified");
  }

  @Test
  void headingRunIntoItsTextNamesNoOffice() {
    assertThat(
            obligors(
                "In General.—The Secretary of Labor is authorized to employ law enforcement"
                    + " officers."))
        .containsExactly("Secretary of Labor");
    assertThat(
            obligors(
                "Department of State Inspector General Waiver Authority.—The Inspector General of"
                    + " the Department of State may waive the provisions."))
        .doesNotContain("Department", "Department of State Inspector General Waiver Authority");
  }

  @Test
  void nameEndsBeforeTheTextItsHeadingRunsInto() {
    assertThat(
            obligors(
                "INDEPENDENT AGENCIES Commodity Futures Trading Commission For necessary expenses,"
                    + " $5,000,000, of which the Commission may use $1,000 for travel: Provided,"
                    + " That the Commodity Futures Trading Commission shall report monthly."))
        .containsExactly("Commodity Futures Trading Commission");
    assertThat(obligors("The NASA Advisory Council shall submit a report."))
        .containsExactly("NASA Advisory Council");
  }

  @Test
  void nounsOfOfficeComeFromTheCommitmentWords(@TempDir Path dir) throws IOException {
    String text = "The Royal Audit Directorate shall publish the accounts.";
    assertThat(new Commitments().of("1", text).get(0).obligors()).containsExactly("unspecified");
    ObjectMapper json = new ObjectMapper();
    ObjectNode words = json.valueToTree(CommitmentWords.defaults());
    words.withArray("officeNouns").add("directorate");
    Path file = dir.resolve("words.json");
    json.writeValue(file.toFile(), words);
    Commitments custom = new Commitments(Lexicon.defaults(), CommitmentWords.read(file));
    assertThat(custom.of("1", text).get(0).obligors()).containsExactly("Royal Audit Directorate");
  }
}
