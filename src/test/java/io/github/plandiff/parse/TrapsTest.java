package io.github.plandiff.parse;

import static io.github.plandiff.parse.Drafts.allIds;
import static io.github.plandiff.parse.Drafts.clause;
import static io.github.plandiff.parse.Drafts.messages;
import static io.github.plandiff.parse.Drafts.parse;
import static io.github.plandiff.parse.Drafts.topIds;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.plandiff.model.Draft;
import org.junit.jupiter.api.Test;

class TrapsTest {

  @Test
  void splitsTwoPointsRunTogetherOnOneLine() {
    Draft draft =
        parse(
            "1. Ukraine's sovereignty will be confirmed.2. A non-aggression pact "
                + "will be concluded.\n3. NATO will not expand.\n");

    assertThat(topIds(draft)).containsExactly("1", "2", "3");
    assertThat(clause(draft, "1").text()).isEqualTo("Ukraine's sovereignty will be confirmed.");
    assertThat(clause(draft, "2").text()).isEqualTo("A non-aggression pact will be concluded.");
    assertThat(clause(draft, "2").span().startLine()).isEqualTo(1);
    assertThat(draft.text().substring(clause(draft, "2").span().start()))
        .startsWith("2. A non-aggression");
    assertThat(messages(draft)).anyMatch(m -> m.contains("run together"));
  }

  @Test
  void splitsSeveralRunTogetherPointsAndLeavesDecimalsAlone() {
    Draft draft = parse("1. The fund holds 2.5 billion.2. Talks begin.3. Troops leave.\n");

    assertThat(topIds(draft)).containsExactly("1", "2", "3");
    assertThat(clause(draft, "1").text()).isEqualTo("The fund holds 2.5 billion.");
  }

  @Test
  void splitsARunInPointAfterASentenceWhenTheNextNumberConfirmsIt() {
    Draft draft =
        parse(
            "1. Sovereignty will be confirmed.\n2. A pact will be concluded between the parties."
                + " 3. The parties will exchange all prisoners.\n4. NATO will not expand.\n");

    assertThat(topIds(draft)).containsExactly("1", "2", "3", "4");
    assertThat(clause(draft, "2").text())
        .isEqualTo("A pact will be concluded between the parties.");
    assertThat(clause(draft, "3").text()).isEqualTo("The parties will exchange all prisoners.");
    assertThat(draft.text().substring(clause(draft, "3").span().start())).startsWith("3. The");
    assertThat(messages(draft)).noneMatch(m -> m.contains("missing"));
  }

  @Test
  void keepsANumberAfterASentenceInItsPointWhenTheSequenceDoesNotConfirmIt() {
    Draft unconfirmed =
        parse(
            "1. Sovereignty will be confirmed.\n2. The pact follows the talks of 2025. 3. Units"
                + " withdraw.\n3. NATO will not expand.\n");
    Draft lowerCase =
        parse("1. Sovereignty.\n2. As agreed. 3. the parties meet.\n3. NATO will not expand.\n");

    assertThat(topIds(unconfirmed)).containsExactly("1", "2", "3");
    assertThat(clause(unconfirmed, "2").text()).endsWith("2025. 3. Units withdraw.");
    assertThat(topIds(lowerCase)).containsExactly("1", "2", "3");
  }

  @Test
  void keepsWrappedLinesThatStartWithANumberInTheirPoint() {
    String wrapped =
        """
        1. The armed forces of Ukraine will be limited in peacetime to a total of
        600,000 personnel, and the limit will be reviewed by both parties in the year
        2030. The review takes place under the auspices of the joint commission set up
        by point 4 of this plan and of the monitoring group.
        2. Elections will be held no later than one hundred days after signature and
        100 days after signature the parties will meet again to check progress made on
        3. the points above, as the commission of the parties sees fit at that time.
        3. Prisoners are exchanged on an all for all basis within a month.
        """;
    Draft draft = parse(wrapped);

    assertThat(topIds(draft)).containsExactly("1", "2", "3");
    assertThat(clause(draft, "1").text())
        .contains("to a total of 600,000 personnel")
        .contains("in the year 2030. The review")
        .doesNotContain("\n");
    assertThat(clause(draft, "2").text()).contains("signature and 100 days after signature");
  }

