package io.github.plandiff.classify;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.plandiff.classify.CommitmentMeasurementTest.Row;
import io.github.plandiff.classify.CommitmentMeasurementTest.Score;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Measures the commitments against the third labelled set, labelled blind (see the headers of
 * {@code commitments-tune3.tsv} and {@code commitments-heldout3.tsv}): the tuning half, whose
 * misses it prints and which may be used to change the extractor.
 */
class CommitmentThirdSetTest {

  private static final String TUNE = "/io/github/plandiff/classify/commitments-tune3.tsv";

  @Test
  void measuresTheTuningHalf() throws IOException {
    List<Row> rows = CommitmentMeasurementTest.rows(TUNE);
    Score tune3 = CommitmentMeasurementTest.score(rows, "tune");
    System.out.println("Commitments against commitments-tune3.tsv:");
    System.out.println(tune3.line("tune3"));
    tune3.misses.forEach(m -> System.out.println("  tune3 miss " + m));
    assertThat(tune3.rows).isEqualTo(rows.size());
    assertThat(tune3.commitments).isPositive();
  }
}
