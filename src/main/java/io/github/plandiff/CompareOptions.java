package io.github.plandiff;

import io.github.plandiff.align.AlignerSettings;
import io.github.plandiff.classify.ClassifierSettings;
import io.github.plandiff.read.DraftReaders;
import java.util.Objects;

/**
 * Options of a comparison. Immutable; build with {@link #builder()} and change with {@link
 * #toBuilder()}. Every setter checks its argument at once.
 */
public final class CompareOptions {

  private static final CompareOptions DEFAULTS = builder().build();

  private final String oldLabel;
  private final String newLabel;
  private final long maxInputBytes;
  private final AlignerSettings aligner;
  private final ClassifierSettings classifier;

  private CompareOptions(Builder b) {
    this.oldLabel = b.oldLabel;
    this.newLabel = b.newLabel;
    this.maxInputBytes = b.maxInputBytes;
    this.aligner = b.aligner;
    this.classifier = b.classifier;
  }

  /**
   * Returns the default options.
   *
   * @return the defaults
   */
  public static CompareOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Starts a builder with the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a builder with these options.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.oldLabel = oldLabel;
    b.newLabel = newLabel;
    b.maxInputBytes = maxInputBytes;
    b.aligner = aligner;
    b.classifier = classifier;
    return b;
  }

  /**
   * Returns the label of the old draft, or null to use its file name.
   *
   * @return the label or null
   */
  public String oldLabel() {
    return oldLabel;
  }

  /**
   * Returns the label of the new draft, or null to use its file name.
   *
   * @return the label or null
   */
  public String newLabel() {
    return newLabel;
  }

  /**
   * Returns the largest input accepted, in bytes.
   *
   * @return the limit
   */
  public long maxInputBytes() {
    return maxInputBytes;
  }

  /**
   * Returns the aligner's thresholds.
   *
   * @return the settings
   */
  public AlignerSettings aligner() {
    return aligner;
  }

  /**
   * Returns the classifier's lexicon and taxonomy.
   *
   * @return the settings
   */
  public ClassifierSettings classifier() {
    return classifier;
  }

  /** Builds {@link CompareOptions}. */
  public static final class Builder {
    private String oldLabel;
    private String newLabel;
    private long maxInputBytes = DraftReaders.DEFAULT_MAX_INPUT_BYTES;
    private AlignerSettings aligner = AlignerSettings.DEFAULTS;
    private ClassifierSettings classifier = ClassifierSettings.DEFAULTS;

    private Builder() {}

    /**
     * Sets the label of the old draft.
     *
     * @param label a non-blank label, or null for the file name
     * @return this builder
     * @throws IllegalArgumentException if the label is blank
     */
    public Builder oldLabel(String label) {
      this.oldLabel = checkLabel(label);
      return this;
    }

    /**
     * Sets the label of the new draft.
     *
     * @param label a non-blank label, or null for the file name
     * @return this builder
     * @throws IllegalArgumentException if the label is blank
     */
    public Builder newLabel(String label) {
      this.newLabel = checkLabel(label);
      return this;
    }

    /**
     * Sets the largest input accepted.
     *
     * @param bytes a positive number of bytes
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public Builder maxInputBytes(long bytes) {
      if (bytes <= 0) {
        throw new IllegalArgumentException("maxInputBytes " + bytes + " is not positive");
      }
      this.maxInputBytes = bytes;
      return this;
    }

    /**
     * Sets the aligner's thresholds.
     *
     * @param settings the settings, not null
     * @return this builder
     */
    public Builder aligner(AlignerSettings settings) {
      this.aligner = Objects.requireNonNull(settings, "aligner");
      return this;
    }

    /**
     * Sets the classifier's lexicon and taxonomy, e.g. {@code
     * ClassifierSettings.DEFAULTS.withLexicon(Lexicon.defaults().extendedWith(mine))}.
     *
     * @param settings the settings, not null
     * @return this builder
     */
    public Builder classifier(ClassifierSettings settings) {
      this.classifier = Objects.requireNonNull(settings, "classifier");
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options
     */
    public CompareOptions build() {
      return new CompareOptions(this);
    }

    private static String checkLabel(String label) {
      if (label != null && label.isBlank()) {
        throw new IllegalArgumentException("label \"" + label + "\" is blank");
      }
      return label;
    }
  }
}
