package io.github.plandiff.bench;

import io.github.plandiff.redline.Redline;
import io.github.plandiff.redline.RedlineEngine;
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
 * A redline inside one huge clause: a paragraph of about 1 MB (130,000 words) against a copy edited
 * about once in {@code every} words, and against an unrelated paragraph of the same size.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx2g"})
public class HugeClauseBenchmark {

  @Param({"130000"})
  public int words;

  @Param({"20", "500"})
  public int every;

  private String old;
  private String edited;
  private String unrelated;
  private final RedlineEngine engine = new RedlineEngine();

  @Setup
  public void setUp() {
    old = LargeDraftGenerator.paragraph(words, 1);
    edited = LargeDraftGenerator.reword(old, every, 2);
    unrelated = LargeDraftGenerator.paragraph(words, 3);
  }

  /** The paragraph against its edited copy. */
  @Benchmark
  public Redline edited() {
    return engine.diff(old, edited);
  }

  /** The paragraph against an unrelated one. */
  @Benchmark
  public Redline unrelated() {
    return engine.diff(old, unrelated);
  }
}
