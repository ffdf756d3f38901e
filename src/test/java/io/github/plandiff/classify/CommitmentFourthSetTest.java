package io.github.plandiff.classify;

import io.github.plandiff.classify.CommitmentMeasurementTest.Score;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * Measures the commitments against {@code commitments-heldout4.tsv}, a fourth set labelled blind
 * from sentences of H.R. 264 that no other file holds (see its header), held out as a whole and
 * measured once before any of its rows was read; its misses were read after that and led to rules
 * (docs/classify.md), so it counts as seen.
 */
class CommitmentFourthSetTest {

  private static final String FILE = "/io/github/plandiff/classify/commitments-heldout4.tsv";

  @Test
  void measuresTheFourthHeldOutSet() throws IOException {
    Score all = CommitmentMeasurementTest.measure(FILE, "heldout", "heldout4");
    // Floors under its figures when it was measured blind (obligor P 0.774, R 0.842, modality
    // 0.946, negation 0.821), to catch regressions. The rules made after reading its misses raised
    // them (docs/classify.md); it counts as seen since.
    all.assertAtLeast(0.72, 0.78, 0.90, 0.76);
  }
}
