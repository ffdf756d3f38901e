package io.github.plandiff.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Measures the commitments against {@code commitments-labelled.tsv} (labelled by hand; see its
 * header): obligor precision and recall (micro, over the parties of each row, "unspecified" and
 * "all parties" counted as names), modality and negation accuracy over the rows that are
 * commitments, and detection (a commitment found where there is one). Prints both parts, tune and
 * held-out.
 */
class CommitmentMeasurementTest {

  private static final String FILE = "/io/github/plandiff/classify/commitments-labelled.tsv";

  /** The commitments read with the default lexicon and the bills' gazetteer. */
  static final Commitments WITH_BILL_PARTIES =
      new Commitments(
          Lexicon.defaults()
              .extendedWith(
                  Json.resource("/io/github/plandiff/classify/bill-parties.json", Lexicon.class)),
          CommitmentWords.defaults());

  record Row(
      String id,
      String split,
      String source,
      int part,
      List<String> obligors,
      String modality,
      String negated,
      String text) {

    boolean commitment() {
      return !obligors.equals(List.of("-"));
    }
  }

  /** Counts for one part of the file. */
  static final class Score {
    int rows;
    int tp;
    int fp;
    int fn;
    int commitments;
    int modalityRight;
    int negationRight;
    int found;
    int spurious;
    int none;
    final List<String> misses = new ArrayList<>();

    double precision() {
      return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
    }

    double recall() {
      return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
    }

    double modality() {
      return commitments == 0 ? 1 : (double) modalityRight / commitments;
    }

    double negation() {
      return commitments == 0 ? 1 : (double) negationRight / commitments;
    }

    /** Asserts that the figures reach these floors. */
    void assertAtLeast(double precision, double recall, double modality, double negation) {
      assertThat(precision()).as("obligor precision").isGreaterThanOrEqualTo(precision);
      assertThat(recall()).as("obligor recall").isGreaterThanOrEqualTo(recall);
      assertThat(modality()).as("modality accuracy").isGreaterThanOrEqualTo(modality);
      assertThat(negation()).as("negation accuracy").isGreaterThanOrEqualTo(negation);
    }

    String line(String name) {
      return String.format(
          Locale.ROOT,
          "%-8s rows %3d  obligors P %.3f (%d/%d) R %.3f (%d/%d)  modality %.3f (%d/%d)"
              + "  negation %.3f (%d/%d)  found %d/%d, spurious %d/%d",
          name,
          rows,
          precision(),
          tp,
          tp + fp,
          recall(),
          tp,
          tp + fn,
          modality(),
          modalityRight,
          commitments,
          negation(),
          negationRight,
          commitments,
          found,
          commitments,
          spurious,
          none);
    }
  }

  static List<Row> rows() throws IOException {
    return rows(FILE);
  }

  /** The rows of a file of labelled commitments (the columns of this file's header). */
  static List<Row> rows(String file) throws IOException {
    try (InputStream in = CommitmentMeasurementTest.class.getResourceAsStream(file)) {
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
                f[2],
                Integer.parseInt(f[3]),
                Arrays.asList(f[4].split("; ")),
                f[5],
                f[6],
                f[7]));
      }
      return out;
    }
  }

  /**
   * Measures one part of a file, prints its figures (and its misses, for a tuning part) and checks
   * that every row of the file was read and that it holds commitments.
   *
   * @param file the file of labelled commitments
   * @param split the part: "tune" (misses printed) or "heldout"
   * @param name the name the printed line gives the part
   */
  static Score measure(String file, String split, String name) throws IOException {
    List<Row> rows = rows(file);
    Score score = score(rows, split);
    System.out.println("Commitments against " + file.substring(file.lastIndexOf('/') + 1) + ":");
    System.out.println(score.line(name));
    if (split.equals("tune")) {
      score.misses.forEach(m -> System.out.println("  " + name + " miss " + m));
    }
    assertThat(score.rows).isEqualTo(rows.size());
    assertThat(score.commitments).isPositive();
    return score;
  }

  static Score score(List<Row> rows, String split) {
    Score s = new Score();
    for (Row row : rows) {
      if (!row.split().equals(split)) {
        continue;
      }
      s.rows++;
      List<io.github.plandiff.model.Commitment> found = WITH_BILL_PARTIES.of("x", row.text());
      io.github.plandiff.model.Commitment c =
          row.part() < found.size() ? found.get(row.part()) : null;
      List<String> predicted = c == null ? List.of() : c.obligors();
      if (!row.commitment()) {
        s.none++;
        s.fp += predicted.size();
        s.spurious += c == null ? 0 : 1;
        continue;
      }
      s.commitments++;
      s.found += c == null ? 0 : 1;
      int tp = (int) predicted.stream().filter(row.obligors()::contains).count();
      s.tp += tp;
      s.fp += predicted.size() - tp;
      s.fn += row.obligors().size() - tp;
      boolean modality = c != null && c.modality().name().equals(row.modality());
      boolean negation = c != null && c.negated() == row.negated().equals("yes");
      s.modalityRight += modality ? 1 : 0;
      s.negationRight += negation ? 1 : 0;
      if (tp != predicted.size() || tp != row.obligors().size() || !modality || !negation) {
        s.misses.add(
            row.id()
                + " gold "
                + row.obligors()
                + " "
                + row.modality()
                + " neg="
                + row.negated()
                + " | got "
                + (c == null ? "nothing" : predicted + " " + c.modality() + " neg=" + c.negated()));
      }
    }
    return s;
  }

  @Test
  void measuresObligorsModalityAndNegation() throws IOException {
    List<Row> rows = rows();
    Score tune = score(rows, "tune");
    Score heldout = score(rows, "heldout");
    System.out.println("Commitments against commitments-labelled.tsv:");
    System.out.println(tune.line("tune"));
    System.out.println(heldout.line("heldout"));
    tune.misses.forEach(m -> System.out.println("  tune miss " + m));
    heldout.misses.forEach(m -> System.out.println("  held-out miss " + m));
    assertThat(tune.rows + heldout.rows).isEqualTo(rows.size());
    assertThat(heldout.rows).isPositive();
    // Floors under the figures measured when the extractor was last changed (held-out: obligor P
    // 0.905, R 0.864, modality 0.909, negation 0.864), to catch regressions; the goal of 0.90 is
    // not met for obligor recall (docs/classify.md).
    for (Score s : List.of(tune, heldout)) {
      s.assertAtLeast(0.85, 0.80, 0.80, 0.80);
    }
  }
}
