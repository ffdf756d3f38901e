package io.github.plandiff.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds counterparts among the sentences that {@link SentencePairing} left without one on both
 * sides of a change: a sentence rewritten beyond the pairing's threshold still shares some words
 * with what it became. Used only to decide which binding sentences are commitments removed or
 * added; modality and negation are compared over the pairing's own pairs.
 */
final class Leftovers {

  /** The least similarity (mean Dice of words and of word pairs) between two leftovers. */
  static final double THRESHOLD = 0.10;

  private Leftovers() {}

  /**
   * Pairs leftover sentences greedily, best first, ties to the earlier sentences.
   *
   * @param olds the old sentences
   * @param news the new sentences
   * @param oldLeft which old sentences have no counterpart yet
   * @param newLeft which new sentences have no counterpart yet
   * @return for each old sentence, whether it got a counterpart here, and then for each new one
   */
  static boolean[][] pair(
      List<Sentence> olds, List<Sentence> news, boolean[] oldLeft, boolean[] newLeft) {
    boolean[] oldPaired = new boolean[olds.size()];
    boolean[] newPaired = new boolean[news.size()];
    List<double[]> candidates = new ArrayList<>();
    List<List<Set<String>>> a = bags(olds, oldLeft);
    List<List<Set<String>>> b = bags(news, newLeft);
    for (int i = 0; i < olds.size(); i++) {
      for (int j = 0; oldLeft[i] && j < news.size(); j++) {
        double score = newLeft[j] ? score(a.get(i), b.get(j)) : 0;
        if (score >= THRESHOLD) {
          candidates.add(new double[] {score, i, j});
        }
      }
    }
    candidates.sort(SentencePairing.BEST_FIRST);
    for (double[] c : candidates) {
      int i = (int) c[1];
      int j = (int) c[2];
      if (!oldPaired[i] && !newPaired[j]) {
        oldPaired[i] = true;
        newPaired[j] = true;
      }
    }
    return new boolean[][] {oldPaired, newPaired};
  }

  /** Each leftover sentence's words and word pairs ({@link Counterparts#bag}), made once. */
  private static List<List<Set<String>>> bags(List<Sentence> sentences, boolean[] left) {
    List<List<Set<String>>> out = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      out.add(
          left[i]
              ? List.of(
                  Counterparts.bag(sentences.get(i), false),
                  Counterparts.bag(sentences.get(i), true))
              : List.of());
    }
    return out;
  }

  private static double score(List<Set<String>> a, List<Set<String>> b) {
    return (Counterparts.dice(a.get(0), b.get(0)) + Counterparts.dice(a.get(1), b.get(1))) / 2;
  }
}
