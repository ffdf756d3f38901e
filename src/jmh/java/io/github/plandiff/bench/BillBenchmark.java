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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A real bill (H.R. 1865, about 3.3 MB of USLM XML) against a copy with seeded edits ({@link
 * BillEdits}: sections reworded, rewritten in part, removed, moved, merged, split, and sections of
 * other bills inserted). {@code form=xml} compares the XML; {@code form=text} the plain text of the
 * 923 top-level sections (1.3 MB). The file is not part of the repository: give its path with
 * {@code -Dplandiff.bill=PATH} (or the environment variable {@code PLANDIFF_BILL}); {@code
 * bench/run-jmh.sh} passes it and skips this benchmark when the file is absent. It is
 * BILLS-116hr1865eah.xml of the BILLS collection in govinfo.gov's bulk data. Inserted sections come
 * from H264_PCS.XML, H2157_IH.XML and S2731_IPS.XML when they lie next to it (the USLM bill-version
 * samples of GPO), else none are inserted.
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

  /** {@code xml}: the USLM files; {@code text}: the plain text of the top-level sections. */
  @Param({"xml", "text"})
  public String form;

  private byte[] oldBytes;
  private byte[] newBytes;
  private Draft oldDraft;
  private Draft newDraft;
  private String ext;

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
    List<String> donors = new ArrayList<>();
    for (String name : List.of("H264_PCS.XML", "H2157_IH.XML", "S2731_IPS.XML")) {
      Path donor = bill.resolveSibling(name);
      if (Files.isRegularFile(donor)) {
        donors.addAll(BillEdits.cut(Files.readString(donor, StandardCharsets.UTF_8)).sections());
      }
    }
    String text = Files.readString(bill, StandardCharsets.UTF_8);
    String edited = BillEdits.edit(text, donors, 42);
    boolean xml = form.equals("xml");
    ext = xml ? ".xml" : ".txt";
    oldBytes = (xml ? text : BillEdits.sectionsText(text)).getBytes(StandardCharsets.UTF_8);
    newBytes = (xml ? edited : BillEdits.sectionsText(edited)).getBytes(StandardCharsets.UTF_8);
    oldDraft = PlanDiff.parse(oldBytes, "bill" + ext, "old");
    newDraft = PlanDiff.parse(newBytes, "bill-edited" + ext, "new");
  }

  /** Read and parse the bill. */
  @Benchmark
  public Draft readParse() {
    return PlanDiff.parse(oldBytes, "bill" + ext, "old");
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
                PlanDiff.parse(oldBytes, "bill" + ext, "old"),
                PlanDiff.parse(newBytes, "bill-edited" + ext, "new"),
                io.github.plandiff.CompareOptions.defaults()));
  }
}
