package io.github.plandiff.classify;

import java.util.List;
import java.util.Set;

/**
 * Which words of a sentence negate a commitment: the negations the extractor found and the
 * commitment words' negators ("to bring no claims"), but not a negator that bounds an amount or a
 * date ("not more than $2,900,000 shall be used", "not less than", "no later than"), which limits
 * the commitment without negating it.
 */
final class CommitmentNegations {

  /** "no later than", "not more than": a bound, not a negation. */
  private static final Set<String> COMPARATIVES =
      Set.of("later", "earlier", "sooner", "more", "less", "fewer", "greater");

  private CommitmentNegations() {}

  /**
   * For each word of a sentence, whether it negates.
   *
   * @param w the sentence's words
   * @param found the negations the extractor found in it
   * @param negators the commitment words' negators
   */
  static boolean[] of(List<Word> w, List<Mention> found, Set<String> negators) {
    boolean[] out = new boolean[w.size()];
    for (Mention m : found) {
      out[MentionWords.wordAt(w, m.start())] = true;
    }
    for (int k = 0; k < w.size(); k++) {
      boolean bound = k + 1 < w.size() && COMPARATIVES.contains(w.get(k + 1).norm());
      out[k] = bound ? false : out[k] || negators.contains(w.get(k).norm());
    }
    return out;
  }
}
