package io.github.plandiff.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.plandiff.parse.Label.Reading;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LabelScannerTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "12. Text|12.|ARABIC|12|12",
        "12) Text|12)|ARABIC|12|12",
        "(12) Text|(12)|ARABIC|12|12",
        "7- Text|7-|ARABIC|7|7",
        "7 – Text|7 –|ARABIC|7|7",
        "Point 12 — Territory|Point 12 —|ARABIC|12|12",
        "POINT 3: Text|POINT 3:|ARABIC|3|3",
        "Article IV. Text|Article IV.|UPPER_ROMAN|4|IV",
        "SEC. 101. SHORT TITLE.|SEC. 101.|ARABIC|101|101",
        "Sec. 2. Text|Sec. 2.|ARABIC|2|2",
        "§ 3 Text|§ 3|ARABIC|3|3",
        "§3. Text|§3.|ARABIC|3|3",
        "Пункт 5. Текст|Пункт 5.|ARABIC|5|5",
        "Стаття 2 Текст|Стаття 2|ARABIC|2|2",
        "b. text|b.|LOWER_LETTER|2|b",
        "(c) text|(c)|LOWER_LETTER|3|c",
        "D. Text|D.|UPPER_LETTER|4|D",
        "(iv) text|(iv)|LOWER_ROMAN|4|iv",
        "XII. Text|XII.|UPPER_ROMAN|12|XII",
        "1.2.3 Text|1.2.3|MULTILEVEL|3|1.2.3",
        "1.2. Text|1.2.|MULTILEVEL|2|1.2",
        "Second, text|Second,|ARABIC|2|2",
        "five. Text|five.|ARABIC|5|5",
        "Thirdly: text|Thirdly:|ARABIC|3|3",
        "4º. Text|4º.|ARABIC|4|4",
        "– item|–|BULLET|0|''",
        "• item|•|BULLET|0|''"
      })
  void readsLabels(String line, String printed, NumberingScheme scheme, int value, String key) {
    Label label = LabelScanner.scan(line).orElseThrow();

    assertThat(label.printed()).isEqualTo(printed);
    assertThat(label.readings()).contains(new Reading(scheme, value, key));
    assertThat(line.substring(label.bodyStart())).doesNotStartWith(" ");
  }

  @Test
  void readsParenthesisedIBothAsALetterAndAsARomanNumeral() {
    Label label = LabelScanner.scan("(i) text").orElseThrow();

    assertThat(label.readings())
        .containsExactly(
            new Reading(NumberingScheme.LOWER_LETTER, 9, "i"),
            new Reading(NumberingScheme.LOWER_ROMAN, 1, "i"));
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @ValueSource(
      strings = {
        "600,000 personnel",
        "100 days after signature",
        "2025 framework",
        "20-point plan",
        "20-Point Framework for Peace",
        "$100 billion",
        "5 of the North Atlantic Treaty",
        "Article 5 of the Treaty applies",
        "A. V. Zakharchenko",
        "I. V. Plotnitsky",
        "U.S. draft",
        "e.g. this",
        "St. Petersburg",
        "No. 5",
        "MM. text",
        "IIII. text",
        "123456. text",
        "1.2.3.4.5.6.7.8.9 text",
        "(1 text",
        "(abc) text",
        "Firstly text",
        "The parties",
        "(The U.S. draft's point 3 has been deleted.)",
        "[Deleted.]",
        "",
        "   ",
        "-5 degrees",
        "1.5million"
      })
  void rejectsTextThatOnlyLooksLikeALabel(String line) {
    assertThat(LabelScanner.scan(line)).isEmpty();
  }

  @Test
  void readsLabelsSuppliedByAFormat() {
    assertThat(LabelScanner.parsePrinted("3.").orElseThrow().readings().get(0).value())
        .isEqualTo(3);
    assertThat(LabelScanner.parsePrinted("SEC. 2.").orElseThrow().keyword()).isEqualTo("section");
    assertThat(LabelScanner.parsePrinted("\u2022").orElseThrow().readings().get(0).scheme())
        .isEqualTo(NumberingScheme.BULLET);
    assertThat(LabelScanner.parsePrinted("??")).isEmpty();
  }
}
