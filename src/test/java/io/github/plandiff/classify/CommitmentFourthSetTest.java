package io.github.plandiff.classify;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.plandiff.classify.CommitmentMeasurementTest.Row;
import io.github.plandiff.classify.CommitmentMeasurementTest.Score;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Measures the commitments against {@code commitments-heldout4.tsv}, a fourth set labelled blind
 * from sentences of H.R. 264 that no other file holds (see its header), held out as a whole: no row
 * of it was used to change the extractor.
 */
class CommitmentFourthSetTest {

  private static final String FILE = "/io/github/plandiff/classify/commitments-heldout4.tsv";

  @Test
  void measuresTheFourthHeldOutSet() throws IOException {
    List<Row> rows = CommitmentMeasurementTest.rows(FILE);
    Score all = CommitmentMeasurementTest.score(rows, "heldout");
    System.out.println("Commitments against commitments-heldout4.tsv:");
    System.out.println(all.line("heldout4"));
    assertThat(all.rows).isEqualTo(rows.size());
    assertThat(all.commitments).isPositive();
    // Floors under the figures of its one measurement (obligor P 0.774, R 0.842, modality 0.946,
    // negation 0.821), to catch regressions; the goal of 0.90 is not met (docs/classify.md).
    assertThat(all.precision()).isGreaterThanOrEqualTo(0.72);
    assertThat(all.recall()).isGreaterThanOrEqualTo(0.78);
    assertThat(all.modality()).isGreaterThanOrEqualTo(0.90);
    assertThat(all.negation()).isGreaterThanOrEqualTo(0.76);
  }
}
