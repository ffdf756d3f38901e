package io.github.plandiff.parse;

import static io.github.plandiff.parse.Drafts.childIds;
import static io.github.plandiff.parse.Drafts.clause;
import static io.github.plandiff.parse.Drafts.messages;
import static io.github.plandiff.parse.Drafts.parse;
import static io.github.plandiff.parse.Drafts.topIds;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.plandiff.model.BlockKind;
import io.github.plandiff.model.Draft;
import io.github.plandiff.parse.Label.Reading;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Cyrillic letter sub-items: "а)", "б)", "в)" in Russian and Ukrainian drafts. */
class CyrillicLettersTest {

  @Test
  void readsCyrillicLettersInParenthesesAndWithAClosingParenthesis() {
    assertThat(LabelScanner.scan("б) текст").orElseThrow().readings())
        .containsExactly(new Reading(NumberingScheme.LOWER_CYRILLIC, 2, "б"));
    assertThat(LabelScanner.scan("(в) текст").orElseThrow().printed()).isEqualTo("(в)");
  }

  @Test
  void givesALetterWhosePlaceDiffersInRussianAndUkrainianListsBothReadings() {
    assertThat(LabelScanner.scan("к) текст").orElseThrow().readings())
        .containsExactly(
            new Reading(NumberingScheme.LOWER_CYRILLIC, 10, "к"),
            new Reading(NumberingScheme.LOWER_CYRILLIC, 15, "к"));
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @ValueSource(
      strings = {"в. Киеве", "а также", "и другие", "в 2025 году", "бв) текст", "ы) текст", "с. 5"})
  void rejectsCyrillicWordsAndAbbreviations(String line) {
    assertThat(LabelScanner.scan(line)).isEmpty();
  }

  @Test
  void nestsRussianLetteredSubItemsUnderTheirPoint() {
    Draft draft =
        parse(
            "1. Стороны договорились:\nа) прекратить огонь;\nб) отвести войска;\n"
                + "в) обменять пленных.\n2. Другое.\n");

    assertThat(topIds(draft)).containsExactly("1", "2");
    assertThat(childIds(draft, "1")).containsExactly("1.а", "1.б", "1.в");
    assertThat(clause(draft, "1.б").label()).isEqualTo("б)");
    assertThat(clause(draft, "1.в").text()).isEqualTo("обменять пленных.");
    assertThat(clause(draft, "1").fullText())
        .isEqualTo(
            "Стороны договорились:\nа) прекратить огонь;\nб) отвести войска;\nв) обменять пленных.");
  }

  @Test
  void followsTheRussianOrderThatLeavesOutЙ() {
    Draft draft =
        parse(
            "1. Пункт:\nа) 1;\nб) 2;\nв) 3;\nг) 4;\nд) 5;\nе) 6;\nж) 7;\n"
                + "з) восьмой;\nи) девятый;\nк) десятый.\n2. Другое.\n");

    assertThat(childIds(draft, "1")).hasSize(10).endsWith("1.з", "1.и", "1.к");
    assertThat(topIds(draft)).containsExactly("1", "2");
    assertThat(messages(draft)).noneMatch(m -> m.contains("missing"));
  }

  @Test
  void followsTheUkrainianOrderWithҐЄІЇ() {
    Draft draft =
        parse(
            "1. Сторони погодились:\nа) перше;\nб) друге;\nв) третє;\nг) четверте;\n"
                + "ґ) п'яте;\nд) шосте;\nе) сьоме;\nє) восьме;\nж) дев'яте;\nз) десяте;\nи) одинадцяте;\n"
                + "і) дванадцяте;\nї) тринадцяте;\nй) чотирнадцяте;\nк) п'ятнадцяте.\n2. Інше.\n");

    assertThat(childIds(draft, "1")).hasSize(15).startsWith("1.а").endsWith("1.к");
    assertThat(topIds(draft)).containsExactly("1", "2");
    assertThat(messages(draft)).noneMatch(m -> m.contains("missing") || m.contains("twice"));
  }

  @Test
  void readsCyrillicLettersThatAFormatSupplies() {
    Draft draft =
        new DraftParser()
            .parse(
                Drafts.structured(
                    List.of(
                        Drafts.block(BlockKind.LIST_ITEM, "1.", 0, "Стороны договорились:", 1),
                        Drafts.block(BlockKind.LIST_ITEM, "а)", 1, "прекратить огонь;", 2),
                        Drafts.block(BlockKind.LIST_ITEM, "б)", 1, "отвести войска.", 3))),
                "word");

    assertThat(childIds(draft, "1")).containsExactly("1.а", "1.б");
  }
}
