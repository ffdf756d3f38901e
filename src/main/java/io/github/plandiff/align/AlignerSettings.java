package io.github.plandiff.align;

/**
 * Thresholds and limits of the {@link Aligner}. The defaults ({@link #DEFAULTS}) were calibrated on
 * the labelled sample drafts and on generated drafts; docs/alignment.md gives the method and the
 * figures.
 *
 * @param matchThreshold the least similarity (TF-IDF cosine) at which two clauses may be matched
 *     one to one, in (0, 1]
 * @param gapThreshold the least similarity at which an old and a new clause left unmatched in the
 *     same gap of the order (between two consecutive in-order matches) are matched, in (0, 1]
 * @param partThreshold the least containment (the weighted share of a clause's terms found in the
 *     other clause) at which a clause is taken as one part of a merge or split, in (0, 1]
 * @param partGain the least share of the whole clause that an extra part must newly explain before
 *     it joins a merge or split, in [0, 1]
 * @param candidatesPerClause how many best candidates per clause the inverted index keeps, at least
 *     1
 * @param indexedTermLimit terms found in more clauses than this are too common to index (they still
 *     count in the similarity), at least 1
 * @param candidates how candidate pairs are found
 * @param hierarchy whether sub-clauses are aligned too
 * @param confidenceThreshold the least calibrated confidence of a reported match; below it the
 *     aligner abstains and both clauses stand unmatched with their candidates, in (0, 1)
 * @param semanticLimit the most clauses that are embedded by the semantic model in one alignment;
 *     above it the alignment reads words only and says so in a warning, at least 0
 */
