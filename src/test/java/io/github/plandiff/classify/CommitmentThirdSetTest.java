package io.github.plandiff.classify;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.plandiff.classify.CommitmentMeasurementTest.Row;
import io.github.plandiff.classify.CommitmentMeasurementTest.Score;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Measures the commitments against the third labelled set, labelled blind (see the headers of
 * {@code commitments-tune3.tsv} and {@code commitments-heldout3.tsv}): the tuning half, whose
 * misses it prints and which may be used to change the extractor.
 */
class CommitmentThirdSetTest {

  private static final String TUNE = "/io/github/plandiff/classify/commitments-tune3.tsv";

  private static final String HELDOUT = "/io/github/plandiff/classify/commitments-heldout3.tsv";

  /** Rows whose sentence holds sentences of commitments-labelled.tsv (the file's header). */
  private static final Set<String> SEEN = Set.of("k063", "k064");

  @Test
  void measuresTheTuningHalf() throws IOException {
    Score tune3 = CommitmentMeasurementTest.measure(TUNE, "tune", "tune3");
    // Floors under the figures measured when the extractor was last changed (obligor P 1.000, R
    // 0.976, modality 0.857, negation 0.905; docs/classify.md), to catch regressions.
    tune3.assertAtLeast(0.95, 0.95, 0.80, 0.85);
  }

  @Test
  void measuresTheHeldOutHalf() throws IOException {
    Score all = CommitmentMeasurementTest.measure(HELDOUT, "heldout", "all");
    List<Row> rows = CommitmentMeasurementTest.rows(HELDOUT);
    Score unseen = score(rows, r -> !SEEN.contains(r.id()));
    Score bills = score(rows, r -> !r.source().startsWith("minsk"));
    Score minsk = score(rows, r -> r.source().startsWith("minsk"));
    System.out.println(unseen.line("unseen"));
    System.out.println(bills.line("bills"));
    System.out.println(minsk.line("minsk"));
    assertThat(bills.rows + minsk.rows).isEqualTo(rows.size());
    // Floors under the figures of its one measurement (obligor P and R 0.811, modality 0.972,
    // negation 0.889), to catch regressions; the goal of 0.90 is not met for obligors.
    all.assertAtLeast(0.75, 0.75, 0.90, 0.80);
  }

  private static Score score(List<Row> rows, Predicate<Row> keep) {
    return CommitmentMeasurementTest.score(rows.stream().filter(keep).toList(), "heldout");
  }
}
