package io.github.plandiff.classify;

import io.github.plandiff.classify.CommitmentMeasurementTest.Score;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * Measures the commitments against {@code commitments-heldout5.tsv}, a fifth set labelled blind
 * from sentences of H.R. 264 that no other file holds (see its header), held out as a whole: no row
 * of it was used to change the extractor.
 */
class CommitmentFifthSetTest {

  private static final String FILE = "/io/github/plandiff/classify/commitments-heldout5.tsv";

  @Test
  void measuresTheFifthHeldOutSet() throws IOException {
    Score all = CommitmentMeasurementTest.measure(FILE, "heldout", "heldout5");
    // Floors under the figures of its one measurement (obligor P 0.863, R 0.800, modality 0.855,
    // negation 0.891), to catch regressions; the goal of 0.90 is not met (docs/classify.md).
    all.assertAtLeast(0.80, 0.74, 0.80, 0.83);
  }
}
