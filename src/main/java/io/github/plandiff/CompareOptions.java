package io.github.plandiff;

import io.github.plandiff.align.Aligner;
import io.github.plandiff.align.AlignerSettings;
import io.github.plandiff.align.SemanticModel;
import io.github.plandiff.align.SemanticModels;
import io.github.plandiff.classify.ClassifierSettings;
import io.github.plandiff.read.DraftReaders;
import java.util.Objects;
import java.util.Optional;

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
  private final Semantic semantic;
  private final SemanticModel semanticModel;

  /** Whether the aligner uses evidence about meaning. */
  public enum Semantic {
    /**
     * The semantic model given to the builder, else the bundled one when it is on the class path;
     * without either, words only, with a warning.
     */
    ON,
    /** Words only, without a warning. */
    OFF
  }

  private CompareOptions(Builder b) {
    this.oldLabel = b.oldLabel;
    this.newLabel = b.newLabel;
    this.maxInputBytes = b.maxInputBytes;
    this.aligner = b.aligner;
    this.classifier = b.classifier;
    this.semantic = b.semantic;
    this.semanticModel = b.semanticModel;
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
    b.semantic = semantic;
    b.semanticModel = semanticModel;
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

  /**
   * Returns whether the aligner uses evidence about meaning.
   *
   * @return {@link Semantic#ON} by default
   */
  public Semantic semantic() {
    return semantic;
  }

  /**
   * Returns the aligner these options ask for: its settings, and the semantic model (the one given
   * to the builder, else the bundled one) unless {@link Semantic#OFF}.
   *
   * @return a new aligner
   */
  public Aligner newAligner() {
    if (semantic == Semantic.OFF) {
      return new Aligner(aligner, Optional.empty());
    }
    return semanticModel != null
        ? new Aligner(aligner, Optional.of(semanticModel))
        : new Aligner(aligner);
  }

  /**
   * Starts loading the semantic model that these options ask for on a background (daemon) thread,
   * so that the load overlaps reading and parsing the drafts; a comparison that needs the model
   * waits for it. Does nothing when the options turn it off or no model is present, and never
   * throws: a model that fails to load says so in the comparison's warnings.
   */
  public void preload() {
    if (semantic == Semantic.OFF) {
      return;
    }
    Optional<SemanticModel> model =
        semanticModel != null ? Optional.of(semanticModel) : SemanticModels.bundled();
    model.ifPresent(
        m -> {
          Thread t =
              new Thread(
                  () -> {
                    try {
                      m.load();
                    } catch (RuntimeException e) {
                      // Reported by the comparison that uses the model.
                    }
                  },
                  "plandiff-preload");
          t.setDaemon(true);
          t.start();
        });
  }

  /** Builds {@link CompareOptions}. */
  public static final class Builder {
    private String oldLabel;
    private String newLabel;
    private long maxInputBytes = DraftReaders.DEFAULT_MAX_INPUT_BYTES;
    private AlignerSettings aligner = AlignerSettings.DEFAULTS;
    private ClassifierSettings classifier = ClassifierSettings.DEFAULTS;
    private Semantic semantic = Semantic.ON;
    private SemanticModel semanticModel;

    private Builder() {}

    /**
     * Turns evidence about meaning on or off.
     *
     * @param mode not null
     * @return this builder
     */
    public Builder semantic(Semantic mode) {
      this.semantic = Objects.requireNonNull(mode, "semantic");
      return this;
    }

    /**
     * Sets the semantic model in place of the bundled one.
     *
     * @param model not null
     * @return this builder
     */
    public Builder semanticModel(SemanticModel model) {
      this.semanticModel = Objects.requireNonNull(model, "semanticModel");
      return this;
    }

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
