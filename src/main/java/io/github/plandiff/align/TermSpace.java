package io.github.plandiff.align;

import java.util.ArrayList;
import java.util.Arrays;
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
   * For a space whose vectors are made on first use ({@link #fitGrams}): each clause's word ids,
   * the term ids of each word, and the weights; null when every vector was made up front.
   */
  private final int[][] oldWords;

  private final int[][] newWords;
  private final int[][] idsOfWord;
  private final double[] idf;

  TermSpace(Vec[] olds, Vec[] news, int[] df) {
    this(olds, news, df, null, null, null, null);
  }

  TermSpace(
      Vec[] olds,
      Vec[] news,
      int[] df,
      int[][] oldWords,
      int[][] newWords,
      int[][] idsOfWord,
      double[] idf) {
    this.olds = olds;
    this.news = news;
    this.df = df;
    this.oldWords = oldWords;
    this.newWords = newWords;
    this.idsOfWord = idsOfWord;
    this.idf = idf;
  }

  /** The vector of an old clause, made now if this space makes them on first use. */
  Vec old(int i) {
    if (olds[i] == null) {
      olds[i] = vector(count(ids(oldWords[i])), idf);
    }
    return olds[i];
  }

  /** The vector of a new clause, made now if this space makes them on first use. */
  Vec neu(int j) {
    if (news[j] == null) {
      news[j] = vector(count(ids(newWords[j])), idf);
    }
    return news[j];
  }

  /** The term ids of a text's words, in order, with repeats. */
  private int[] ids(int[] words) {
    int total = 0;
    for (int w : words) {
      total += idsOfWord[w].length;
    }
    int[] ids = new int[total];
    int k = 0;
    for (int w : words) {
      System.arraycopy(idsOfWord[w], 0, ids, k, idsOfWord[w].length);
      k += idsOfWord[w].length;
    }
    return ids;
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

  static TermSpace of(List<int[][]> oldCounts, List<int[][]> newCounts, int terms) {
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
  static double[] idf(int[] df, int texts) {
    double[] idf = new double[df.length];
    for (int k = 0; k < df.length; k++) {
      idf[k] = Math.log((texts + 1.0) / (df[k] + 1.0)) + 1.0;
    }
    return idf;
  }

  /** The distinct ids of a text's terms, sorted, and how often each occurs. */
  static int[][] count(int[] idsOf) {
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
    return new TermSpace(
        o, n, df, pick(oldWords, oldIndexes), pick(newWords, newIndexes), idsOfWord, idf);
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
        in += PairScores.smaller(part.raw[i++], whole.raw[j++]);
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
