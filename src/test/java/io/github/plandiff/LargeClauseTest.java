package io.github.plandiff;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.plandiff.model.ClauseChange;
import io.github.plandiff.model.Comparison;
import io.github.plandiff.model.Relation;
import io.github.plandiff.model.Segment;
import org.junit.jupiter.api.Test;

class LargeClauseTest {

  @Test
  void warnsWhenAHugeClauseIsComparedSentenceBySentence() {
    StringBuilder body = new StringBuilder();
    for (int k = 0; k < 3000; k++) {
      body.append("The parties shall hold round ").append(k).append(" of talks. ");
    }
    String middle = body.toString().strip();
    String old =
        "1. The parties will meet. " + middle + " They stay.\n\n2. Elections will follow.\n";
    String changed =
        "1. The parties may meet. " + middle + " They leave.\n\n2. Elections will follow.\n";

    Comparison c = PlanDiff.compareTexts(old, changed);

    ClauseChange first = c.changes().get(0);
    assertThat(first.relation()).isEqualTo(Relation.REWORDED);
    assertThat(Segment.oldText(first.redline()))
        .isEqualTo(c.oldDraft().clauses().get(0).fullText());
    assertThat(Segment.newText(first.redline()))
        .isEqualTo(c.newDraft().clauses().get(0).fullText());
    assertThat(c.warnings())
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.draft()).isEqualTo("new");
              assertThat(w.line()).isEqualTo(1);
              assertThat(w.message())
                  .startsWith("clause 1 is too long for a word-by-word redline")
                  .contains("sentence by sentence");
            });
  }
}
