package io.github.plandiff;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.plandiff.model.Comparison;
import io.github.plandiff.model.HeadingChange;
import io.github.plandiff.model.HeadingKind;
import io.github.plandiff.model.Relation;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeadingChangesTest {

  private static String draft(int sections, String heading) {
    StringBuilder sb = new StringBuilder("Plan\n\n");
    for (int k = 1; k <= sections; k++) {
      sb.append(heading).append(' ').append(k).append("\n\n");
      sb.append(k).append(". The parties will settle matter number ").append(k * 7).append(".\n\n");
    }
    return sb.toString();
  }

  @Test
  void pairsRenamedSectionsByTheirPointsOnADraftWithAHeadingOverEveryPoint() {
    Comparison c = PlanDiff.compareTexts(draft(2_000, "Topic"), draft(2_000, "Subject"));

    List<HeadingChange> sections =
        c.headings().stream().filter(h -> h.kind() == HeadingKind.SECTION).toList();
    assertThat(sections).hasSize(2_000);
    assertThat(sections).allMatch(h -> h.relation() == Relation.REWORDED);
    assertThat(sections).allMatch(h -> h.oldIds().equals(h.newIds()));
    assertThat(sections.get(1_234).newText()).isEqualTo("Subject 1235");
    assertThat(sections.get(1_234).position()).isEqualTo(1_234);
  }

  @Test
  void pairsSectionsByEqualTitlesBeforeTheirPoints() {
    String old = "Plan\n\nSecurity\n\n1. A ceasefire.\n\nEconomy\n\n2. A fund.\n";
    String now = "Plan\n\nEconomy\n\n1. A fund.\n\nSecurity\n\n2. A ceasefire.\n";
    Comparison c = PlanDiff.compareTexts(old, now);

    assertThat(c.headings())
        .filteredOn(h -> h.kind() == HeadingKind.SECTION)
        .extracting(h -> h.relation() + " " + h.oldIds() + ">" + h.newIds())
        .containsExactly("UNCHANGED [s2]>[s1]", "UNCHANGED [s1]>[s2]");
  }
}
