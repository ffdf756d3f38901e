package io.github.plandiff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.newCommandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  /** Runs with {@code stdin} as standard input; binary output is returned in {@code bytes}. */
  private static Run runWithInput(String stdin, ByteArrayOutputStream bytes, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.newCommandLine(
                new PrintWriter(out),
                new PrintWriter(err),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                bytes)
            .execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  private static final String OLD =
      "Preamble.\n\n1. Ukraine's armed forces will not exceed 600,000 personnel.\n\n"
          + "2. Elections will be held within 100 days.\n\n3. An amnesty is granted to all parties.\n";
  private static final String NEW =
      "Preamble.\n\n1. Ukraine's armed forces will not exceed 800,000 personnel.\n\n"
          + "2. Elections will be held within 100 days.\n";

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void comparesTwoDraftsAndExitsZero() throws IOException {
    Path a =
        write(
            "a.txt",
            "1. Ukraine's armed forces will not exceed 600,000 personnel.\n2. Elections within 100 days.\n");
    Path b =
        write(
            "b.txt",
            "1. Elections within 100 days.\n2. Ukraine's armed forces will not exceed 800,000 personnel.\n");
    Run r = run("compare", a.toString(), b.toString(), "--no-color");
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).contains("REWORDED 1 -> 2").contains("[-600,000-]{+800,000+}");
  }

  @Test
  void writesJsonWithTheSchemaToAFile() throws IOException {
    Path a = write("a.txt", "1. One.\n");
    Path out = dir.resolve("out.json");
    Run r = run("compare", a.toString(), a.toString(), "-f", "json", "-o", out.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(Files.readString(out)).startsWith("{\n  \"schema\" : \"plandiff/1\"");
  }

  @Test
  void missingFileExitsTwoWithOneLineNamingTheFile() throws IOException {
    Path a = write("a.txt", "1. One.\n");
    Run r = run("compare", a.toString(), dir.resolve("nope.txt").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("nope.txt").contains("no such file");
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void whenBothDraftsAreMissingTheOldOneIsReported() {
    for (int k = 0; k < 20; k++) {
      Run r = run("compare", dir.resolve("old-gone.txt").toString(), "new-gone.txt");
      assertThat(r.code()).isEqualTo(2);
      assertThat(r.err()).contains("old-gone.txt").doesNotContain("new-gone.txt");
      assertThat(r.err().strip().lines()).hasSize(1);
    }
  }

  @Test
  void unreadableNewDraftIsReportedWhenTheOldOneIsFine() throws IOException {
    Path a = write("a.txt", "1. One.\n");
    Run r = run("compare", a.toString(), dir.resolve("new-gone.txt").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("new-gone.txt").doesNotContain("Exception");
  }

  @Test
  void verboseSaysHowManyClausesAndHowLongOnStandardErrorOnly() throws IOException {
    Path a = write("a.txt", "1. One.\n2. Two.\n");
    Path b = write("b.txt", "1. One.\n2. Two, changed.\n3. Three.\n");
    Run quiet = run("compare", a.toString(), b.toString(), "-f", "json");
    Run loud = run("compare", a.toString(), b.toString(), "-f", "json", "--verbose");
    assertThat(loud.code()).isZero();
    assertThat(loud.out()).isEqualTo(quiet.out());
    assertThat(quiet.err()).isEmpty();
    assertThat(loud.err())
        .contains("a.txt (2 clauses) and ")
        .contains("b.txt (3 clauses) in ")
        .containsPattern("compared in [0-9,]+ ms: 3 changes");
  }

  @Test
  void binaryFileExitsTwoNamingTheProblem() throws IOException {
    Path bin = dir.resolve("image.bin");
    Files.write(bin, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3});
    Run r = run("parse", bin.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("image.bin").contains("binary");
  }

  @Test
  void unknownOptionIsAUsageError() {
    Run r = run("compare", "--frobnicate", "a", "b");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--frobnicate");
  }

  @Test
  void badFormatIsAUsageError() throws IOException {
    Path a = write("a.txt", "1. One.\n");
    Run r = run("compare", a.toString(), a.toString(), "-f", "pdf");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("pdf");
  }

  @Test
  void noCommandIsAUsageError() {
    assertThat(run().code()).isEqualTo(2);
  }

  @Test
  void parsePrintsTheClauses() throws IOException {
    Path a = write("a.txt", "Title\n\n1. One.\n2) Two.\n");
    Run r = run("parse", a.toString(), "-f", "json");
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("\"id\" : \"1\"")
        .contains("\"id\" : \"2\"")
        .contains("\"preamble\" : \"Title\"");
  }

  @Test
  void helpAndVersionExitZero() {
    assertThat(run("--help").code()).isZero();
    assertThat(run("--version").out()).startsWith("plandiff");
  }

  @Test
  void checkExitsOneAndPrintsWhatTriggered() throws IOException {
    Path a = write("a.txt", OLD);
    Path b = write("b.txt", NEW);
    Run r = run("check", a.toString(), b.toString(), "--fail-on", "removed,merged", "--no-color");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .startsWith("plandiff check failed: 1 change matches --fail-on removed, merged")
        .contains("REMOVED 3 -> -")
        .contains("An amnesty is granted")
        .doesNotContain("REWORDED 1 -> 1")
        .doesNotContain("Elections");
  }

  @Test
  void checkExitsZeroWhenNothingNamedOccurred() throws IOException {
    Path a = write("a.txt", OLD);
    Path b = write("b.txt", NEW);
    Run r =
        run("check", a.toString(), b.toString(), "--fail-on", "added,split,moved,topic:territory");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("plandiff check passed: no change matches --fail-on");
  }

  @Test
  void checkPrintsMarkdownForAPullRequestComment() throws IOException {
    Path a = write("a.txt", OLD);
    Path b = write("b.txt", NEW);
    Path comment = dir.resolve("comment.md");
    Run r =
        run(
            "check",
            a.toString(),
            b.toString(),
            "--fail-on",
            "reworded",
            "-f",
            "md",
            "-o",
            comment.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(Files.readString(comment))
        .startsWith("**plandiff check failed**: 1 change matches")
        .contains("<del>600,000</del><ins>800,000</ins>")
        .contains("| unchanged | reworded |");
  }

  @Test
  void checkCountsOnlySubstantiveRewordings() throws IOException {
    Path a = write("a.txt", "1. Ukraine's forces will withdraw.\n");
    Path b = write("b.txt", "1. Ukraine\u2019s forces will withdraw.\n");
    assertThat(run("check", a.toString(), b.toString(), "--fail-on", "reworded").code()).isZero();
    assertThat(run("check", a.toString(), a.toString(), "--fail-on", "removed,added").code())
        .isZero();
  }

  @Test
  void checkRejectsAnUnknownNameAsAUsageError() throws IOException {
    Path a = write("a.txt", OLD);
    Run r = run("check", a.toString(), a.toString(), "--fail-on", "removed,softend");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("unknown name in --fail-on: 'softend'").contains("weakened");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void checkAcceptsEveryDocumentedName() throws IOException {
    Path a = write("a.txt", OLD);
    String all =
        "removed,added,reworded,merged,split,moved,renumbered,weakened,strengthened,"
            + "negation-added,negation-removed,quantity,deadline,party-added,party-removed,"
            + "condition-added,condition-removed,commitment-added,commitment-removed,topic:territory,"
            + "softened,QUANTITY_CHANGED,modality-weakened";
    assertThat(run("check", a.toString(), a.toString(), "--fail-on", all).code()).isZero();
  }

  @Test
  void checkNeedsFailOn() throws IOException {
    Path a = write("a.txt", OLD);
    Run r = run("check", a.toString(), a.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--fail-on");
  }

  @Test
  void checkWithAMissingFileExitsTwo() throws IOException {
    Path a = write("a.txt", OLD);
    Run r = run("check", a.toString(), dir.resolve("gone.txt").toString(), "--fail-on", "removed");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("gone.txt");
    assertThat(r.err().strip().lines()).hasSize(1);
  }

  @Test
  void readsADraftFromStandardInputWithALabel() throws IOException {
    Path a = write("a.txt", OLD);
    Run r =
        runWithInput(
            NEW,
            new ByteArrayOutputStream(),
            "compare",
            a.toString(),
            "-",
            "--label-old",
            "Round 1",
            "--label-new",
            "Round 2",
            "-f",
            "json");
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("\"label\" : \"Round 1\"")
        .contains("\"label\" : \"Round 2\"")
        .contains("\"source\" : \"-\"")
        .contains("\"text\" : \"800,000\"");
  }

  @Test
  void parseReadsStandardInput() {
    Run r = runWithInput(OLD, new ByteArrayOutputStream(), "parse", "-", "-f", "json");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("\"label\" : \"stdin\"").contains("\"id\" : \"3\"");
  }

  @Test
  void bothDraftsFromStandardInputIsAUsageError() {
    Run r = runWithInput(OLD, new ByteArrayOutputStream(), "compare", "-", "-");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("only one of OLD and NEW");
  }

  @Test
  void blankLabelIsAUsageError() throws IOException {
    Path a = write("a.txt", OLD);
    Run r = run("compare", a.toString(), a.toString(), "--label-old", " ");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("label");
  }

  @Test
  void writesEveryFormat() throws IOException {
    Path a = write("a.txt", OLD);
    Path b = write("b.txt", NEW);
    assertThat(run("compare", a.toString(), b.toString(), "-f", "html").out())
        .startsWith("<!DOCTYPE html>")
        .contains("<del>600,000</del><ins>800,000</ins>");
    assertThat(run("compare", a.toString(), b.toString(), "-f", "md").out())
        .startsWith("## plandiff: a \u2192 b");
    assertThat(run("compare", a.toString(), b.toString(), "-f", "text").out())
        .contains("[-600,000-]{+800,000+}");
    Path docx = dir.resolve("out.docx");
    Run r = run("compare", a.toString(), b.toString(), "-f", "docx", "-o", docx.toString());
    assertThat(r.code()).isZero();
    assertThat(Files.readAllBytes(docx)).startsWith('P', 'K', 3, 4);
  }

  @Test
  void writesDocxToStandardOutputAsBytes() throws IOException {
    Path a = write("a.txt", OLD);
    Path b = write("b.txt", NEW);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Run r = runWithInput("", bytes, "compare", a.toString(), b.toString(), "-f", "docx");
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(bytes.toByteArray()).startsWith('P', 'K', 3, 4);
  }

  @Test
  void unwritableOutputExitsTwoNamingTheFile() throws IOException {
    Path a = write("a.txt", OLD);
    Path out = dir.resolve("no-such-dir").resolve("out.html");
    Run r = run("compare", a.toString(), a.toString(), "-f", "html", "-o", out.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("out.html").contains("cannot be written");
    assertThat(r.err()).doesNotContain("\tat ");
  }

  @Test
  void helpListsExamplesAndExitCodes() {
    Run top = run("--help");
    assertThat(top.out())
        .contains("Examples:")
        .contains("check")
        .contains("Exit codes:")
        .contains("1  check: a named change occurred")
        .contains("2  usage or input error");
    Run check = run("check", "--help");
    assertThat(check.code()).isZero();
    assertThat(check.out())
        .contains("--fail-on")
        .contains("commitment-removed")
        .contains("topic:KEY")
        .contains("Exit codes:");
    assertThat(run("compare", "--help").out()).contains("docx").contains("Exit codes:");
  }

  @Test
  void subcommandsPrintTheVersion() {
    assertThat(run("check", "--version").out()).startsWith("plandiff ");
  }

  @Test
  void refusesAFileAboveTheInputSizeLimitNamingIt() throws IOException {
    Path big = write("big.txt", "1. " + "word ".repeat(400) + "\n");
    Path small = write("small.txt", "1. One.\n");
    Run r = run("compare", small.toString(), big.toString(), "--max-input-size", "1k");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("big.txt").contains("above the limit of 1024 bytes");
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(run("compare", small.toString(), big.toString(), "--max-input-size", "1M").code())
        .isZero();
  }

  @Test
  void refusesStandardInputAboveTheLimit() {
    String text = "1. " + "word ".repeat(400) + "\n";
    Run r = runWithInput(text, null, "parse", "-", "--max-input-size", "100");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("-: ").contains("above the limit of 100 bytes");
  }

  @Test
  void aBadSizeIsAUsageError() {
    Run r = run("parse", "x.txt", "--max-input-size", "lots");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("'lots' is not a size");
  }
}
