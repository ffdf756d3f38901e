package io.github.plandiff.classify;

import io.github.plandiff.classify.CommitmentMeasurementTest.Score;
import java.io.IOException;
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
    Score all = CommitmentMeasurementTest.measure(FILE, "heldout", "heldout4");
    // Floors under the figures of its one measurement (obligor P 0.774, R 0.842, modality 0.946,
    // negation 0.821), to catch regressions; the goal of 0.90 is not met (docs/classify.md).
    all.assertAtLeast(0.72, 0.78, 0.90, 0.76);
  }
}
