package io.github.plandiff.classify;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.plandiff.classify.CommitmentMeasurementTest.Row;
import io.github.plandiff.classify.CommitmentMeasurementTest.Score;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
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

  /**
   * The ids of the rows taken from H.R. 1865, whose whole text was read while the rules were made.
   */
  private static final Set<String> FROM_BILL = new java.util.TreeSet<>();

  static List<Row> rows() throws IOException {
    try (InputStream in = CommitmentHeldoutTwoTest.class.getResourceAsStream(FILE)) {
      List<Row> out = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f[2].equals("hr1865")) {
          FROM_BILL.add(f[0]);
        }
        out.add(
            new Row(
                f[0],
                f[1],
                Integer.parseInt(f[3]),
                Arrays.asList(f[4].split("; ")),
                f[5],
                f[6],
                f[7]));
      }
      return out;
    }
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
                .filter(r -> !SEEN.contains(r.id()) && !FROM_BILL.contains(r.id()))
                .toList(),
            "heldout");
    System.out.println(other.line("not-bill"));
    assertThat(all.rows).isEqualTo(rows.size());
    assertThat(unseen.rows).isEqualTo(rows.size() - SEEN.size());
    assertThat(all.commitments).isPositive();
  }
}
