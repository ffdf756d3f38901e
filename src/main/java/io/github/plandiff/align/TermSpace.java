package io.github.plandiff.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The terms of the clauses of one level of two drafts, weighted by TF-IDF fitted on those clauses:
 * normalised words, numbers kept whole ("600,000", "50:50"), and word bigrams, so that rare terms
 * and shared phrases weigh more than common words.
 */
final class TermSpace {

  /** One clause as a sparse vector over term ids, sorted by id. */
  record Vec(int[] terms, double[] raw, double[] unit, double rawSum) {
    static final Vec EMPTY = new Vec(new int[0], new double[0], new double[0], 0);
  }

  final Vec[] olds;
  final Vec[] news;

  /** In how many clauses of both sides each term occurs. */
  final int[] df;

  /**
   * For a space whose vectors are made on first use ({@link #fitGrams}): each clause's term ids as
   * they occur, and the weights; null when every vector was made up front.
   */
  private final int[][] oldIds;

  private final int[][] newIds;
  private final double[] idf;

  private TermSpace(Vec[] olds, Vec[] news, int[] df) {
    this(olds, news, df, null, null, null);
  }

  private TermSpace(
      Vec[] olds, Vec[] news, int[] df, int[][] oldIds, int[][] newIds, double[] idf) {
    this.olds = olds;
    this.news = news;
    this.df = df;
    this.oldIds = oldIds;
    this.newIds = newIds;
    this.idf = idf;
  }

  /** The vector of an old clause, made now if this space makes them on first use. */
  Vec old(int i) {
    if (olds[i] == null) {
      olds[i] = vector(count(oldIds[i].clone()), idf);
    }
    return olds[i];
  }

  /** The vector of a new clause, made now if this space makes them on first use. */
  Vec neu(int j) {
    if (news[j] == null) {
      news[j] = vector(count(newIds[j].clone()), idf);
    }
    return news[j];
  }

  /** Fits the weights on the texts of both sides and turns every text into a vector. */
  static TermSpace fit(List<String> oldTexts, List<String> newTexts) {
    return fit(Reading.of(oldTexts, newTexts));
  }

  /** Fits the weights of the terms ({@link Vocabulary#terms}) of texts already read. */
  static TermSpace fit(Reading reading) {
    return reading.space(false);
  }

  /**
   * Fits the weights of the character n-grams of the words ({@link Vocabulary#grams}) of texts
   * already read: a second view of the texts that still sees "rebuilt" in "rebuilding".
   */
  static TermSpace fitGrams(Reading reading) {
    return reading.space(true);
  }

  /**
   * The texts of both sides of one level as word ids, for both views. Equal texts share one array,
   * so that each distinct text is counted once (drafts repeat most of their clauses). Term ids are
   * given in order of first use, texts of the old side first, exactly as if {@link
   * Vocabulary#terms} or {@link Vocabulary#grams} had been called on every text in turn.
   */
  static final class Reading {
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

    private TermSpace space(boolean grams) {
      Terms terms = new Terms(grams ? vocabulary.gramKeys() : vocabulary.stemKeys(), grams);
      if (grams) {
        return lazySpace(terms);
      }
      Map<int[], int[][]> counted = new IdentityHashMap<>();
      List<int[][]> oldCounts = new ArrayList<>(oldWords.length);
      List<int[][]> newCounts = new ArrayList<>(newWords.length);
      for (int[] w : oldWords) {
        oldCounts.add(counted.computeIfAbsent(w, x -> count(terms.ids(x))));
      }
      for (int[] w : newWords) {
        newCounts.add(counted.computeIfAbsent(w, x -> count(terms.ids(x))));
      }
      return TermSpace.of(oldCounts, newCounts, terms.size());
    }

