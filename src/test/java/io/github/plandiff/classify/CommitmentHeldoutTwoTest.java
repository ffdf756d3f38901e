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
 * blind (see its header), on its own and without the eight rows whose sentences the first file
 * already holds. No row of it was used to change the extractor.
 */
class CommitmentHeldoutTwoTest {

  private static final String FILE = "/io/github/plandiff/classify/commitments-heldout2.tsv";

  /** Rows whose sentences appear in commitments-labelled.tsv too (the file's header). */
  private static final Set<String> SEEN =
      Set.of("h020", "h089", "h094", "h095", "h098", "h104", "h113", "h115");

  static List<Row> rows() throws IOException {
    try (InputStream in = CommitmentHeldoutTwoTest.class.getResourceAsStream(FILE)) {
      List<Row> out = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
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
    assertThat(all.rows).isEqualTo(rows.size());
    assertThat(unseen.rows).isEqualTo(rows.size() - SEEN.size());
    assertThat(all.commitments).isPositive();
  }
}
