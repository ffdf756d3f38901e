package io.github.plandiff.bench;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import io.github.plandiff.BenchAccess;
import io.github.plandiff.CompareOptions;
import io.github.plandiff.PlanDiff;
import io.github.plandiff.model.Alignment;
import io.github.plandiff.model.Comparison;
import io.github.plandiff.model.Draft;
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
 * java-diff-utils' own line diff with inline word diff ({@code DiffRowGenerator}) against
 * plandiff's pipeline on the same pairs: both drafts read and parsed from bytes, aligned, redlined
 * and significance computed (no rendering on either side). {@link #plandiff} is the whole pipeline
 * with the real aligner; {@link #plandiffStandInAligner} aligns with the linear {@link
 * SequentialAligner} instead, to show what the other stages cost.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx3g"})
public class PeerBenchmark {

  @Param({"100", "1000", "10000", "20000"})
  public int clauses;

  private Pairs pairs;
  private DiffRowGenerator generator;

  @Setup
  public void setUp() {
    pairs = Pairs.generated(clauses);
    generator =
        DiffRowGenerator.create()
            .showInlineDiffs(true)
            .inlineDiffByWord(true)
            .mergeOriginalRevised(false)
            .build();
  }

  /** java-diff-utils: line diff, then a word diff inside each changed pair of lines. */
  @Benchmark
  public List<DiffRow> diffRowGenerator() {
    return generator.generateDiffRows(pairs.oldLines, pairs.newLines);
  }

  /** plandiff: read, parse, align, redline, significance. */
  @Benchmark
  public Comparison plandiff() {
    Draft oldDraft = PlanDiff.parse(pairs.oldBytes, "old.txt", "old");
    Draft newDraft = PlanDiff.parse(pairs.newBytes, "new.txt", "new");
    return PlanDiff.compare(oldDraft, newDraft, CompareOptions.defaults());
  }

  /** plandiff: read, parse, align (stand-in), redline, significance. */
  @Benchmark
  public Comparison plandiffStandInAligner() {
    Draft oldDraft = PlanDiff.parse(pairs.oldBytes, "old.txt", "old");
    Draft newDraft = PlanDiff.parse(pairs.newBytes, "new.txt", "new");
    Alignment a = SequentialAligner.align(oldDraft, newDraft);
    return BenchAccess.compareAligned(oldDraft, newDraft, a);
  }
}
