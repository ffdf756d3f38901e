package io.github.plandiff.parse;

import static io.github.plandiff.parse.Drafts.allIds;
import static io.github.plandiff.parse.Drafts.block;
import static io.github.plandiff.parse.Drafts.clause;
import static io.github.plandiff.parse.Drafts.messages;
import static io.github.plandiff.parse.Drafts.structured;
import static io.github.plandiff.parse.Drafts.topIds;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.plandiff.model.BlockKind;
import io.github.plandiff.model.Draft;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Documents from structured formats: list items with format-supplied labels, headings. */
class StructuredBlocksTest {

  private static final BlockKind H = BlockKind.HEADING;
  private static final BlockKind LI = BlockKind.LIST_ITEM;
  private static final BlockKind P = BlockKind.TEXT;

  private static Draft parse(List<io.github.plandiff.model.Block> blocks) {
    return new DraftParser().parse(structured(blocks), "test");
  }

  @Test
  void nestsListItemsByTheirLevel() {
    Draft draft =
        parse(
            List.of(
                block(H, null, 0, "Peace framework", 1),
                block(P, null, 0, "The parties agree as follows.", 2),
                block(H, null, 1, "Security", 3),
                block(LI, "1.", 0, "Guarantees:", 4),
                block(LI, "a)", 1, "by the United States;", 5),
                block(LI, "b)", 1, "by Europe.", 6),
                block(LI, "2.", 0, "Ceasefire.", 7),
                block(P, null, 0, "It is monitored.", 8)));

    assertThat(allIds(draft)).containsExactly("1", "1.a", "1.b", "2");
    assertThat(draft.preamble()).isEqualTo("Peace framework\nThe parties agree as follows.");
    assertThat(draft.sections()).hasSize(1);
    assertThat(draft.sections().get(0).title()).isEqualTo("Security");
    assertThat(draft.sections().get(0).clauses()).containsExactly("1", "2");
    assertThat(clause(draft, "1").heading()).isEmpty();
    assertThat(clause(draft, "1").label()).isEqualTo("1.");
    assertThat(clause(draft, "1.b").text()).isEqualTo("by Europe.");
    assertThat(clause(draft, "2").text()).isEqualTo("Ceasefire.\nIt is monitored.");
    assertThat(clause(draft, "2").span().startLine()).isEqualTo(7);
    assertThat(clause(draft, "2").span().endLine()).isEqualTo(8);
  }

  @Test
  void readsSectionLabelsAndRomanSubItemsFromTheFormat() {
    Draft draft =
        parse(
            List.of(
                block(LI, "SEC. 1.", 0, "Short title.", 1),
                block(LI, "SEC. 2.", 0, "Definitions:", 2),
                block(LI, "(i)", 1, "one;", 3),
                block(LI, "(ii)", 1, "two;", 4),
                block(LI, "(iii)", 1, "three;", 5),
                block(LI, "(iv)", 1, "four.", 6)));

    assertThat(allIds(draft)).containsExactly("1", "2", "2.i", "2.ii", "2.iii", "2.iv");
    assertThat(clause(draft, "2").label()).isEqualTo("SEC. 2.");
  }

  @Test
  void readsLetterIAfterHInAFormatList() {
    String[] letters = {"(a)", "(b)", "(c)", "(d)", "(e)", "(f)", "(g)", "(h)", "(i)"};
    List<io.github.plandiff.model.Block> blocks = new java.util.ArrayList<>();
    blocks.add(block(LI, "1.", 0, "Measures:", 1));
    for (int k = 0; k < letters.length; k++) {
      blocks.add(block(LI, letters[k], 1, "measure " + k, k + 2));
    }
    Draft draft = parse(blocks);

    assertThat(clause(draft, "1").children()).hasSize(9);
    assertThat(clause(draft, "1.i").text()).isEqualTo("measure 8");
  }

  @Test
  void givesBulletItemsPositionalIds() {
    Draft draft =
        parse(
            List.of(
                block(LI, "1.", 0, "Package:", 1),
                block(LI, "\u2022", 1, "a fund", 2),
                block(LI, "\u2022", 1, "a loan", 3),
                block(LI, "2.", 0, "Sanctions.", 4)));

    assertThat(allIds(draft)).containsExactly("1", "1.1", "1.2", "2");
    assertThat(clause(draft, "1").fullText()).isEqualTo("Package:\n\u2022 a fund\n\u2022 a loan");
  }

