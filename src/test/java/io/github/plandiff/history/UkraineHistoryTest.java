package io.github.plandiff.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.plandiff.PlanDiff;
import io.github.plandiff.model.Draft;
import io.github.plandiff.model.History;
import io.github.plandiff.model.Lineage;
import io.github.plandiff.model.LineageStatus;
import io.github.plandiff.model.LineageStep;
import io.github.plandiff.model.SignalType;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class UkraineHistoryTest {

  private static History history;

  @BeforeAll
  static void follow() throws IOException {
    history =
        PlanDiff.history(
            List.of(
                draft("ukraine-28.txt", "28-point"),
                draft("ukraine-counter.txt", "EU counter"),
                draft("ukraine-20.txt", "20-point")));
  }

  static Draft draft(String name, String label) throws IOException {
    try (InputStream in = UkraineHistoryTest.class.getResourceAsStream("/drafts/" + name)) {
      return PlanDiff.parse(in.readAllBytes(), name, label);
    }
  }

  @Test
  void followsTheTroopCapWithItsNumberAndFigureInEveryDraft() {
    Lineage troops = history.lineageOf(0, "6").orElseThrow();

    assertThat(troops.steps()).extracting(LineageStep::draft).containsExactly(0, 1, 2);
    assertThat(troops.steps())
        .extracting(LineageStep::ids)
        .containsExactly(List.of("6"), List.of("6"), List.of("4"));
    assertThat(troops.stepIn(0).orElseThrow().text()).contains("600,000");
    assertThat(troops.stepIn(1).orElseThrow().text()).contains("800,000");
    assertThat(troops.stepIn(2).orElseThrow().text()).contains("800,000");
    assertThat(troops.stepIn(1).orElseThrow().status()).isEqualTo(LineageStatus.REWORDED);
    assertThat(troops.stepIn(1).orElseThrow().signals())
        .anySatisfy(
            s -> {
              assertThat(s.type()).isEqualTo(SignalType.QUANTITY_CHANGED);
              assertThat(s.oldText()).isEqualTo("600,000");
              assertThat(s.newText()).isEqualTo("800,000");
            });
    assertThat(troops.stepIn(2).orElseThrow().change().orElseThrow().match().renumbered()).isTrue();
  }

  @Test
  void showsWhereTheAmnestyEnds() {
    Lineage amnesty = history.lineageOf(0, "26").orElseThrow();

    assertThat(amnesty.first().text()).contains("amnesty");
    assertThat(amnesty.steps()).hasSize(2);
    assertThat(amnesty.last().draft()).isEqualTo(1);
    assertThat(amnesty.last().status()).isEqualTo(LineageStatus.REMOVED);
    assertThat(amnesty.last().fromDraft()).isZero();
    assertThat(
            history.lineages().stream()
                .filter(l -> l.steps().stream().anyMatch(s -> s.text().contains("amnesty"))))
        .containsExactly(amnesty);
  }

  @Test
  void putsEveryClauseOfEveryDraftInALineage() {
    for (int d = 0; d < history.drafts().size(); d++) {
      for (var clause : history.drafts().get(d).clauses()) {
        assertThat(history.lineageOf(d, clause.id()))
            .as("draft %d clause %s", d, clause.id())
            .isPresent();
      }
    }
  }

  @Test
  void ordersLineagesByFirstAppearance() {
    List<Lineage> lineages = history.lineages();
    for (int i = 1; i < lineages.size(); i++) {
      assertThat(lineages.get(i).first().draft())
          .isGreaterThanOrEqualTo(lineages.get(i - 1).first().draft());
    }
    assertThat(lineages.get(0).first().ids()).containsExactly("1");
  }
}