    /**
     * A space whose vectors are made on first use: the weights need every clause's distinct terms,
     * but only a few clauses are ever compared in it.
     */
    private TermSpace lazySpace(Terms terms) {
      Map<int[], int[]> idsOf = new IdentityHashMap<>();
      int[][] oldIds = new int[oldWords.length][];
      int[][] newIds = new int[newWords.length][];
      for (int k = 0; k < oldIds.length; k++) {
        oldIds[k] = idsOf.computeIfAbsent(oldWords[k], terms::ids);
      }
      for (int k = 0; k < newIds.length; k++) {
        newIds[k] = idsOf.computeIfAbsent(newWords[k], terms::ids);
      }
      int[] df = new int[terms.size()];
      int[] stamp = new int[terms.size()];
      int text = 0;
      for (int[][] side : List.of(oldIds, newIds)) {
        for (int[] ids : side) {
          text++;
          for (int id : ids) {
            if (stamp[id] != text) {
              stamp[id] = text;
              df[id]++;
            }
          }
        }
      }
      return new TermSpace(
          new Vec[oldIds.length],
          new Vec[newIds.length],
          df,
          oldIds,
          newIds,
          idf(df, oldIds.length + newIds.length));
    }
  }

  /**
   * Gives term ids in order of first use: a stem or n-gram by its key, a bigram by the keys of its
   * two stems.
   */
  private static final class Terms {
    private final int[][] keysOfWord;
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

  private static TermSpace of(List<int[][]> oldCounts, List<int[][]> newCounts, int terms) {
    int[] df = new int[terms];
    for (int[][] c : oldCounts) {
      for (int id : c[0]) {
        df[id]++;
      }
    }
    for (int[][] c : newCounts) {
      for (int id : c[0]) {
        df[id]++;
      }
    }
    double[] idf = idf(df, oldCounts.size() + newCounts.size());
    // Equal texts have the same counts, and share one vector.
    Map<int[][], Vec> made = new IdentityHashMap<>();
    return new TermSpace(vectors(oldCounts, idf, made), vectors(newCounts, idf, made), df);
  }

  /** Inverse document frequency of each term among {@code texts} texts, smoothed. */
  private static double[] idf(int[] df, int texts) {
    double[] idf = new double[df.length];
    for (int k = 0; k < df.length; k++) {
      idf[k] = Math.log((texts + 1.0) / (df[k] + 1.0)) + 1.0;
    }
    return idf;
  }

  /** The distinct ids of a text's terms, sorted, and how often each occurs. */
  private static int[][] count(int[] idsOf) {
    Arrays.sort(idsOf);
    int distinct = 0;
    for (int k = 0; k < idsOf.length; k++) {
      if (k == 0 || idsOf[k] != idsOf[k - 1]) {
        distinct++;
      }
    }
    int[] uniq = new int[distinct];
    int[] tf = new int[distinct];
    int d = -1;
    for (int k = 0; k < idsOf.length; k++) {
      if (k == 0 || idsOf[k] != idsOf[k - 1]) {
        d++;
        uniq[d] = idsOf[k];
      }
      tf[d]++;
    }
    return new int[][] {uniq, tf};
  }

  private static Vec[] vectors(List<int[][]> counts, double[] idf, Map<int[][], Vec> made) {
    Vec[] vecs = new Vec[counts.size()];
    for (int c = 0; c < vecs.length; c++) {
      vecs[c] = made.computeIfAbsent(counts.get(c), x -> vector(x, idf));
    }
    return vecs;
  }

  /** A text's vector from its distinct term ids and their frequencies. */
  private static Vec vector(int[][] count, double[] idf) {
    int[] terms = count[0];
    int[] tf = count[1];
    double[] raw = new double[terms.length];
    double sum = 0;
    double sq = 0;
    for (int k = 0; k < terms.length; k++) {
      // Sublinear term frequency: a word said twice is not twice as telling.
      raw[k] = (1 + Math.log(tf[k])) * idf[terms[k]];
      sum += raw[k];
      sq += raw[k] * raw[k];
    }
    double norm = Math.sqrt(sq);
    double[] unit = new double[terms.length];
    for (int k = 0; k < terms.length; k++) {
      unit[k] = norm > 0 ? raw[k] / norm : 0;
    }
    return new Vec(terms, raw, unit, sum);
  }

