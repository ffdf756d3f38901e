package io.github.plandiff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryCommandTest {

  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.newCommandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  private String sample(String name) throws IOException {
    Path file = dir.resolve(name);
    try (InputStream in = HistoryCommandTest.class.getResourceAsStream("/drafts/" + name)) {
      Files.write(file, in.readAllBytes());
    }
    return file.toString();
  }

  @Test
  void followsTheUkraineDraftsUnderTheGivenLabels() throws IOException {
    Run r =
        run(
            "history",
            sample("ukraine-28.txt"),
            sample("ukraine-counter.txt"),
            sample("ukraine-20.txt"),
            "--labels",
            "28-point, EU counter ,20-point");

    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .contains("| 28-point | EU counter | 20-point |")
        .containsPattern("(?m)^6 +\\| 6 \\+ +\\| 6 ~ +\\| 4 ~ ");
  }

  @Test
  void labelsDraftsByTheirFileNamesByDefault() throws IOException {
    Run r = run("history", sample("ukraine-28.txt"), sample("ukraine-20.txt"), "-f", "md");

    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("| \\# | ukraine-28 | ukraine-20 | text |");
  }

  @Test
  void writesJsonAndHtmlToAFile() throws IOException {
    String a = sample("ukraine-28.txt");
    String b = sample("ukraine-counter.txt");
    Path json = dir.resolve("h.json");
    Path html = dir.resolve("h.html");

    Run r1 = run("history", a, b, "-f", "json", "-o", json.toString());
    Run r2 = run("history", a, b, "-f", "html", "-o", html.toString());

    assertThat(r1.code()).isZero();
    assertThat(r2.code()).isZero();
    assertThat(r1.out()).isEmpty();
    assertThat(Files.readString(json))
        .startsWith("{\n  \"schema\" : \"plandiff/1\",\n  \"drafts\"");
    assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("class=\"matrix\"");
  }

  @Test
  void rejectsAWrongNumberOfLabelsWithExitTwo() throws IOException {
    Run r =
        run("history", sample("ukraine-28.txt"), sample("ukraine-20.txt"), "--labels", "only one");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--labels gives 1 labels for 2 drafts");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void missingDraftExitsTwoWithOneLineNamingTheFile() throws IOException {
    Run r = run("history", sample("ukraine-28.txt"), dir.resolve("nope.txt").toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("nope.txt");
    assertThat(r.err()).doesNotContain("\tat ");
  }

  @Test
  void isListedInTheTopLevelHelp() {
    Run r = run("--help");

    assertThat(r.out()).contains("history");
  }
}
