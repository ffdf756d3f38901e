package io.github.plandiff.parse;

import static io.github.plandiff.parse.Drafts.parse;
import static io.github.plandiff.parse.Drafts.topIds;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.plandiff.model.Annex;
import io.github.plandiff.model.Draft;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnnexesTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "ANNEX I. Exchange procedure|Annex I",
        "Schedule 2 \u2014 Timetable|Schedule 2",
        "Annex|Annex",
        "Appendix A: Map of the line|Appendix A",
        "Annex on the exchange of prisoners|Annex",
        "\u0414\u043E\u0434\u0430\u0442\u043E\u043A 1|\u0414\u043E\u0434\u0430\u0442\u043E\u043A 1"
      })
  void namesAnAnnexByItsKeywordAndNumber(String title, String id) {
    assertThat(Annexes.id(title)).isEqualTo(id);
  }

  @Test
  void readsSeveralAnnexesAndLeavesTheSignaturesAsTrailingText() {
    Draft draft =
        parse(
            "Plan\n\n1. A ceasefire.\n2. Talks.\n\nAnnex I. Exchange\n\nThe parties agree:\n\n"
                + "1. All for all.\n2. Within a month.\n\nAnnex II. Map\n\n1. The line.\n\n"
                + "Annex II. Map, continued\n\n1. The buffer.\n\nSigned at Geneva.\n");

    assertThat(topIds(draft))
        .containsExactly("1", "2", "Annex I/1", "Annex I/2", "Annex II/1", "Annex II~2/1");
    assertThat(draft.annexes())
        .extracting(Annex::id)
        .containsExactly("Annex I", "Annex II", "Annex II~2");
    assertThat(draft.annexes().get(0).text()).isEqualTo("The parties agree:");
    assertThat(draft.trailing()).isEqualTo("Signed at Geneva.");
    assertThat(draft.text().substring(draft.annexes().get(1).span().start()))
        .startsWith("Annex II. Map\n");
  }
}
