package io.github.plandiff.align;

import io.github.plandiff.model.TextNorm;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The terms of the clauses of one level of two drafts, weighted by TF-IDF fitted on those clauses:
 * normalised words, numbers kept whole ("600,000", "50:50"), and word bigrams, so that rare terms
 * and shared phrases weigh more than common words.
 */
final class TermSpace {

  private static final Pattern TOKEN =
      Pattern.compile("\\p{N}+(?:[.,:/]\\p{N}+)*|[\\p{L}\\p{M}]+(?:['][\\p{L}\\p{M}]+)*");

  /** One clause as a sparse vector over term ids, sorted by id. */
  record Vec(int[] terms, double[] raw, double[] unit, double rawSum) {
    static final Vec EMPTY = new Vec(new int[0], new double[0], new double[0], 0);
  }

  final Vec[] olds;
  final Vec[] news;

  /** In how many clauses of both sides each term occurs. */
  final int[] df;

  private TermSpace(Vec[] olds, Vec[] news, int[] df) {
    this.olds = olds;
    this.news = news;
    this.df = df;
  }

  /** Fits the weights on the texts of both sides and turns every text into a vector. */
  static TermSpace fit(List<String> oldTexts, List<String> newTexts) {
    return fit(oldTexts, newTexts, TermSpace::terms);
  }

  /**
   * Fits the weights of the character n-grams of the words ({@link #grams}) of both sides: a second
   * view of the texts that still sees "rebuilt" in "rebuilding".
   */
  static TermSpace fitGrams(List<String> oldTexts, List<String> newTexts) {
    return fit(oldTexts, newTexts, TermSpace::grams);
  }

  private static TermSpace fit(
      List<String> oldTexts,
      List<String> newTexts,
      java.util.function.Function<String, List<String>> split) {
    Map<String, Integer> ids = new HashMap<>();
    List<int[][]> oldCounts = new ArrayList<>();
    List<int[][]> newCounts = new ArrayList<>();
    for (String t : oldTexts) {
      oldCounts.add(count(split.apply(t), ids));
    }
    for (String t : newTexts) {
      newCounts.add(count(split.apply(t), ids));
    }
    int[] df = new int[ids.size()];
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
    int n = oldTexts.size() + newTexts.size();
    double[] idf = new double[df.length];
    for (int k = 0; k < df.length; k++) {
      idf[k] = Math.log((n + 1.0) / (df[k] + 1.0)) + 1.0;
    }
    return new TermSpace(vectors(oldCounts, idf), vectors(newCounts, idf), df);
  }

  /** The terms of a text: its normalised words and numbers, then its word bigrams. */
  static List<String> terms(String text) {
    String norm = TextNorm.forComparison(text).toLowerCase(Locale.ROOT);
    List<String> words = new ArrayList<>();
    Matcher m = TOKEN.matcher(norm);
    while (m.find()) {
      words.add(stem(m.group()));
    }
    List<String> terms = new ArrayList<>(words.size() * 2);
    terms.addAll(words);
    for (int i = 0; i + 1 < words.size(); i++) {
      terms.add(words.get(i) + ' ' + words.get(i + 1));
    }
    return terms;
  }

  /** Letters in a character n-gram. */
  static final int GRAM = 4;

  /**
   * The character n-grams of a text's words, each word padded with a space on both sides (so a
   * short word is one gram and word starts count). Numbers are kept whole, like in {@link #terms}.
   */
  static List<String> grams(String text) {
    String norm = TextNorm.forComparison(text).toLowerCase(Locale.ROOT);
    List<String> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(norm);
    while (m.find()) {
      String w = m.group();
      if (!Character.isLetter(w.charAt(0)) || w.length() + 2 <= GRAM) {
        out.add(w);
        continue;
      }
      String padded = ' ' + w + ' ';
      for (int i = 0; i + GRAM <= padded.length(); i++) {
        out.add(padded.substring(i, i + GRAM));
      }
    }
    return out;
  }

  /**
   * A light English suffix stripper ("guarantees" and "guaranteed" → "guarante"), so that a
   * reworded clause keeps credit for the same word in another form. Numbers and short words are
   * kept whole.
   */
  static String stem(String w) {
    if (w.length() <= 4 || !Character.isLetter(w.charAt(0))) {
      return w;
    }
    for (String suffix : SUFFIXES) {
      if (w.endsWith(suffix) && w.length() - suffix.length() >= 4) {
        return w.substring(0, w.length() - suffix.length());
      }
    }
    return w;
  }

  private static final String[] SUFFIXES = {
    "ations", "ation", "ments", "ment", "ings", "ing", "ies", "ied", "es", "ed", "ly", "s", "e", "y"
  };

  private static int[][] count(List<String> terms, Map<String, Integer> ids) {
    int[] idsOf = new int[terms.size()];
    for (int k = 0; k < terms.size(); k++) {
      Integer id = ids.get(terms.get(k));
      if (id == null) {
        id = ids.size();
        ids.put(terms.get(k), id);
      }
      idsOf[k] = id;
    }
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

  private static Vec[] vectors(List<int[][]> counts, double[] idf) {
    Vec[] vecs = new Vec[counts.size()];
    for (int c = 0; c < vecs.length; c++) {
      int[] terms = counts.get(c)[0];
      int[] tf = counts.get(c)[1];
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
      vecs[c] = new Vec(terms, raw, unit, sum);
    }
    return vecs;
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
    return new TermSpace(o, n, df);
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

  static double clamp(double x) {
    return x < 0 ? 0 : x > 1 ? 1 : x;
  }
}
