package io.github.plandiff.bench;

import io.github.plandiff.BenchAccess;
import io.github.plandiff.CompareOptions;
import io.github.plandiff.PlanDiff;
import io.github.plandiff.model.Alignment;
import io.github.plandiff.model.Comparison;
import io.github.plandiff.model.Draft;
import io.github.plandiff.render.JsonRenderer;
import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * The command line's {@code compare -f json} run again and again in one JVM, with the real aligner:
 * {@code WarmMain OLD NEW ROUNDS [--no-semantic]}. Each round reads and parses both drafts, aligns,
 * runs the stages after alignment and writes the JSON to a writer that only counts characters; it
 * prints each stage's wall time and the round's process CPU time, then each stage's CPU time of the
 * JVM's live threads, and at the end the median of the rounds after the first half (the warm
 * rounds).
 */
public final class WarmMain {

  private WarmMain() {}

  /**
   * Runs the rounds.
   *
   * @param args OLD NEW ROUNDS [--no-semantic]
   * @throws IOException never (the writer discards)
   */
  public static void main(String[] args) throws IOException {
    Path oldFile = Path.of(args[0]);
    Path newFile = Path.of(args[1]);
    int rounds = Integer.parseInt(args[2]);
    boolean semantic = !(args.length > 3 && args[3].equals("--no-semantic"));
    CompareOptions options =
        semantic
            ? CompareOptions.defaults()
            : CompareOptions.defaults().toBuilder().semantic(CompareOptions.Semantic.OFF).build();
    long[] wall = new long[rounds];
    long[] cpu = new long[rounds];
    for (int r = 0; r < rounds; r++) {
      long c0 = processCpu();
      long a0 = threadsCpu();
      long t0 = System.nanoTime();
      Draft oldDraft = PlanDiff.parse(oldFile, options);
      Draft newDraft = PlanDiff.parse(newFile, options);
      long t1 = System.nanoTime();
      long a1 = threadsCpu();
      Alignment alignment = options.newAligner().align(oldDraft, newDraft);
      long t2 = System.nanoTime();
      long a2 = threadsCpu();
      Comparison comparison = BenchAccess.compareAligned(oldDraft, newDraft, alignment);
      long t3 = System.nanoTime();
      long a3 = threadsCpu();
      Counting out = new Counting();
      new JsonRenderer().render(comparison, out);
      long t4 = System.nanoTime();
      long a4 = threadsCpu();
      wall[r] = t4 - t0;
      cpu[r] = processCpu() - c0;
      System.out.printf(
          Locale.ROOT,
          "round %d: parse %d ms, align %d ms, after %d ms, json %d ms; wall %d ms, cpu %d ms;"
              + " threads' cpu: parse %d ms, align %d ms, after %d ms, json %d ms; %d chars%n",
          r + 1,
          ms(t1 - t0),
          ms(t2 - t1),
          ms(t3 - t2),
          ms(t4 - t3),
          ms(wall[r]),
          ms(cpu[r]),
          ms(a1 - a0),
          ms(a2 - a1),
          ms(a3 - a2),
          ms(a4 - a3),
          out.count);
    }
    int from = rounds / 2;
    System.out.printf(
        Locale.ROOT,
        "warm median of rounds %d-%d: wall %d ms, cpu %d ms%n",
        from + 1,
        rounds,
        ms(median(Arrays.copyOfRange(wall, from, rounds))),
        ms(median(Arrays.copyOfRange(cpu, from, rounds))));
  }

  private static long processCpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /**
   * The CPU time of the JVM's live Java threads (the comparison's and the pool's that share its
   * work), without the collector's and the compiler's: the work of the stages, less disturbed by
   * other processes than wall time.
   */
  private static long threadsCpu() {
    java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long sum = 0;
    for (long id : threads.getAllThreadIds()) {
      long t = threads.getThreadCpuTime(id);
      sum += Math.max(0, t);
    }
    return sum;
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static long ms(long nanos) {
    return nanos / 1_000_000;
  }

  /** A writer that counts what it is given. */
  private static final class Counting extends Writer {
    long count;

    @Override
    public void write(char[] buf, int off, int len) {
      count += len;
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
