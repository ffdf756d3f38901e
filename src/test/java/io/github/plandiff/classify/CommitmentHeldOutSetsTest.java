package io.github.plandiff.classify;

import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Measures the commitments against the sets labelled blind from bill sentences that no other file
 * holds, each held out as a whole (see their headers): {@code commitments-heldout4.tsv} and {@code
 * commitments-heldout5.tsv} (H.R. 264), each measured once before any of its rows was read, whose
 * misses were read after that and led to rules (so they count as seen), and {@code
 * commitments-heldout6.tsv} (eight bills), measured once after all of them. The floors lie under
 * each set's latest figures (held-out 4 now: obligor P 0.900, R 0.947, modality 0.982, negation
 * 0.982; held-out 5 now: 1.000, 0.982, 0.982, 0.982; held-out 6, blind: 0.926, 0.943, 0.943, 0.962;
 * docs/classify.md), to catch regressions.
 */
class CommitmentHeldOutSetsTest {

  @ParameterizedTest(name = "{1}")
  @CsvSource({
    "commitments-heldout4.tsv, heldout4, 0.85, 0.90, 0.94, 0.94",
    "commitments-heldout5.tsv, heldout5, 0.95, 0.94, 0.94, 0.94",
    "commitments-heldout6.tsv, heldout6, 0.88, 0.90, 0.90, 0.92"
  })
  void measuresAHeldOutSet(
      String file, String name, double precision, double recall, double modality, double negation)
      throws IOException {
    CommitmentMeasurementTest.measure("/io/github/plandiff/classify/" + file, "heldout", name)
        .assertAtLeast(precision, recall, modality, negation);
  }
}
