package io.github.plandiff.classify;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.plandiff.classify.CommitmentMeasurementTest.Row;
import io.github.plandiff.classify.CommitmentMeasurementTest.Score;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Measures the commitments against {@code commitments-tune2.tsv}, a second tuning set labelled
 * blind (see its header), and prints its misses: these rows may be used to change the extractor.
 */
class CommitmentTuneTwoTest {

  private static final String FILE = "/io/github/plandiff/classify/commitments-tune2.tsv";

  static List<Row> rows() throws IOException {
    return CommitmentMeasurementTest.rows(FILE);
  }

  @Test
  void measuresObligorsModalityAndNegationOnTheSecondTuningSet() throws IOException {
    List<Row> rows = rows();
    Score tune2 = CommitmentMeasurementTest.score(rows, "tune");
    System.out.println("Commitments against commitments-tune2.tsv:");
    System.out.println(tune2.line("tune2"));
    tune2.misses.forEach(m -> System.out.println("  tune2 miss " + m));
    assertThat(tune2.rows).isEqualTo(rows.size());
    assertThat(tune2.commitments).isPositive();
    // Floors under the figures measured when the extractor was last changed (obligor P 1.000, R
    // 1.000, modality 1.000, negation 0.985; docs/classify.md), to catch regressions.
    assertThat(tune2.precision()).isGreaterThanOrEqualTo(0.95);
    assertThat(tune2.recall()).isGreaterThanOrEqualTo(0.95);
    assertThat(tune2.modality()).isGreaterThanOrEqualTo(0.95);
    assertThat(tune2.negation()).isGreaterThanOrEqualTo(0.95);
  }
}
