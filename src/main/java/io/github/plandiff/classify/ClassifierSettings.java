package io.github.plandiff.classify;

import java.util.Objects;

/**
 * What the classifier knows: the lexicon behind the signals and the taxonomy behind the topics.
 *
 * @param lexicon the words, not null
 * @param taxonomy the topics, not null
 */
public record ClassifierSettings(Lexicon lexicon, Taxonomy taxonomy) {

  /** The built-in lexicon and taxonomy. */
  public static final ClassifierSettings DEFAULTS =
      new ClassifierSettings(Lexicon.defaults(), Taxonomy.defaults());

  /** Checks that neither component is null. */
  public ClassifierSettings {
    Objects.requireNonNull(lexicon, "lexicon");
    Objects.requireNonNull(taxonomy, "taxonomy");
  }

  /**
   * Returns these settings with another lexicon (to extend the default one, pass {@code
   * Lexicon.defaults().extendedWith(mine)}).
   *
   * @param newLexicon the lexicon, not null
   * @return a copy
   */
  public ClassifierSettings withLexicon(Lexicon newLexicon) {
    return new ClassifierSettings(newLexicon, taxonomy);
  }

  /**
   * Returns these settings with another taxonomy.
   *
   * @param newTaxonomy the taxonomy, not null
   * @return a copy
   */
  public ClassifierSettings withTaxonomy(Taxonomy newTaxonomy) {
    return new ClassifierSettings(lexicon, newTaxonomy);
  }
}