  /** The same weights for a subset of the clauses of each side. */
  TermSpace subset(int[] oldIndexes, int[] newIndexes) {
    Vec[] o = new Vec[oldIndexes.length];
    for (int k = 0; k < o.length; k++) {
      o[k] = olds[oldIndexes[k]];
    }
    Vec[] n = new Vec[newIndexes.length];
    for (int k = 0; k < n.length; k++) {
      n[k] = news[newIndexes[k]];
    }
    if (idf == null) {
      return new TermSpace(o, n, df);
    }
    return new TermSpace(o, n, df, pick(oldIds, oldIndexes), pick(newIds, newIndexes), idf);
  }

  private static int[][] pick(int[][] all, int[] indexes) {
    int[][] out = new int[indexes.length][];
    for (int k = 0; k < out.length; k++) {
      out[k] = all[indexes[k]];
    }
    return out;
  }

  /** Cosine of two vectors, in [0, 1]. */
  static double cosine(Vec a, Vec b) {
    double dot = 0;
    int i = 0;
    int j = 0;
    while (i < a.terms.length && j < b.terms.length) {
      int x = a.terms[i];
      int y = b.terms[j];
      if (x == y) {
        dot += a.unit[i++] * b.unit[j++];
      } else if (x < y) {
        i++;
      } else {
        j++;
      }
    }
    return clamp(dot);
  }

  /** How much of {@code part} is inside {@code whole}: its weight found there over its weight. */
  static double containment(Vec part, Vec whole) {
    if (part.rawSum <= 0) {
      return 0;
    }
    double in = 0;
    int i = 0;
    int j = 0;
    while (i < part.terms.length && j < whole.terms.length) {
      int x = part.terms[i];
      int y = whole.terms[j];
      if (x == y) {
        in += Math.min(part.raw[i++], whole.raw[j++]);
      } else if (x < y) {
        i++;
      } else {
        j++;
      }
    }
    return clamp(in / part.rawSum);
  }

  /** The sum of several vectors, as one vector (a merged or split side read as one text). */
  static Vec sum(List<Vec> vecs) {
    if (vecs.size() == 1) {
      return vecs.get(0);
    }
    java.util.TreeMap<Integer, Double> acc = new java.util.TreeMap<>();
    for (Vec v : vecs) {
      for (int k = 0; k < v.terms.length; k++) {
        acc.merge(v.terms[k], v.raw[k], Double::sum);
      }
    }
    int[] terms = new int[acc.size()];
    double[] raw = new double[acc.size()];
    int k = 0;
    double sum = 0;
    double sq = 0;
    for (Map.Entry<Integer, Double> e : acc.entrySet()) {
      terms[k] = e.getKey();
      raw[k] = e.getValue();
      sum += raw[k];
      sq += raw[k] * raw[k];
      k++;
    }
    double norm = Math.sqrt(sq);
    double[] unit = new double[raw.length];
    for (k = 0; k < raw.length; k++) {
      unit[k] = norm > 0 ? raw[k] / norm : 0;
    }
    return new Vec(terms, raw, unit, sum);
  }

  /**
   * The sum of the vectors of some clauses of one side, and of one more ({@code extra}, or -1 for
   * none); the empty vector for none at all.
   */
  static Vec sumOf(Vec[] vecs, List<Integer> members, int extra) {
    List<Vec> list = new ArrayList<>();
    for (int k : members) {
      list.add(vecs[k]);
    }
    if (extra >= 0) {
      list.add(vecs[extra]);
    }
    return list.isEmpty() ? Vec.EMPTY : sum(list);
  }

  static double clamp(double x) {
    return x < 0 ? 0 : x > 1 ? 1 : x;
  }
}
