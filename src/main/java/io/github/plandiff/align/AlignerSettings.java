package io.github.plandiff.align;

/**
 * Thresholds of the aligner.
 *
 * @param matchThreshold the least similarity at which two clauses may be matched one to one
 */
public record AlignerSettings(double matchThreshold) {

  /** The defaults. */
  public static final AlignerSettings DEFAULTS = new AlignerSettings(0.25);

  /** Checks the thresholds. */
  public AlignerSettings {
    if (!(matchThreshold > 0 && matchThreshold <= 1)) {
      throw new IllegalArgumentException("matchThreshold " + matchThreshold + " is outside (0, 1]");
    }
  }
}
