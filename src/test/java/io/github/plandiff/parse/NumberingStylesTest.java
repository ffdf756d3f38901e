package io.github.plandiff.parse;

import static io.github.plandiff.parse.Drafts.allIds;
import static io.github.plandiff.parse.Drafts.childIds;
import static io.github.plandiff.parse.Drafts.clause;
import static io.github.plandiff.parse.Drafts.parse;
import static io.github.plandiff.parse.Drafts.topIds;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.plandiff.model.Clause;
import io.github.plandiff.model.Draft;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberingStylesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "1.|2.|3.",
        "1)|2)|3)",
        "(1)|(2)|(3)",
        "1-|2-|3-",
        "1 –|2 –|3 –",
        "1 —|2 —|3 —",
        "Point 1.|Point 2.|Point 3.",
        "Article 1.|Article 2.|Article 3.",
        "Section 1.|Section 2.|Section 3.",
        "SEC. 1.|SEC. 2.|SEC. 3.",
        "§ 1.|§ 2.|§ 3.",
        "Пункт 1.|Пункт 2.|Пункт 3.",
        "Стаття 1.|Стаття 2.|Стаття 3.",
        "1º.|2º.|3º."
      })
  void readsEachArabicStyleAsTopLevelPoints(String one, String two, String three) {
    Draft draft =
        parse(
            "Title of the plan\n\n"
                + one
                + " The parties meet.\n"
                + two
                + " They agree on a ceasefire.\n"
                + three
                + " It enters into force at once.\n");

    assertThat(topIds(draft)).containsExactly("1", "2", "3");
    assertThat(draft.clauses()).extracting(Clause::label).containsExactly(one, two, three);
    assertThat(clause(draft, "2").text()).isEqualTo("They agree on a ceasefire.");
    assertThat(draft.preamble()).isEqualTo("Title of the plan");
    assertThat(draft.warnings()).isEmpty();
  }

  @Test
  void keepsPointHeadingsOutOfTheText() {
    Draft draft =
        parse(
            "Point 1\nUkraine's sovereignty is confirmed.\n\n"
                + "Point 2 — Security\nUkraine receives guarantees.\n");

    assertThat(topIds(draft)).containsExactly("1", "2");
    assertThat(clause(draft, "1").label()).isEqualTo("Point 1");
    assertThat(clause(draft, "1").text()).isEqualTo("Ukraine's sovereignty is confirmed.");
    assertThat(clause(draft, "2").label()).isEqualTo("Point 2 —");
    assertThat(clause(draft, "2").heading()).contains("Security");
    assertThat(clause(draft, "2").fullText()).isEqualTo("Ukraine receives guarantees.");
  }

  @Test
  void takesALineBetweenAKeywordLabelAndTheTextForTheTitle() {
    Draft draft =
        parse(
            "Article 1\nSovereignty\nThe parties respect each other.\n\n"
                + "Article 2\nThe line of contact is frozen.\nIt is monitored.\n");

    assertThat(topIds(draft)).containsExactly("1", "2");
    assertThat(clause(draft, "1").heading()).contains("Sovereignty");
    assertThat(clause(draft, "1").text()).isEqualTo("The parties respect each other.");
    assertThat(clause(draft, "1").span().endLine()).isEqualTo(3);
    assertThat(clause(draft, "2").heading()).isEmpty();
    assertThat(clause(draft, "2").text())
        .isEqualTo("The line of contact is frozen.\nIt is monitored.");
  }

  @Test
  void readsArticleHeadingsAndRomanArticleNumbers() {
    Draft draft =
        parse(
            "Article I. Sovereignty\nThe parties respect each other.\n\n"
                + "Article II. Borders\nThe line of contact is frozen.\n");

    assertThat(topIds(draft)).containsExactly("I", "II");
    assertThat(clause(draft, "II").heading()).contains("Borders");
    assertThat(clause(draft, "II").text()).isEqualTo("The line of contact is frozen.");
  }

  @Test
  void takesCapitalisedSectionTitlesAsHeadings() {
    Draft draft =
        parse(
            "SEC. 1. SHORT TITLE.\nThis Act may be cited as the Peace Act.\n"
                + "SEC. 2. DEFINITIONS.\nIn this Act the term party means a signatory.\n");

    assertThat(topIds(draft)).containsExactly("1", "2");
    assertThat(clause(draft, "1").heading()).contains("SHORT TITLE.");
    assertThat(clause(draft, "1").text()).isEqualTo("This Act may be cited as the Peace Act.");
  }

  @Test
  void readsRomanNumeralsAsPartsWithArabicPointsInside() {
    Draft draft =
        parse(
            "I. Security\n1. A ceasefire.\n2. A buffer zone.\n"
                + "II. Economy\n1. A recovery fund.\n");

    assertThat(allIds(draft)).containsExactly("I", "I.1", "I.2", "II", "II.1");
    assertThat(clause(draft, "II.1").text()).isEqualTo("A recovery fund.");
  }

  @Test
  void readsLowerRomanSubItems() {
    Draft draft =
        parse(
            "1. The committee will:\n(i) meet monthly;\n(ii) report;\n"
                + "(iii) publish;\n(iv) dissolve after a year.\n2. Next point.\n");

    assertThat(childIds(draft, "1")).containsExactly("1.i", "1.ii", "1.iii", "1.iv");
    assertThat(topIds(draft)).containsExactly("1", "2");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {"a.|b.|c.|a|b|c", "(a)|(b)|(c)|a|b|c", "A.|B.|C.|A|B|C", "a)|b)|c)|a|b|c"})
  void readsLetteredSubItems(String l1, String l2, String l3, String k1, String k2, String k3) {
    Draft draft =
        parse(
            "1. Measures:\n"
                + l1
                + " First measure.\n"
                + l2
                + " Second measure.\n"
                + l3
                + " Third measure.\n2. Other.\n");

    assertThat(childIds(draft, "1")).containsExactly("1." + k1, "1." + k2, "1." + k3);
    assertThat(clause(draft, "1." + k2).label()).isEqualTo(l2);
    assertThat(clause(draft, "1").text()).isEqualTo("Measures:");
    assertThat(clause(draft, "1").fullText())
        .isEqualTo(
            "Measures:\n"
                + l1
                + " First measure.\n"
                + l2
                + " Second measure.\n"
                + l3
                + " Third measure.");
  }

  @Test
  void readsMultiLevelNumbers() {
    Draft draft =
        parse(
            "1. General\n1.1 Scope of the plan.\n1.2 Definitions.\n"
                + "1.2.1 A party is a signatory.\n1.2.2 A day is a calendar day.\n2. Security\n"
                + "2.1 Ceasefire.\n");

    assertThat(allIds(draft)).containsExactly("1", "1.1", "1.2", "1.2.1", "1.2.2", "2", "2.1");
    assertThat(clause(draft, "1.2.1").label()).isEqualTo("1.2.1");
  }

  @Test
  void readsDraftsNumberedOnlyWithMultiLevelNumbers() {
    Draft draft = parse("1.1 Scope.\n1.2 Terms.\n2.1 Ceasefire.\n2.2 Monitoring.\n");

    assertThat(topIds(draft)).containsExactly("1.1", "1.2", "2.1", "2.2");
  }

  @Test
  void readsNumbersWrittenAsWords() {
    Draft draft =
        parse(
            "First, the parties stop firing.\nSecond, they exchange prisoners.\n"
                + "Third, they hold talks.\n");

    assertThat(topIds(draft)).containsExactly("1", "2", "3");
    assertThat(clause(draft, "2").label()).isEqualTo("Second,");
    assertThat(clause(draft, "2").text()).isEqualTo("they exchange prisoners.");
  }

  @Test
  void readsASpelledOutNumberAmongDigits() {
    Draft draft = parse("1. A ceasefire.\n2. Talks.\nthree. Elections.\n4. Amnesty.\n");
    Draft hyphens = parse("1- A ceasefire.\n2- Talks.\nfive- Elections.\n6- Amnesty.\n");

    assertThat(topIds(draft)).containsExactly("1", "2", "3", "4");
    assertThat(clause(draft, "3").label()).isEqualTo("three.");
    assertThat(topIds(hyphens)).containsExactly("1", "2", "5", "6");
  }

  @Test
  void makesUnlabelledLinesAfterAColonAndABlankLineChildren() {
    Draft draft = parse("1. Guarantees:\n\nThe first one;\n\nThe second one.\n\n2. Next.\n");

    assertThat(childIds(draft, "1")).containsExactly("1.1", "1.2");
    assertThat(clause(draft, "1.2").label()).isEmpty();
    assertThat(clause(draft, "1.2").text()).isEqualTo("The second one.");
  }

  @Test
  void makesDashAndBulletItemsChildren() {
    Draft draft =
        parse(
            "1. Package:\n– a fund\n– a loan\n2. Sanctions:\n• lifted\n• phased\n"
                + "* reviewed\n");

    assertThat(allIds(draft)).containsExactly("1", "1.1", "1.2", "2", "2.1", "2.2", "2.2.1");
    assertThat(clause(draft, "1.2").label()).isEqualTo("–");
    assertThat(clause(draft, "1").fullText()).isEqualTo("Package:\n– a fund\n– a loan");
  }

  @Test
  void nestsLegalStyleSections() {
    Draft draft =
        parse(
            "SEC. 2. DEFINITIONS.\n(a) In general.—In this Act:\n"
                + "(1) Party.—The term party means—\n(A) a signatory;\n(i) of the first part;\n"
                + "(I) in person;\n(II) by proxy;\n(ii) of the second part;\n(B) an observer.\n"
                + "(2) Day.—A calendar day.\n(b) Exceptions.—None.\nSEC. 3. ENTRY INTO FORCE.\n"
                + "This Act takes effect on signature.\n");

    assertThat(allIds(draft))
        .containsExactly(
            "2",
            "2.a",
            "2.a.1",
            "2.a.1.A",
            "2.a.1.A.i",
            "2.a.1.A.i.I",
            "2.a.1.A.i.II",
            "2.a.1.A.ii",
            "2.a.1.B",
            "2.a.2",
            "2.b",
            "3");
    assertThat(clause(draft, "2.a.1.A.i.II").text()).isEqualTo("by proxy;");
  }

  @Test
  void readsParenthesisedIAsTheNinthLetterAfterH() {
    StringBuilder sb = new StringBuilder("1. Measures:\n");
    for (char c = 'a'; c <= 'j'; c++) {
      sb.append('(').append(c).append(") measure ").append(c).append(";\n");
    }
    Draft draft = parse(sb.toString());

    assertThat(childIds(draft, "1")).hasSize(10).contains("1.h", "1.i", "1.j");
    assertThat(clause(draft, "1.i").text()).isEqualTo("measure i;");
  }

  @Test
  void readsParenthesisedIAsRomanOneWhenNoLetterHPrecedesIt() {
    Draft draft = parse("1. Measures:\n(a) first:\n(i) part one;\n(ii) part two;\n(b) second.\n");

    assertThat(allIds(draft)).containsExactly("1", "1.a", "1.a.i", "1.a.ii", "1.b");
  }

  @Test
  void readsCapitalIAsALetterAfterHAndAsRomanOneOtherwise() {
    StringBuilder letters = new StringBuilder();
    for (char c = 'A'; c <= 'J'; c++) {
      letters.append(c).append(". Item ").append(c).append(".\n");
    }
    Draft lettered = parse(letters.toString());
    Draft roman = parse("I. Security.\nII. Economy.\nIII. Humanitarian matters.\n");

    assertThat(topIds(lettered)).containsExactly("A", "B", "C", "D", "E", "F", "G", "H", "I", "J");
    assertThat(topIds(roman)).containsExactly("I", "II", "III");
  }

  @Test
  void acceptsMixedPunctuationWithinOneList() {
    Draft draft =
        parse(
            "13. One.\n14) Two.\n15. Three.\n"
                .replace("13.", "1.")
                .replace("14)", "2)")
                .replace("15.", "3."));

    assertThat(topIds(draft)).containsExactly("1", "2", "3");
    assertThat(clause(draft, "2").label()).isEqualTo("2)");
  }
}
