package io.github.plandiff.align;

/**
 * A logistic model that turns the {@link Evidence} of a pair of clauses into the probability that
 * they are the same clause (or that one is a part of the other, for merges and splits). Two sets of
 * coefficients: one from the words alone, for when no semantic model is present or the drafts are
 * too long to embed, and one with the semantic features. Both were fitted on labelled data by
 * {@code ConfidenceCalibration} (under {@code src/test}); docs/alignment.md gives the data, the
 * method and the held-out figures.
 *
 * @param intercept the intercept
 * @param weights one weight per feature
 */
record Confidence(double intercept, double... weights) {

  /**
   * The check of a pair that the words proposed, from the words: features as {@link #LEXICAL}.
   * Fitted by ConfidenceCalibration; see docs/alignment.md.
   */
  static final Confidence CHECK_LEXICAL = new Confidence(1.154, 1.641, 1.860, 0.375, 1.137, 0.699);

  /**
   * The check of a pair that the words proposed, with meaning: features as {@link #SEMANTIC}.
   * Fitted by ConfidenceCalibration; see docs/alignment.md.
   */
  static final Confidence CHECK_SEMANTIC =
      new Confidence(-3.069, 1.394, 2.277, -0.248, -0.820, 0.270, 6.204, 1.631, 0.360, 0);

  /**
   * Any pair of clauses, from the words. Features: word cosine, containment, order agreement, word
   * cosine minus the best rival's, and 1 when the two are each other's best by words. Fitted by
   * ConfidenceCalibration; see docs/alignment.md.
   */
  static final Confidence LEXICAL = new Confidence(-4.300, 1.668, 2.307, 1.177, 3.061, 2.104);

  /**
   * Any pair of clauses, with meaning. Features: the five of {@link #LEXICAL}, then the embedding
   * cosine, the embedding cosine minus the best rival's, and 1 when the two are each other's best
   * by meaning. Fitted by ConfidenceCalibration; see docs/alignment.md.
   */
  static final Confidence SEMANTIC =
      new Confidence(-8.191, 0.034, -0.034, 0.802, 0.390, 0.457, -0.053, 0.163, 1.036, 2.496);

  /**
   * The probability, in [0, 1], rounded to four decimals so that the last bits of a sum never
   * decide.
   */
  double of(double[] features) {
    if (features.length != weights.length) {
      throw new IllegalArgumentException(
          features.length + " features for " + weights.length + " weights");
    }
    double z = intercept;
    for (int k = 0; k < weights.length; k++) {
      z += weights[k] * features[k];
    }
    double p = 1 / (1 + Math.exp(-z));
    return Math.round(p * 10_000) / 10_000.0;
  }
}