  @Test
  void readsLabelledHeadingsAsClausesWithTheirTitle() {
    Draft draft =
        parse(
            List.of(
                block(H, null, 0, "Treaty", 1),
                block(H, null, 1, "Article 1 \u2014 Sovereignty", 2),
                block(P, null, 0, "The parties respect each other's sovereignty.", 3),
                block(H, null, 1, "Article 2 \u2014 Borders", 4),
                block(P, null, 0, "The line of contact is frozen.", 5),
                block(P, null, 0, "It is monitored.", 6)));

    assertThat(topIds(draft)).containsExactly("1", "2");
    assertThat(clause(draft, "1").heading()).contains("Sovereignty");
    assertThat(clause(draft, "1").text())
        .isEqualTo("The parties respect each other's sovereignty.");
    assertThat(clause(draft, "2").fullText())
        .isEqualTo("The line of contact is frozen.\nIt is monitored.");
    assertThat(draft.preamble()).isEqualTo("Treaty");
  }

  @Test
  void reportsRepeatedAndSkippedListNumbers() {
    Draft draft =
        parse(
            List.of(
                block(LI, "6.", 0, "Six.", 1),
                block(LI, "7.", 0, "Seven.", 2),
                block(LI, "7.", 0, "Seven again.", 3),
                block(LI, "9.", 0, "Nine.", 4)));

    assertThat(topIds(draft)).containsExactly("6", "7", "7~2", "9");
    assertThat(messages(draft))
        .anyMatch(m -> m.contains("appears twice"))
        .anyMatch(m -> m.contains("missing"));
  }

  @Test
  void findsNumbersInTheTextOfParagraphsToo() {
    Draft draft =
        parse(
            List.of(
                block(P, null, 0, "Plan", 1),
                block(P, null, 0, "1. A ceasefire.", 2),
                block(P, null, 0, "2. Talks:", 3),
                block(P, null, 0, "(a) in Geneva;", 4),
                block(P, null, 0, "(b) in Istanbul.", 5)));

    assertThat(allIds(draft)).containsExactly("1", "2", "2.a", "2.b");
    assertThat(draft.preamble()).isEqualTo("Plan");
  }

  @Test
  void nestsAFormatBulletListUnderAPointNumberedInTheText() {
    Draft draft =
        parse(
            List.of(
                block(P, null, 0, "1. A ceasefire.", 1),
                block(P, null, 0, "2. Weapons are pulled back:", 2),
                block(LI, "\u2014", 0, "by one side;", 3),
                block(LI, "\u2014", 0, "by the other.", 4),
                block(P, null, 0, "The pull-back ends within 14 days.", 5),
                block(P, null, 0, "3. Monitoring.", 6)));

    assertThat(allIds(draft)).containsExactly("1", "2", "2.1", "2.2", "2.3", "3");
    assertThat(clause(draft, "2").fullText())
        .isEqualTo(
            "Weapons are pulled back:\n"
                + "\u2014 by one side;\n\u2014 by the other.\nThe pull-back ends within 14 days.");
  }

  @Test
  void trustsTheFormatLevelOverANumberThatWouldContinueADeeperList() {
    Draft draft =
        parse(
            List.of(
                block(LI, "1.", 0, "Security:", 1),
                block(LI, "1.", 1, "a ceasefire;", 2),
                block(LI, "2.", 0, "Economy.", 3)));

    assertThat(allIds(draft)).containsExactly("1", "1.1", "2");
  }

  @Test
  void continuesATypedListWithAFormatNumberedItem() {
    Draft draft =
        parse(
            List.of(
                block(P, null, 0, "1. A ceasefire.", 1),
                block(LI, "2.", 0, "Talks.", 2),
                block(LI, "3.", 0, "Elections.", 3)));

    assertThat(topIds(draft)).containsExactly("1", "2", "3");
  }

  @Test
  void closesSubItemsTypedInTheTextAtTheNextFormatItem() {
    Draft draft =
        parse(
            List.of(
                block(LI, "1.", 0, "Measures:", 1),
                block(P, null, 0, "a. a ceasefire;", 2),
                block(P, null, 0, "b. talks.", 3),
                block(LI, "2.", 0, "Elections.", 4)));

    assertThat(allIds(draft)).containsExactly("1", "1.a", "1.b", "2");
  }
}
