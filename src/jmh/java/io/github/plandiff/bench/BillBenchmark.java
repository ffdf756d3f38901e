package io.github.plandiff.bench;

import io.github.plandiff.BenchAccess;
import io.github.plandiff.PlanDiff;
import io.github.plandiff.model.Alignment;
import io.github.plandiff.model.Draft;
import io.github.plandiff.render.JsonRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A real bill (about 3.3 MB of USLM XML) against a copy of itself with about one word in 200
 * edited. The file is not part of the repository: give its path with {@code -Dplandiff.bill=PATH}
 * (or the environment variable {@code PLANDIFF_BILL}); {@code bench/run-jmh.sh} passes it and skips
 * this benchmark when the file is absent. The bill is read as plain text by this version.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx3g"})
public class BillBenchmark {

  private byte[] oldBytes;
  private byte[] newBytes;
  private Draft oldDraft;
  private Draft newDraft;

  /** Rewords the text between tags only, so that the edited copy stays well-formed XML. */
  static String rewordText(String xml) {
    StringBuilder out = new StringBuilder(xml.length());
    java.util.regex.Matcher tag = java.util.regex.Pattern.compile("<[^>]*+>").matcher(xml);
    int at = 0;
    long seed = 7;
    while (tag.find()) {
      String between = xml.substring(at, tag.start());
      out.append(between.isBlank() ? between : LargeDraftGenerator.reword(between, 200, seed++));
      out.append(tag.group());
      at = tag.end();
    }
    return out.append(xml.substring(at)).toString();
  }

  /** Where the bill is, or null. */
  static Path billPath() {
    String p = System.getProperty("plandiff.bill", System.getenv("PLANDIFF_BILL"));
    return p == null || p.isBlank() ? null : Path.of(p);
  }

  @Setup
  public void setUp() throws IOException {
    Path bill = billPath();
    if (bill == null || !Files.isRegularFile(bill)) {
      throw new IllegalStateException(
          "no bill: set -Dplandiff.bill or PLANDIFF_BILL to a USLM XML"
              + " file such as BILLS-116hr1865eah.xml (govinfo.gov bulk data, BILLS collection)");
    }
    String text = Files.readString(bill, StandardCharsets.UTF_8);
    oldBytes = text.getBytes(StandardCharsets.UTF_8);
    newBytes = rewordText(text).getBytes(StandardCharsets.UTF_8);
    oldDraft = PlanDiff.parse(oldBytes, "bill.xml", "old");
    newDraft = PlanDiff.parse(newBytes, "bill-edited.xml", "new");
  }

  /** Read and parse the bill. */
  @Benchmark
  public Draft readParse() {
    return PlanDiff.parse(oldBytes, "bill.xml", "old");
  }

  /** Align (stand-in), redline and render JSON. */
  @Benchmark
  public String compareAndRender() {
    Alignment a = SequentialAligner.align(oldDraft, newDraft);
    return new JsonRenderer().render(BenchAccess.compareAligned(oldDraft, newDraft, a));
  }

  /** The whole pipeline with the real aligner, from bytes to JSON. */
  @Benchmark
  public String wholePipeline() {
    return new JsonRenderer()
        .render(
            PlanDiff.compare(
                PlanDiff.parse(oldBytes, "bill.xml", "old"),
                PlanDiff.parse(newBytes, "bill-edited.xml", "new"),
                io.github.plandiff.CompareOptions.defaults()));
  }
}
