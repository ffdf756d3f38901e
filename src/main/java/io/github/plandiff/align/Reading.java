package io.github.plandiff.align;

import io.github.plandiff.align.TermSpace.Vec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The texts of both sides of one level as word ids, for both views. Equal texts share one array, so
 * that each distinct text is counted once (drafts repeat most of their clauses). Term ids are given
 * in order of first use, texts of the old side first, exactly as if {@link Vocabulary#terms} or
 * {@link Vocabulary#grams} had been called on every text in turn.
 */
final class Reading {
  private final Vocabulary vocabulary;
  private final int[][] oldWords;
  private final int[][] newWords;

  private Reading(Vocabulary vocabulary, List<int[]> oldTexts, List<int[]> newTexts) {
    this.vocabulary = vocabulary;
    Map<Words, int[]> seen = new HashMap<>();
    oldWords = canonical(oldTexts, seen);
    newWords = canonical(newTexts, seen);
  }

  /** Reads texts with a vocabulary of their own. */
  static Reading of(List<String> oldTexts, List<String> newTexts) {
    Vocabulary vocabulary = new Vocabulary();
    return new Reading(
        vocabulary,
        oldTexts.stream().map(vocabulary::read).toList(),
        newTexts.stream().map(vocabulary::read).toList());
  }

  /** Texts already read with {@code vocabulary}, as word ids. */
  static Reading of(Vocabulary vocabulary, List<int[]> oldTexts, List<int[]> newTexts) {
    return new Reading(vocabulary, oldTexts, newTexts);
  }

  private static int[][] canonical(List<int[]> texts, Map<Words, int[]> seen) {
    int[][] out = new int[texts.size()][];
    for (int k = 0; k < out.length; k++) {
      int[] words = texts.get(k);
      out[k] = seen.computeIfAbsent(new Words(words), x -> words);
    }
    return out;
  }

  /** Word ids compared by content. */
  private record Words(int[] ids) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Words w && Arrays.equals(ids, w.ids);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(ids);
    }
  }

  /**
   * The term space of these texts: by their terms, with every vector made now, or by the character
   * n-grams of their words, with vectors made on first use.
   */
  TermSpace space(boolean grams) {
    Terms terms = new Terms(grams ? vocabulary.gramKeys() : vocabulary.stemKeys(), grams);
    if (grams) {
      return lazySpace(terms);
    }
    // Term ids are given in order, text by text; counting (a sort per text) is then shared between
    // the processors on long drafts.
    Map<int[], Integer> index = new IdentityHashMap<>();
    List<int[]> ids = new ArrayList<>();
    for (int[][] side : new int[][][] {oldWords, newWords}) {
      for (int[] w : side) {
        if (!index.containsKey(w)) {
          index.put(w, ids.size());
          ids.add(terms.ids(w));
        }
      }
    }
    int[][][] counts = new int[ids.size()][][];
    IntStream range = IntStream.range(0, counts.length);
    (counts.length >= CandidatePairs.PARALLEL_FROM ? range.parallel() : range)
        .forEach(k -> counts[k] = TermSpace.count(ids.get(k)));
    List<int[][]> oldCounts = new ArrayList<>(oldWords.length);
    List<int[][]> newCounts = new ArrayList<>(newWords.length);
    for (int[] w : oldWords) {
      oldCounts.add(counts[index.get(w)]);
    }
    for (int[] w : newWords) {
      newCounts.add(counts[index.get(w)]);
    }
    return TermSpace.of(oldCounts, newCounts, terms.size());
  }

  /**
   * A space whose vectors are made on first use: the weights need every clause's distinct terms,
   * but only a few clauses are ever compared in it.
   */
  private TermSpace lazySpace(Terms terms) {
    // Ids are given as the words are met, text by text, exactly as reading every text in full would
    // give them; a word met before already has its ids.
    int[][] idsOfWord = new int[terms.keysOfWord.length][];
    int[][] texts = Arrays.copyOf(oldWords, oldWords.length + newWords.length);
    System.arraycopy(newWords, 0, texts, oldWords.length, newWords.length);
    for (int[] words : texts) {
      for (int w : words) {
        if (idsOfWord[w] == null) {
          idsOfWord[w] = terms.ids(new int[] {w});
        }
      }
    }
    // Each clause counts once towards the frequencies, also when its text equals another's; long
    // drafts are counted in a few parts at once, and the parts' counts added.
    int parts = texts.length >= CandidatePairs.PARALLEL_FROM ? 4 : 1;
    int[][] partial = new int[parts][];
    IntStream.range(0, parts)
        .parallel()
        .forEach(
            p ->
                partial[p] =
                    frequencies(
                        texts,
                        p * texts.length / parts,
                        (p + 1) * texts.length / parts,
                        idsOfWord,
                        terms.size()));
    int[] df = partial[0];
    for (int p = 1; p < parts; p++) {
      for (int id = 0; id < df.length; id++) {
        df[id] += partial[p][id];
      }
    }
    return new TermSpace(
        new Vec[oldWords.length],
        new Vec[newWords.length],
        df,
        oldWords,
        newWords,
        idsOfWord,
        TermSpace.idf(df, texts.length));
  }

  /**
   * In how many of the texts {@code [from, to)} each term occurs; a word repeated within a text
   * adds nothing to the text's distinct terms.
   */
  private static int[] frequencies(int[][] texts, int from, int to, int[][] idsOfWord, int terms) {
    int[] df = new int[terms];
    int[] stamp = new int[terms];
    int[] wordStamp = new int[idsOfWord.length];
    for (int t = from; t < to; t++) {
      int text = t + 1;
      for (int w : texts[t]) {
        if (wordStamp[w] == text) {
          continue;
        }
        wordStamp[w] = text;
        for (int id : idsOfWord[w]) {
          if (stamp[id] != text) {
            stamp[id] = text;
            df[id]++;
          }
        }
      }
    }
    return df;
  }

  /**
   * Gives term ids in order of first use: a stem or n-gram by its key, a bigram by the keys of its
   * two stems.
   */
  private static final class Terms {
    final int[][] keysOfWord;
    private final boolean grams;
    private int[] idOfKey = new int[64];
    private final LongIntMap idOfBigram = new LongIntMap();
    private int size;

    Terms(int[][] keysOfWord, boolean grams) {
      this.keysOfWord = keysOfWord;
      this.grams = grams;
      Arrays.fill(idOfKey, -1);
    }

    int size() {
      return size;
    }

    /** The term ids of a text's words, in order, with repeats. */
    int[] ids(int[] words) {
      int[] ids;
      if (grams) {
        int total = 0;
        for (int w : words) {
          total += keysOfWord[w].length;
        }
        ids = new int[total];
        int k = 0;
        for (int w : words) {
          for (int key : keysOfWord[w]) {
            ids[k++] = id(key);
          }
        }
      } else {
        int n = words.length;
        ids = new int[n == 0 ? 0 : 2 * n - 1];
        for (int k = 0; k < n; k++) {
          ids[k] = id(keysOfWord[words[k]][0]);
        }
        for (int k = 0; k + 1 < n; k++) {
          long pair = (long) keysOfWord[words[k]][0] << 32 | keysOfWord[words[k + 1]][0];
          int id = idOfBigram.get(pair);
          if (id < 0) {
            id = size++;
            idOfBigram.put(pair, id);
          }
          ids[n + k] = id;
        }
      }
      return ids;
    }

    private int id(int key) {
      if (key >= idOfKey.length) {
        int old = idOfKey.length;
        idOfKey = Arrays.copyOf(idOfKey, Math.max(key + 1, old * 2));
        Arrays.fill(idOfKey, old, idOfKey.length, -1);
      }
      if (idOfKey[key] < 0) {
        idOfKey[key] = size++;
      }
      return idOfKey[key];
    }
  }
}