  @Test
  void takesNumbersAtTheStartOfLinesForTextWhenTheyAreNotTheNextPoint() {
    Draft draft =
        parse(
            "1. The ceasefire begins at once.\n2. Forces withdraw by the end of\n"
                + "2026. The withdrawal is monitored.\n3. Elections follow.\n");

    assertThat(topIds(draft)).containsExactly("1", "2", "3");
    assertThat(clause(draft, "2").text()).contains("2026. The withdrawal");
  }

  @Test
  void keepsHeadingsThatStartWithADigitOutOfTheNumbering() {
    Draft draft =
        parse(
            "20-point plan for peace\n\nThe parties agree as follows.\n\n"
                + "2025 framework\n\n1. A ceasefire.\n2. Talks.\n");

    assertThat(topIds(draft)).containsExactly("1", "2");
    assertThat(draft.preamble())
        .isEqualTo("20-point plan for peace\nThe parties agree as follows.");
    assertThat(draft.sections()).hasSize(1);
    assertThat(draft.sections().get(0).title()).isEqualTo("2025 framework");
    assertThat(draft.sections().get(0).clauses()).containsExactly("1", "2");
    assertThat(clause(draft, "1").heading()).isEmpty();
    assertThat(clause(draft, "1").text()).isEqualTo("A ceasefire.");
  }

  @Test
  void keepsADeletedPointAsAMarkedPlaceholder() {
    Draft draft = parse("1. A ceasefire.\n2. Talks.\n3. [Deleted.]\n4. Elections.\n");

    assertThat(topIds(draft)).containsExactly("1", "2", "3", "4");
    assertThat(clause(draft, "3").text()).isEqualTo("[Deleted.]");
    assertThat(messages(draft)).anyMatch(m -> m.contains("clause 3") && m.contains("deleted"));
  }

  @Test
  void keepsAnUnnumberedPlaceholderOutOfThePreviousPoint() {
    Draft draft =
        parse(
            "1. A ceasefire.\n\n2. Talks between the parties.\n\n"
                + "(The U.S. draft's point 3 has been deleted.)\n\n4. Elections.\n");

    assertThat(topIds(draft)).containsExactly("1", "2", "4");
    assertThat(clause(draft, "2").fullText()).isEqualTo("Talks between the parties.");
    assertThat(clause(draft, "4").heading())
        .contains("(The U.S. draft's point 3 has been deleted.)");
    assertThat(messages(draft)).anyMatch(m -> m.contains("deleted point"));
    assertThat(messages(draft)).anyMatch(m -> m.contains("number 3 is missing"));
  }

  @Test
  void readsAnAnnexWithItsOwnNumberingAsAUnitWithItsOwnIds() {
    Draft draft =
        parse(
            "1. A ceasefire.\n2. Talks.\n\nAnnex 1: Map of the line\n\n"
                + "1. The line runs along the river.\n2. The buffer is 15 km wide.\n");

    assertThat(topIds(draft)).containsExactly("1", "2", "Annex 1/1", "Annex 1/2");
    assertThat(clause(draft, "Annex 1/2").text()).isEqualTo("The buffer is 15 km wide.");
    assertThat(draft.annexes()).hasSize(1);
    assertThat(draft.annexes().get(0).id()).isEqualTo("Annex 1");
    assertThat(draft.annexes().get(0).title()).isEqualTo("Annex 1: Map of the line");
    assertThat(draft.annexes().get(0).clauses()).containsExactly("Annex 1/1", "Annex 1/2");
    assertThat(draft.trailing()).isEmpty();
    assertThat(draft.warnings()).isEmpty();
  }

  @Test
  void readsAnAnnexTitleLineWithoutABlankLineBeforeItAsAnAnnex() {
    Draft draft =
        parse(
            "1. A ceasefire.\n2. Talks.\nAnnex\n1. The line runs along the river.\n"
                + "2. The buffer is 15 km wide.\n");

    assertThat(topIds(draft)).containsExactly("1", "2", "Annex/1", "Annex/2");
    assertThat(draft.annexes()).extracting(a -> a.id()).containsExactly("Annex");
    assertThat(draft.trailing()).isEmpty();
  }

