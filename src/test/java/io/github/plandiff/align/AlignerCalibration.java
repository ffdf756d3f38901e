package io.github.plandiff.align;

import io.github.plandiff.testing.AlignmentScore;
import java.util.function.DoubleFunction;

/**
 * Prints the figures behind the calibration of {@link AlignerSettings#DEFAULTS} (not a test: run
 * its main method with the test class path): each threshold is varied alone around its default, and
 * the sample pairs and generated drafts (200 points, 10 seeds) are scored.
 */
public final class AlignerCalibration {

  private AlignerCalibration() {}

  /**
   * Runs the sweep.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    AlignerSettings d = AlignerSettings.DEFAULTS;
    if (args.length > 0 && args[0].equals("candidates")) {
      candidates(d);
      return;
    }
    sweep("matchThreshold", new double[] {0.15, 0.25, 0.35, 0.5}, d::withMatchThreshold);
    sweep("gapThreshold", new double[] {0.05, 0.06, 0.08, 0.09, 0.1, 0.12}, d::withGapThreshold);
    sweep("partThreshold", new double[] {0.3, 0.5, 0.7}, d::withPartThreshold);
    sweep("partGain", new double[] {0.02, 0.05, 0.15, 0.3}, d::withPartGain);
    candidates(d);
  }

  /** The number of candidates kept per clause, also on long drafts, where candidates compete. */
  private static void candidates(AlignerSettings d) {
    sweep(
        "candidatesPerClause",
        new double[] {4, 6, 8, 12, 16},
        v -> d.withCandidatesPerClause((int) v));
    for (int k : new int[] {4, 6, 8, 12}) {
      System.out.println("candidatesPerClause " + k + " at 2000 points, 2 seeds");
      System.out.println(
          "  generated: "
              + GeneratedAlignmentTest.measure(2000, 2, d.withCandidatesPerClause(k))[0]);
    }
  }

  private static void sweep(String name, double[] values, DoubleFunction<AlignerSettings> with) {
    for (double v : values) {
      AlignerSettings s = with.apply(v);
      AlignmentScore samples = new AlignmentScore();
      for (String pair : SampleAlignmentTest.PAIRS) {
        samples.add(SampleAlignmentTest.expected(pair), SampleAlignmentTest.align(pair, s));
      }
      AlignmentScore generated = GeneratedAlignmentTest.measure(200, 10, s)[0];
      System.out.println(name + " " + v);
      System.out.println("  samples:   " + samples);
      System.out.println("  generated: " + generated);
    }
  }
}
