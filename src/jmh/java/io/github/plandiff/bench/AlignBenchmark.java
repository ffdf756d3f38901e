package io.github.plandiff.bench;

import io.github.plandiff.CompareOptions;
import io.github.plandiff.align.Aligner;
import io.github.plandiff.model.Alignment;
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
 * The real aligner, and the real whole pipeline ({@code PlanDiff.compare} then JSON). Sizes are
 * given with {@code -p clauses=...}; the defaults stop at 1,000 clauses because the aligner of this
 * version compares all pairs of clauses (quadratic time and memory).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx6g"})
public class AlignBenchmark {

  @Param({"100", "1000"})
  public int clauses;

  private Pairs pairs;

  @Setup
  public void setUp() {
    pairs = Pairs.generated(clauses);
  }

  /** The aligner alone. */
  @Benchmark
  public Alignment align() {
    return new Aligner(CompareOptions.defaults().aligner()).align(pairs.oldDraft, pairs.newDraft);
  }

  /** {@code PlanDiff.compare} on parsed drafts, then JSON. */
  @Benchmark
  public String compareAndRender() {
    return new JsonRenderer()
        .render(
            io.github.plandiff.PlanDiff.compare(
                pairs.oldDraft, pairs.newDraft, CompareOptions.defaults()));
  }
}
