package io.github.plandiff.cli;

import static org.assertj.core.api.Assertions.assertThat;

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

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void comparesTwoDraftsAndExitsZero() throws IOException {
    Path a = write("a.txt", "1. Ukraine's armed forces will not exceed 600,000 personnel.\n2. Elections within 100 days.\n");
    Path b = write("b.txt", "1. Elections within 100 days.\n2. Ukraine's armed forces will not exceed 800,000 personnel.\n");
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
    assertThat(r.out()).contains("\"id\" : \"1\"").contains("\"id\" : \"2\"").contains("\"preamble\" : \"Title\"");
  }

  @Test
  void helpAndVersionExitZero() {
    assertThat(run("--help").code()).isZero();
    assertThat(run("--version").out()).startsWith("plandiff");
  }
}
