package io.github.plandiff.parse;

import static io.github.plandiff.parse.Drafts.allIds;
import static io.github.plandiff.parse.Drafts.clause;
import static io.github.plandiff.parse.Drafts.messages;
import static io.github.plandiff.parse.Drafts.parse;
import static io.github.plandiff.parse.Drafts.topIds;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.plandiff.model.Draft;
import io.github.plandiff.model.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SectionsTest {

  @ParameterizedTest
  @ValueSource(strings = {"I.|II.", "A.|B.", "Part 1 —|Part 2 —", "Section I.|Section II."})
  void keepsPointsNumberedOnThroughNumberedSections(String labels) {
    String[] l = labels.split("\\|");
    Draft draft =
        parse(
            "Peace plan\n\n"
                + l[0]
                + " SECURITY\n1. A ceasefire takes effect.\n2. Troops withdraw.\n"
                + l[1]
                + " ECONOMY\n3. A fund is set up.\n4. Sanctions are lifted.\n");

    assertThat(allIds(draft)).containsExactly("1", "2", "3", "4");
    assertThat(clause(draft, "3").text()).isEqualTo("A fund is set up.");
    assertThat(draft.sections()).extracting(Section::title).containsExactly("SECURITY", "ECONOMY");
    assertThat(draft.sections()).extracting(Section::label).containsExactly(l[0], l[1]);
    assertThat(draft.sections().get(0).clauses()).containsExactly("1", "2");
    assertThat(draft.sections().get(1).clauses()).containsExactly("3", "4");
    assertThat(draft.text().substring(draft.sections().get(1).span().start()))
        .startsWith(l[1] + " ECONOMY");
    assertThat(messages(draft)).isEmpty();
  }

  @Test
  void keepsPointsUnderNumberedSectionsWhoseNumberingRestartsAsTheirChildren() {
    Draft draft =
        parse(
            "Peace plan\n\nI. SECURITY\n1. A ceasefire takes effect.\n2. Troops withdraw.\n"
                + "II. ECONOMY\n1. A fund is set up.\n2. Sanctions are lifted.\n");

    assertThat(topIds(draft)).containsExactly("I", "II");
    assertThat(allIds(draft)).containsExactly("I", "I.1", "I.2", "II", "II.1", "II.2");
    assertThat(draft.sections()).isEmpty();
  }

  @Test
  void makesANamedHeadingTheHeadingOfItsGroupNotOfItsFirstPoint() {
    Draft draft =
        parse(
            "Peace plan\n\nSecurity\n\n1. A ceasefire takes effect.\n2. Troops withdraw.\n\n"
                + "Economy and reconstruction\n\n3. A fund is set up.\n");

    assertThat(topIds(draft)).containsExactly("1", "2", "3");
    assertThat(clause(draft, "1").heading()).isEmpty();
    assertThat(clause(draft, "3").heading()).isEmpty();
    assertThat(draft.sections())
        .extracting(Section::id, Section::title)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("s1", "Security"),
            org.assertj.core.groups.Tuple.tuple("s2", "Economy and reconstruction"));
    assertThat(draft.sections().get(0).clauses()).containsExactly("1", "2");
    assertThat(draft.sections().get(1).clauses()).containsExactly("3");
  }

  @Test
  void keepsANoteAboveAPointAsThatPointsHeading() {
    Draft draft =
        parse("Plan\n\n1. A ceasefire.\n\n(Point 2 has been deleted.)\n\n3. Troops withdraw.\n");

    assertThat(clause(draft, "3").heading()).contains("(Point 2 has been deleted.)");
    assertThat(draft.sections()).isEmpty();
  }
}
