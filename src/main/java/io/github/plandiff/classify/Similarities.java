package io.github.plandiff.classify;

import java.util.ArrayList;
import java.util.List;

/**
 * The similarity of each sentence of one list to each of another, as {@link
 * SentencePairing#similarity} gives it, with every sentence's bags of words and word pairs made
 * once instead of once per pair: the words of both lists are numbered together, which changes no
 * score, since only equal words and equal pairs are counted.
 */
final class Similarities {

  private final Bag[] words;
  private final Bag[] pairs;

  /** Where the second list's sentences begin in {@link #words} and {@link #pairs}. */
  private final int second;

  /**
   * @param a the first list's sentences, each as its normalised words
   * @param b the second list's
   */
  Similarities(List<List<String>> a, List<List<String>> b) {
    List<List<String>> all = new ArrayList<>(a);
    all.addAll(b);
    int[][] ids = WordIds.ids(all, new SentencePairing.Interner());
    this.words = SentencePairing.bags(ids);
    this.pairs = SentencePairing.pairBags(ids, new PairIds());
    this.second = a.size();
  }

  /** The similarity of sentence {@code x} of the first list and {@code y} of the second. */
  double of(int x, int y) {
    int z = second + y;
    return (SentencePairing.dice(words[x], words[z]) + SentencePairing.dice(pairs[x], pairs[z]))
        / 2;
  }
}
