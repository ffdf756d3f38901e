package io.github.plandiff.classify;

import java.util.List;

/**
 * What one sentence says, as far as the signals are concerned.
 *
 * @param modals the modal phrases, in text order
 * @param negations the negating words outside deadlines and modal phrases' exceptions
 * @param quantities amounts, counts, shares and money
 * @param deadlines durations, dated deadlines and event anchors
 * @param conditions condition markers, each with the words it governs
 * @param binding whether a binding modal has a subject before it
 */
record Features(
    List<ModalHit> modals,
    List<Mention> negations,
    List<Mention> quantities,
    List<Mention> deadlines,
    List<Mention> conditions,
    boolean binding) {

  /** These features with other conditions. */
  Features withConditions(List<Mention> others) {
    return new Features(modals, negations, quantities, deadlines, others, binding);
  }

  /**
   * These features moved by {@code delta} characters: those of the same sentence found elsewhere in
   * a text, since they depend only on the sentence's own words.
   */
  Features shifted(int delta) {
    return new Features(
        modals.stream().map(m -> m.shifted(delta)).toList(),
        shifted(negations, delta),
        shifted(quantities, delta),
        shifted(deadlines, delta),
        shifted(conditions, delta),
        binding);
  }

  private static List<Mention> shifted(List<Mention> mentions, int delta) {
    return mentions.stream().map(m -> m.shifted(delta)).toList();
  }

  /**
   * A modal phrase found in a sentence.
   *
   * @param phrase the lexicon phrase
   * @param negated whether it is negated ("may not")
   * @param strength its strength after negation, 1 to 3
   * @param start offset of the first character (the negation when it comes first)
   * @param end offset after the last character (the negation when it comes last)
   * @param wordIndex the index of its first word in the sentence
   */
  record ModalHit(String phrase, boolean negated, int strength, int start, int end, int wordIndex) {

    ModalHit shifted(int delta) {
      return new ModalHit(phrase, negated, strength, start + delta, end + delta, wordIndex);
    }
  }
}
