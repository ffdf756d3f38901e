package io.github.plandiff.align;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.plandiff.PlanDiff;
import io.github.plandiff.model.ClauseMatch;
import io.github.plandiff.model.Draft;
import io.github.plandiff.model.Relation;
import io.github.plandiff.testing.AlignmentScore;
import io.github.plandiff.testing.TruthRow;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The aligner against the expected tables of the sample draft pairs. */
class SampleAlignmentTest {

  static final List<String> PAIRS =
      List.of(
          "ukraine-28__ukraine-20",
          "ukraine-28__ukraine-counter",
          "ukraine-counter__ukraine-20",
          "minsk-1__minsk-2");

  static Draft sample(String name) {
    return PlanDiff.parse(resource("/drafts/" + name + ".txt"), name + ".txt", name);
  }

  static byte[] resource(String path) {
    try (InputStream in = SampleAlignmentTest.class.getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      return in.readAllBytes();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  static List<TruthRow> expected(String pair) {
    String tsv = new String(resource("/expected/" + pair + ".tsv"), StandardCharsets.UTF_8);
    List<TruthRow> rows = new ArrayList<>();
    for (String line : tsv.split("\n")) {
      String[] cols = line.split("\t");
      if (cols[0].equals("old")) {
        continue;
      }
      rows.add(new TruthRow(Relation.valueOf(cols[2]), ids(cols[0]), ids(cols[1]), false));
    }
    return rows;
  }

  private static List<String> ids(String col) {
    return col.equals("-") ? List.of() : List.of(col.split(","));
  }

  static List<ClauseMatch> align(String pair, AlignerSettings settings) {
    String[] names = pair.split("__");
    Draft oldDraft = sample(names[0]);
    Draft newDraft = sample(names[1]);
    return Aligner.topLevel(new Aligner(settings).align(oldDraft, newDraft), oldDraft, newDraft);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ukraine-28__ukraine-counter", "ukraine-28__ukraine-20"})
  void reproducesTheExpectedTableRowForRowInOrder(String pair) {
    List<ClauseMatch> got = align(pair, AlignerSettings.DEFAULTS);
    List<String> gotRows =
        got.stream()
            .map(
                m ->
                    String.join(",", m.oldIds())
                        + " "
                        + String.join(",", m.newIds())
                        + " "
                        + m.relation())
            .toList();
    List<String> wantRows =
        expected(pair).stream()
            .map(
                r ->
                    String.join(",", r.oldIds())
                        + " "
                        + String.join(",", r.newIds())
                        + " "
                        + r.relation())
            .toList();
    assertThat(gotRows).containsExactlyElementsOf(wantRows);
  }

  /**
   * Floors per pair, set just under the figures measured (docs/alignment.md explains the rows that
   * are still wrong): ukraine-28 to the counter-proposal and to the 20-point plan are exact, the
   * Minsk pair is far from it.
   */
  @ParameterizedTest
  @CsvSource({
    "ukraine-28__ukraine-20,      1.00, 1.00",
    "ukraine-28__ukraine-counter, 1.00, 1.00",
    "ukraine-counter__ukraine-20, 0.97, 0.96",
    "minsk-1__minsk-2,            0.70, 0.64"
  })
  void findsTheExpectedCorrespondencesAndRelations(String pair, double f1, double accuracy) {
    AlignmentScore score = new AlignmentScore();
    score.add(expected(pair), align(pair, AlignerSettings.DEFAULTS));
    System.out.println("samples " + pair + ": " + score);
    assertThat(score.correspondenceF1()).isGreaterThanOrEqualTo(f1);
    assertThat(score.relationAccuracy()).isGreaterThanOrEqualTo(accuracy);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ukraine-28__ukraine-20",
        "ukraine-28__ukraine-counter",
        "ukraine-counter__ukraine-20",
        "minsk-1__minsk-2"
      })
  void swappingTheSampleDraftsMirrorsEveryRelation(String pair) {
    String[] names = pair.split("__");
    List<String> forward = new ArrayList<>();
    for (ClauseMatch m : align(pair, AlignerSettings.DEFAULTS)) {
      forward.add(m.relation().mirror() + " " + m.newIds() + " " + m.oldIds());
    }
    List<String> backward = new ArrayList<>();
    for (ClauseMatch m : align(names[1] + "__" + names[0], AlignerSettings.DEFAULTS)) {
      backward.add(m.relation() + " " + m.oldIds() + " " + m.newIds());
    }
    assertThat(backward).containsExactlyInAnyOrderElementsOf(forward);
  }

  @Test
  void scoresAllSamplePairsTogetherAboveTheFloor() {
    AlignmentScore total = new AlignmentScore();
    for (String pair : PAIRS) {
      total.add(expected(pair), align(pair, AlignerSettings.DEFAULTS));
    }
    System.out.println("samples total: " + total);
    assertThat(total.precision()).isGreaterThanOrEqualTo(0.98);
    assertThat(total.recall()).isGreaterThanOrEqualTo(0.90);
    assertThat(total.relationAccuracy()).isGreaterThanOrEqualTo(0.92);
  }
}