public record AlignerSettings(
    double matchThreshold,
    double gapThreshold,
    double partThreshold,
    double partGain,
    int candidatesPerClause,
    int indexedTermLimit,
    Candidates candidates,
    Hierarchy hierarchy,
    double confidenceThreshold,
    int semanticLimit) {

  /** How candidate pairs of clauses are generated before they are scored. */
  public enum Candidates {
    /** Pairs that share a rare term, the best few per clause: scales to long texts. */
    INDEXED,
    /** Every pair: for checking the index on small drafts. */
    EXHAUSTIVE
  }

  /** Which levels of the clause tree are aligned. */
  public enum Hierarchy {
    /** Top-level clauses only. */
    TOP_LEVEL,
    /** Top-level clauses, then the sub-clauses of matched clauses, then sub-clauses across them. */
    CHILDREN
  }

  /** The defaults. */
  public static final AlignerSettings DEFAULTS =
      new AlignerSettings(
          0.25, 0.08, 0.5, 0.05, 12, 64, Candidates.INDEXED, Hierarchy.CHILDREN, 0.5, 300);

  /** Checks every component. */
  public AlignerSettings {
    checkUnit("matchThreshold", matchThreshold, false);
    checkUnit("gapThreshold", gapThreshold, false);
    checkUnit("partThreshold", partThreshold, false);
    checkUnit("partGain", partGain, true);
    if (candidatesPerClause < 1) {
      throw new IllegalArgumentException(
          "candidatesPerClause " + candidatesPerClause + " is below 1");
    }
    if (indexedTermLimit < 1) {
      throw new IllegalArgumentException("indexedTermLimit " + indexedTermLimit + " is below 1");
    }
    java.util.Objects.requireNonNull(candidates, "candidates");
    java.util.Objects.requireNonNull(hierarchy, "hierarchy");
    if (!(confidenceThreshold > 0 && confidenceThreshold < 1)) {
      throw new IllegalArgumentException(
          "confidenceThreshold " + confidenceThreshold + " is outside (0, 1)");
    }
    if (semanticLimit < 0) {
      throw new IllegalArgumentException("semanticLimit " + semanticLimit + " is negative");
    }
  }

  /**
   * Returns these settings with another match threshold.
   *
   * @param value in (0, 1]
   * @return the new settings
   * @throws IllegalArgumentException if out of range
   */
  public AlignerSettings withMatchThreshold(double value) {
    return new AlignerSettings(
        value,
        gapThreshold,
        partThreshold,
        partGain,
        candidatesPerClause,
        indexedTermLimit,
        candidates,
        hierarchy,
        confidenceThreshold,
        semanticLimit);
  }

  /**
   * Returns these settings with another gap threshold.
   *
   * @param value in (0, 1]
   * @return the new settings
   * @throws IllegalArgumentException if out of range
   */
  public AlignerSettings withGapThreshold(double value) {
    return new AlignerSettings(
        matchThreshold,
        value,
        partThreshold,
        partGain,
        candidatesPerClause,
        indexedTermLimit,
        candidates,
        hierarchy,
        confidenceThreshold,
        semanticLimit);
  }

  /**
   * Returns these settings with another part threshold.
   *
   * @param value in (0, 1]
   * @return the new settings
   * @throws IllegalArgumentException if out of range
   */
  public AlignerSettings withPartThreshold(double value) {
    return new AlignerSettings(
        matchThreshold,
        gapThreshold,
        value,
        partGain,
        candidatesPerClause,
        indexedTermLimit,
        candidates,
        hierarchy,
        confidenceThreshold,
        semanticLimit);
  }

  /**
   * Returns these settings with another part gain.
   *
   * @param value in [0, 1]
   * @return the new settings
   * @throws IllegalArgumentException if out of range
   */
  public AlignerSettings withPartGain(double value) {
    return new AlignerSettings(
        matchThreshold,
        gapThreshold,
        partThreshold,
        value,
        candidatesPerClause,
        indexedTermLimit,
        candidates,
        hierarchy,
        confidenceThreshold,
        semanticLimit);
  }

  /**
   * Returns these settings with another number of candidates kept per clause.
   *
   * @param value at least 1
   * @return the new settings
   * @throws IllegalArgumentException if below 1
   */
  public AlignerSettings withCandidatesPerClause(int value) {
    return new AlignerSettings(
        matchThreshold,
        gapThreshold,
        partThreshold,
        partGain,
        value,
        indexedTermLimit,
        candidates,
        hierarchy,
        confidenceThreshold,
        semanticLimit);
  }

  /**
   * Returns these settings with another way of generating candidates.
   *
   * @param value not null
   * @return the new settings
   */
  public AlignerSettings withCandidates(Candidates value) {
    return new AlignerSettings(
        matchThreshold,
        gapThreshold,
        partThreshold,
        partGain,
        candidatesPerClause,
        indexedTermLimit,
        value,
        hierarchy,
        confidenceThreshold,
        semanticLimit);
  }

  /**
   * Returns these settings with another hierarchy mode.
   *
   * @param value not null
   * @return the new settings
   */
  public AlignerSettings withHierarchy(Hierarchy value) {
    return new AlignerSettings(
        matchThreshold,
        gapThreshold,
        partThreshold,
        partGain,
        candidatesPerClause,
        indexedTermLimit,
        candidates,
        value,
        confidenceThreshold,
        semanticLimit);
  }

  /**
   * Returns these settings with another confidence threshold.
   *
   * @param value in (0, 1)
   * @return the new settings
   * @throws IllegalArgumentException if out of range
   */
  public AlignerSettings withConfidenceThreshold(double value) {
    return new AlignerSettings(
        matchThreshold,
        gapThreshold,
        partThreshold,
        partGain,
        candidatesPerClause,
        indexedTermLimit,
        candidates,
        hierarchy,
        value,
        semanticLimit);
  }

  /**
   * Returns these settings with another limit on the clauses embedded by the semantic model.
   *
   * @param value at least 0; 0 turns the semantic model off
   * @return the new settings
   * @throws IllegalArgumentException if negative
   */
  public AlignerSettings withSemanticLimit(int value) {
    return new AlignerSettings(
        matchThreshold,
        gapThreshold,
        partThreshold,
        partGain,
        candidatesPerClause,
        indexedTermLimit,
        candidates,
        hierarchy,
        confidenceThreshold,
        value);
  }

  private static void checkUnit(String name, double value, boolean zeroAllowed) {
    boolean ok = zeroAllowed ? value >= 0 && value <= 1 : value > 0 && value <= 1;
    if (!ok) {
      throw new IllegalArgumentException(
          name + " " + value + " is outside " + (zeroAllowed ? "[0, 1]" : "(0, 1]"));
    }
  }
}
