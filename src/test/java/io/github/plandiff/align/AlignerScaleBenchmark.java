package io.github.plandiff.align;

import io.github.plandiff.model.Alignment;
import io.github.plandiff.testing.AlignmentScore;
import io.github.plandiff.testing.DraftGenerator;
import io.github.plandiff.testing.DraftGenerator.Revision;
import java.util.Locale;

/**
 * Times the aligner on long generated drafts (not a test: run its main method with the test class
 * path). Arguments: points per draft (default 10000), runs (default 3), hierarchy (default
 * CHILDREN).
 */
public final class AlignerScaleBenchmark {

  private AlignerScaleBenchmark() {}

  /**
   * Runs the benchmark.
   *
   * @param args points and runs
   */
  public static void main(String[] args) {
    int points = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    DraftGenerator gen = new DraftGenerator(20_261_125L);
    Revision r = gen.revise(gen.draft(points));
    AlignerSettings settings =
        args.length > 2
            ? AlignerSettings.DEFAULTS.withHierarchy(AlignerSettings.Hierarchy.valueOf(args[2]))
            : AlignerSettings.DEFAULTS;
    Aligner aligner = new Aligner(settings);
    for (int k = 0; k < runs; k++) {
      java.lang.management.ThreadMXBean mx =
          java.lang.management.ManagementFactory.getThreadMXBean();
      long c0 = mx.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      Alignment a = aligner.align(r.oldDraft(), r.newDraft());
      long ms = (System.nanoTime() - t0) / 1_000_000;
      long cpu = (mx.getCurrentThreadCpuTime() - c0) / 1_000_000;
      AlignmentScore score = new AlignmentScore();
      score.add(r.truth(), Aligner.topLevel(a, r.oldDraft(), r.newDraft()));
      System.out.printf(
          Locale.ROOT,
          "%d x %d points (%d x %d clauses with sub-points): %d ms wall, %d ms cpu; %s%n",
          r.oldDraft().clauses().size(),
          r.newDraft().clauses().size(),
          r.oldDraft().allClauses().size(),
          r.newDraft().allClauses().size(),
          ms,
          cpu,
          score);
    }
  }
}
