package io.github.plandiff.classify;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.plandiff.classify.CommitmentMeasurementTest.Row;
import io.github.plandiff.classify.CommitmentMeasurementTest.Score;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Measures the commitments against {@code commitments-heldout2.tsv}, a second held-out set labelled
 * blind (see its header): all rows; without the eight rows whose sentences the first file already
 * holds ("unseen"); and without those nor the rows from H.R. 1865 ("not-bill"), whose whole text
 * (not the labels) was read to check the extractor's output while its rules were changed. No row of
 * the file was used to change the extractor.
 */
class CommitmentHeldoutTwoTest {

  private static final String FILE = "/io/github/plandiff/classify/commitments-heldout2.tsv";

  /** Rows whose sentences appear in commitments-labelled.tsv too (the file's header). */
  private static final Set<String> SEEN =
      Set.of("h020", "h089", "h094", "h095", "h098", "h104", "h113", "h115");

  static List<Row> rows() throws IOException {
    return CommitmentMeasurementTest.rows(FILE);
  }

  @Test
  void measuresObligorsModalityAndNegationOnTheSecondHeldOutSet() throws IOException {
    List<Row> rows = rows();
    Score all = CommitmentMeasurementTest.score(rows, "heldout");
    Score unseen =
        CommitmentMeasurementTest.score(
            rows.stream().filter(r -> !SEEN.contains(r.id())).toList(), "heldout");
    System.out.println("Commitments against commitments-heldout2.tsv:");
    System.out.println(all.line("all"));
    System.out.println(unseen.line("unseen"));
    Score other =
        CommitmentMeasurementTest.score(
            rows.stream()
                .filter(r -> !SEEN.contains(r.id()) && !r.source().equals("hr1865"))
                .toList(),
            "heldout");
    System.out.println(other.line("not-bill"));
    assertThat(all.rows).isEqualTo(rows.size());
    assertThat(unseen.rows).isEqualTo(rows.size() - SEEN.size());
    assertThat(all.commitments).isPositive();
  }
}
