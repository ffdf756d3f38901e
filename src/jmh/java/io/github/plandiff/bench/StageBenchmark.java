package io.github.plandiff.bench;

import io.github.plandiff.BenchAccess;
import io.github.plandiff.CompareOptions;
import io.github.plandiff.PlanDiff;
import io.github.plandiff.align.Aligner;
import io.github.plandiff.align.AlignerSettings;
import io.github.plandiff.model.Alignment;
import io.github.plandiff.model.Comparison;
import io.github.plandiff.model.Draft;
import io.github.plandiff.render.HtmlRenderer;
import io.github.plandiff.render.JsonRenderer;
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
 * Each stage of the pipeline on generated drafts of 100 to 20,000 clauses: reading and parsing one
 * draft, aligning (the real aligner, and the linear {@link SequentialAligner} for reference),
 * redlining and classifying every match of the real alignment, rendering JSON and HTML, and the
 * whole pipeline from bytes to JSON. {@code -p kind=nested} takes drafts with sub-points and
 * repeated phrasing instead.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx3g"})
public class StageBenchmark {

  @Param({"100", "1000", "10000", "20000"})
  public int clauses;

  /**
   * {@code generated}: {@link LargeDraftGenerator#generate}; {@code nested}: points with sub-points
   * and repeated phrasing ({@link LargeDraftGenerator#nested}), {@code clauses} points.
   */
  @Param({"generated"})
  public String kind;

  private Pairs pairs;
  private Alignment alignment;
  private Comparison comparison;

  @Setup
  public void setUp() {
    pairs = kind.equals("nested") ? Pairs.nested(clauses) : Pairs.generated(clauses);
    alignment = new Aligner(AlignerSettings.DEFAULTS).align(pairs.oldDraft, pairs.newDraft);
    comparison = BenchAccess.compareAligned(pairs.oldDraft, pairs.newDraft, alignment);
  }

  /** Read (decode, split into lines) and parse one draft. */
  @Benchmark
  public Draft readParse() {
    return PlanDiff.parse(pairs.newBytes, "new.txt", "new");
  }

  /** The aligner. */
  @Benchmark
  public Alignment align() {
    return new Aligner(AlignerSettings.DEFAULTS).align(pairs.oldDraft, pairs.newDraft);
  }

  /** The linear stand-in aligner. */
  @Benchmark
  public Alignment alignSequential() {
    return SequentialAligner.align(pairs.oldDraft, pairs.newDraft);
  }

  /** Redlines, significance and warnings for every match of an alignment. */
  @Benchmark
  public Comparison redline() {
    return BenchAccess.compareAligned(pairs.oldDraft, pairs.newDraft, alignment);
  }

  /** JSON of a comparison. */
  @Benchmark
  public String renderJson() {
    return new JsonRenderer().render(comparison);
  }

  /** HTML of a comparison. */
  @Benchmark
  public String renderHtml() {
    return new HtmlRenderer().render(comparison);
  }

  /** Read and parse both drafts, align, redline, classify and render JSON. */
  @Benchmark
  public String pipeline() {
    Draft oldDraft = PlanDiff.parse(pairs.oldBytes, "old.txt", "old");
    Draft newDraft = PlanDiff.parse(pairs.newBytes, "new.txt", "new");
    return new JsonRenderer()
        .render(PlanDiff.compare(oldDraft, newDraft, CompareOptions.defaults()));
  }
}
