package io.github.plandiff.classify;

import java.util.List;

/**
 * Two lists of sentences' words as numbers, numbered together in order (the old sentences first):
 * equal normalised words get the same number.
 *
 * @param olds per old sentence, its words' numbers
 * @param news per new sentence, its words' numbers
 * @param vocabulary how many distinct words both lists hold
 */
record WordIds(int[][] olds, int[][] news, int vocabulary) {

  static WordIds of(List<Sentence> olds, List<Sentence> news) {
    SentencePairing.Interner words = new SentencePairing.Interner();
    int[][] o = sentenceIds(olds, words);
    int[][] n = sentenceIds(news, words);
    return new WordIds(o, n, words.size());
  }

  /** Each sentence's words' normal forms ({@link Word#norm}) as numbers. */
  private static int[][] sentenceIds(List<Sentence> sentences, SentencePairing.Interner words) {
    int[][] out = new int[sentences.size()][];
    for (int s = 0; s < out.length; s++) {
      List<Word> w = sentences.get(s).words();
      out[s] = new int[w.size()];
      for (int i = 0; i < w.size(); i++) {
        out[s][i] = words.id(w.get(i).norm());
      }
    }
    return out;
  }

  /** The same for sentences given by their normalised words. */
  static WordIds ofNorms(List<List<String>> olds, List<List<String>> news) {
    SentencePairing.Interner words = new SentencePairing.Interner();
    int[][] o = ids(olds, words);
    int[][] n = ids(news, words);
    return new WordIds(o, n, words.size());
  }

  /** Each sentence's normalised words as numbers. */
  static int[][] ids(List<List<String>> sentences, SentencePairing.Interner words) {
    int[][] out = new int[sentences.size()][];
    for (int s = 0; s < out.length; s++) {
      List<String> w = sentences.get(s);
      out[s] = new int[w.size()];
      for (int i = 0; i < w.size(); i++) {
        out[s][i] = words.id(w.get(i));
      }
    }
    return out;
  }
}