  @Test
  void keepsASentenceThatStartsWithAnAnnexWordWithoutABlankLineInItsPoint() {
    Draft draft =
        parse(
            "1. A ceasefire.\n2. Talks.\nAnnex 2 of the Minsk Protocol applies.\n"
                + "3. Elections.\n");

    assertThat(topIds(draft)).containsExactly("1", "2", "3");
    assertThat(draft.trailing()).isEmpty();
  }

  @Test
  void keepsARestartedNumberingWithUniqueIdsAndAWarning() {
    Draft draft = parse("1. A ceasefire.\n2. Talks.\n\n1. Second list.\n2. More.\n");

    assertThat(topIds(draft)).containsExactly("1", "2", "1~2", "2~2");
    assertThat(clause(draft, "1~2").label()).isEqualTo("1.");
    assertThat(messages(draft)).anyMatch(m -> m.contains("restarts"));
  }

  @Test
  void keepsSkippedAndRepeatedNumbersAsPrintedWithWarnings() {
    Draft draft = parse("5. One.\n6. Two.\n7. Three.\n7. Four.\n9. Five.\n");

    assertThat(topIds(draft)).containsExactly("5", "6", "7", "7~2", "9");
    assertThat(clause(draft, "7~2").label()).isEqualTo("7.");
    assertThat(clause(draft, "7~2").text()).isEqualTo("Four.");
    assertThat(messages(draft))
        .anyMatch(m -> m.contains("\"7.\" appears twice") && m.contains("7~2"));
    assertThat(messages(draft)).anyMatch(m -> m.contains("number 8 is missing"));
    assertThat(draft.warnings()).extracting(w -> w.line()).contains(4, 5);
  }

  @Test
  void keepsEditorialInsertionsInTheText() {
    Draft draft =
        parse(
            "1. The parties [\u2026] agree to a ceasefire.\n"
                + "2. Sanctions will be lifted (in stages \u2013 Ed.) after a year.\n"
                + "[Sub-points under this item are not reproduced.]\n3. Talks.\n");

    assertThat(topIds(draft)).containsExactly("1", "2", "3");
    assertThat(clause(draft, "1").text()).contains("[\u2026]");
    assertThat(clause(draft, "2").fullText())
        .contains("(in stages \u2013 Ed.)")
        .contains("[Sub-points under this item are not reproduced.]");
  }

  @Test
  void keepsTruncatedTextAndWarnsAboutIt() {
    Draft draft = parse("1. A ceasefire.\n2. The parties withdraw to the li");

    assertThat(clause(draft, "2").text()).isEqualTo("The parties withdraw to the li");
    assertThat(messages(draft)).anyMatch(m -> m.contains("truncated"));
  }

  @Test
  void doesNotTakeInitialsInASignatureBlockForLabels() {
    Draft draft = parse("1. A ceasefire.\n2. Talks.\n\nA. V. Zakharchenko\n\nI. V. Plotnitsky\n");

    assertThat(allIds(draft)).containsExactly("1", "2");
    assertThat(clause(draft, "2").text()).isEqualTo("Talks.\nA. V. Zakharchenko\nI. V. Plotnitsky");
  }

  @Test
  void keepsContinuationParagraphsAfterSubItemsInOrder() {
    Draft draft =
        parse(
            "1. Weapons are pulled back:\n\u2014 by one side;\n\u2014 by the other.\n"
                + "The pull-back ends within 14 days.\n\n2. Next.\n");

    assertThat(allIds(draft)).containsExactly("1", "1.1", "1.2", "1.3", "2");
    assertThat(clause(draft, "1").fullText())
        .isEqualTo(
            "Weapons are pulled back:\n"
                + "\u2014 by one side;\n\u2014 by the other.\nThe pull-back ends within 14 days.");
  }

  @Test
  void keepsAReferenceToAnArticleAtALineStartAsText() {
    Draft draft =
        parse(
            "1. Guarantees modelled on\nArticle 5 of the North Atlantic Treaty.\n" + "2. Talks.\n");

    assertThat(allIds(draft)).containsExactly("1", "2");
    assertThat(clause(draft, "1").text()).endsWith("Article 5 of the North Atlantic Treaty.");
  }
}
