package io.github.plandiff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.plandiff.PlanDiff;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerCommandTest {

  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.newCommandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  /** Splits RFC 4180 CSV into rows of fields. */
  private static List<List<String>> parseCsv(String csv) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < csv.length(); i++) {
      char c = csv.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else {
        field.append(c);
      }
    }
    return rows;
  }

  @Test
  void csvHasOneCommitmentARow() {
    Path sample = Path.of("samples", "ukraine-28.txt");
    Run r = run("ledger", sample.toString(), "-f", "csv");
    assertThat(r.code()).isZero();
    List<List<String>> rows = parseCsv(r.out());
    int commitments = PlanDiff.ledger(PlanDiff.parse(sample)).commitments().size();
    assertThat(rows).hasSize(commitments + 1);
    assertThat(rows.get(0)).startsWith("clause", "sentence", "part", "obligors", "modality");
    assertThat(rows).allSatisfy(row -> assertThat(row).hasSize(10));
    assertThat(rows)
        .anySatisfy(
            row ->
                assertThat(row)
                    .contains("Russia; United States")
                    .anyMatch(f -> f.startsWith("Russia and the United States will agree")));
    assertThat(r.out()).contains("\"Russia, Ukraine and Europe will conclude");
  }

  @Test
  void printsTextJsonAndMarkdown() throws IOException {
    Path a = write("a.txt", "1. Russia will withdraw its forces.\n2. Ukraine may hold a vote.\n");
    assertThat(run("ledger", a.toString(), "--no-color").out())
        .contains("Russia")
        .contains("PERMISSION");
    assertThat(run("ledger", a.toString(), "-f", "json").out())
        .contains("\"ledger\"")
        .contains("\"obligors\"")
        .contains("\"modality\" : \"PERMISSION\"");
    assertThat(run("ledger", a.toString(), "-f", "md").out())
        .contains("| Ukraine | 0 | 0 | 1 | 1 |");
  }

  @Test
  void checkFailsOnAPartysRemovedOrSoftenedCommitment() throws IOException {
    Path a =
        write(
            "a.txt",
            "1. Ukraine will hold elections within 100 days.\n"
                + "2. Russia will withdraw its forces from the agreed regions.\n");
    Path b =
        write(
            "b.txt",
            "1. Ukraine should hold elections within 100 days.\n"
                + "2. The ceasefire lines will be monitored from space.\n");
    Run removed = run("check", a.toString(), b.toString(), "--fail-on", "party:Russia:removed");
    assertThat(removed.code()).isEqualTo(1);
    assertThat(removed.out()).contains("who commits to what");
    Run softened = run("check", a.toString(), b.toString(), "--fail-on", "party:ukraine:softened");
    assertThat(softened.code()).isEqualTo(1);
    Run none = run("check", a.toString(), b.toString(), "--fail-on", "party:Ukraine:removed");
    assertThat(none.code()).isZero();
    Run added = run("check", a.toString(), b.toString(), "--fail-on", "party:Russia:added");
    assertThat(added.code()).isZero();
    Path c = write("c.txt", "1. The United States will provide air defence.\n");
    Path d = write("d.txt", "1. Elections will be held.\n");
    assertThat(
            run("check", c.toString(), d.toString(), "--fail-on", "party:united-states:removed")
                .code())
        .isEqualTo(1);
    assertThat(
            run("check", c.toString(), d.toString(), "--fail-on", "party:Atlantis:removed").code())
        .isZero();
  }

  @Test
  void badPartyNameIsAUsageError() throws IOException {
    Path a = write("a.txt", "1. Ukraine will hold elections.\n");
    Run r = run("check", a.toString(), a.toString(), "--fail-on", "party:Ukraine:exploded");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("party:NAME:added");
  }
}
