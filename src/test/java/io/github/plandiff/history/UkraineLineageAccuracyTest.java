package io.github.plandiff.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.plandiff.PlanDiff;
import io.github.plandiff.model.History;
import io.github.plandiff.model.LineageStatus;
import io.github.plandiff.model.LineageStep;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Measures the links of the Ukraine history (28-point, EU counter, 20-point) against the expected
 * pairwise alignments in {@code expected/}: each clause of the later drafts should continue the
 * clause the analyst's alignment names, or be new when it names none.
 */
class UkraineLineageAccuracyTest {

  @Test
  void linksMostClausesOfTheUkraineDraftsAsTheExpectedAlignmentsDo() throws IOException {
    History history =
        PlanDiff.history(
            List.of(
                UkraineHistoryTest.draft("ukraine-28.txt", "28-point"),
                UkraineHistoryTest.draft("ukraine-counter.txt", "EU counter"),
                UkraineHistoryTest.draft("ukraine-20.txt", "20-point")));
    int links = 0;
    int correct = 0;
    List<String> wrong = new ArrayList<>();
    String[] pairs = {"ukraine-28__ukraine-counter.tsv", "ukraine-counter__ukraine-20.tsv"};
    for (int d = 1; d <= 2; d++) {
      for (String[] row : rows(pairs[d - 1])) {
        if (row[1].equals("-")) {
          continue;
        }
        String truth = row[0].equals("-") ? "" : (d - 1) + ":" + row[0].split(",")[0];
        for (String id : row[1].split(",")) {
          String predicted = predicted(history, d, id);
          links++;
          if (predicted.equals(truth)) {
            correct++;
          } else {
            wrong.add(d + ":" + id + " expected " + truth + " got " + predicted);
          }
        }
      }
    }
    double accuracy = (double) correct / links;
    System.out.printf(
        Locale.ROOT,
        "Ukraine links: %d/%d = %.4f; differing: %s%n",
        correct,
        links,
        accuracy,
        wrong);
    // The misses are pairwise alignment choices, listed above; 45 of 46 agree with this aligner.
    assertThat(accuracy).isGreaterThanOrEqualTo(0.9);
  }

  private static String predicted(History history, int draft, String id) {
    Optional<LineageStep> step = history.lineageOf(draft, id).flatMap(l -> l.stepIn(draft));
    if (step.isEmpty() || step.get().status() == LineageStatus.INTRODUCED) {
      return "";
    }
    return step.get().fromDraft() + ":" + step.get().change().orElseThrow().match().oldIds().get(0);
  }

  private static List<String[]> rows(String name) throws IOException {
    try (InputStream in =
        UkraineLineageAccuracyTest.class.getResourceAsStream("/expected/" + name)) {
      List<String[]> rows = new ArrayList<>();
      List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
      for (String line : lines.subList(1, lines.size())) {
        if (!line.isBlank()) {
          rows.add(line.split("\t"));
        }
      }
      return rows;
    }
  }
}
