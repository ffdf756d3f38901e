package io.github.plandiff.classify;

import io.github.plandiff.model.Clause;
import io.github.plandiff.model.Draft;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sentences of a whole draft, to tell whether a sentence of the other draft has a counterpart
 * anywhere in it: a binding sentence moved to another clause, or into a clause the aligner did not
 * pair with its own, is no commitment removed or added. Immutable once built, so thread-safe.
 */
final class Counterparts {

  /**
   * The least similarity (mean Dice of words and of word pairs) of a counterpart found anywhere in
   * the other draft. Higher than within a matched pair of clauses, where the match itself makes two
   * sentences likely to correspond: across a draft, nearly all the words must be shared.
   */
  static final double THRESHOLD = 0.7;

  /** Words in more sentences than this are not followed: they say little about a counterpart. */
  private static final int MAX_POSTINGS = 500;

  /** How many candidates, most shared words first, are scored exactly. */
  private static final int MAX_CANDIDATES = 20;

  /** None: no sentence has a counterpart outside its change. */
  static final Counterparts NONE = new Counterparts(new Vocabulary(), List.of());

  /** Each distinct word of the draft's sentences, numbered from 0 in order of first use. */
  private final Map<String, Integer> ids;

  /** Each sentence's distinct words, by id, ascending. */
  private final int[][] words;

  /** Each sentence's distinct pairs of adjacent words ({@link #pair}), ascending. */
  private final long[][] pairs;

  /** For each word id, the sentences that hold it, ascending. */
  private final int[][] postings;

  /** A sentence's distinct words and distinct pairs of adjacent words, ascending. */
  private record Bags(int[] words, long[] pairs) {}

  private Counterparts(Vocabulary vocabulary, List<Bags> sentences) {
    this.ids = vocabulary.ids;
    this.words = new int[sentences.size()][];
    this.pairs = new long[sentences.size()][];
    int[] df = new int[ids.size()];
    for (int k = 0; k < words.length; k++) {
      words[k] = sentences.get(k).words;
      pairs[k] = sentences.get(k).pairs;
      for (int id : words[k]) {
        df[id]++;
      }
    }
    postings = new int[df.length][];
    for (int id = 0; id < df.length; id++) {
      postings[id] = new int[df[id]];
      df[id] = 0;
    }
    for (int k = 0; k < words.length; k++) {
      for (int id : words[k]) {
        postings[id][df[id]++] = k;
      }
    }
  }

  /** The sentences of every clause of a draft (each clause's own text). */
  static Counterparts of(Draft draft) {
    Vocabulary vocabulary = new Vocabulary();
    return new Counterparts(vocabulary, sentences(draft, vocabulary, new HashMap<>()));
  }

  /**
   * Both drafts' sentences, as {@link #of(Draft)} gives each: their words numbered together (only
   * equal words are compared), so a clause text in both drafts is split and numbered once.
   */
  static Counterparts[] of(Draft oldDraft, Draft newDraft) {
    Vocabulary v = new Vocabulary();
    Map<String, List<Bags>> read = new HashMap<>();
    List<Bags> olds = sentences(oldDraft, v, read);
    List<Bags> news = sentences(newDraft, v, read);
    return new Counterparts[] {new Counterparts(v, olds), new Counterparts(v, news)};
  }

  /** Each clause's sentences' bags; a text already in {@code read} is not split again. */
  private static List<Bags> sentences(Draft draft, Vocabulary v, Map<String, List<Bags>> read) {
    List<Bags> sentences = new ArrayList<>();
    for (Clause clause : draft.allClauses()) {
      sentences.addAll(read.computeIfAbsent(clause.text(), text -> split(text, v)));
    }
    return sentences;
  }

  private static List<Bags> split(String text, Vocabulary vocabulary) {
    List<Bags> sentences = new ArrayList<>();
    Sentence.forEachSpan(
        text,
        (from, to) -> {
          List<String> norms = Words.norms(text, from, to);
          if (!norms.isEmpty()) {
            int[] seq = vocabulary.ids(norms);
            sentences.add(new Bags(distinct(seq), pairs(seq)));
          }
        });
    return sentences;
  }

  /** Whether the sentence has a counterpart among these sentences. */
  boolean has(Sentence s) {
    if (words.length == 0) {
      return false;
    }
    int[] seq = lookUp(s.words());
    int[] w = distinct(seq);
    int[] shared = sharedCounts(w);
    long[] p = pairs(seq);
    for (int id : shared) {
      if ((dice(w, words[id]) + dice(p, pairs[id])) / 2 >= THRESHOLD) {
        return true;
      }
    }
    return false;
  }

  /**
   * The ids of a sentence's words: a word of these sentences its id, any other a negative id of its
   * own (the same for the same word), which matches nothing here.
   */
  private int[] lookUp(List<Word> sentence) {
    int[] seq = new int[sentence.size()];
    Map<String, Integer> unknown = new HashMap<>();
    for (int i = 0; i < seq.length; i++) {
      String norm = sentence.get(i).norm();
      Integer id = ids.get(norm);
      seq[i] = id != null ? id : unknown.computeIfAbsent(norm, k -> -1 - unknown.size());
    }
    return seq;
  }

  /**
   * The first {@link #MAX_CANDIDATES} sentences that share a followed word with {@code w}: most
   * shared words first, then in order.
   */
  private int[] sharedCounts(int[] w) {
    int total = 0;
    for (int id : w) {
      if (id >= 0 && postings[id].length <= MAX_POSTINGS) {
        total += postings[id].length;
      }
    }
    int[] hits = new int[total];
    int n = 0;
    for (int id : w) {
      if (id >= 0 && postings[id].length <= MAX_POSTINGS) {
        System.arraycopy(postings[id], 0, hits, n, postings[id].length);
        n += postings[id].length;
      }
    }
    Arrays.sort(hits);
    long[] ranked = new long[hits.length];
    int m = 0;
    for (int i = 0; i < hits.length; ) {
      int j = i;
      while (j < hits.length && hits[j] == hits[i]) {
        j++;
      }
      // More shared words first, then the lower id: negate the count, keep the id.
      ranked[m++] = ((long) -(j - i) << 32) | hits[i];
      i = j;
    }
    long[] sorted = Arrays.copyOf(ranked, m);
    Arrays.sort(sorted);
    int[] ids = new int[Math.min(m, MAX_CANDIDATES)];
    for (int k = 0; k < ids.length; k++) {
      ids[k] = (int) sorted[k];
    }
    return ids;
  }

  /** The distinct values of a sequence, ascending. */
  private static int[] distinct(int[] seq) {
    int[] sorted = seq.clone();
    Arrays.sort(sorted);
    int n = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || sorted[i] != sorted[n - 1]) {
        sorted[n++] = sorted[i];
      }
    }
    return n == sorted.length ? sorted : Arrays.copyOf(sorted, n);
  }

  /** The distinct pairs of adjacent values of a sequence ({@link #pair}), ascending. */
  private static long[] pairs(int[] seq) {
    long[] sorted = new long[Math.max(0, seq.length - 1)];
    for (int i = 0; i + 1 < seq.length; i++) {
      sorted[i] = pair(seq[i], seq[i + 1]);
    }
    Arrays.sort(sorted);
    int n = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || sorted[i] != sorted[n - 1]) {
        sorted[n++] = sorted[i];
      }
    }
    return n == sorted.length ? sorted : Arrays.copyOf(sorted, n);
  }

  /** Two word ids as one number: distinct pairs give distinct numbers. */
  private static long pair(int a, int b) {
    return ((long) a << 32) | (b & 0xFFFF_FFFFL);
  }

  /** Dice's coefficient of two ascending sets of distinct ids. */
  private static double dice(int[] a, int[] b) {
    if (a.length == 0 && b.length == 0) {
      return 0;
    }
    int common = 0;
    for (int i = 0, j = 0; i < a.length && j < b.length; ) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return 2.0 * common / (a.length + b.length);
  }

  /** Dice's coefficient of two ascending sets of distinct pairs. */
  private static double dice(long[] a, long[] b) {
    if (a.length == 0 && b.length == 0) {
      return 0;
    }
    int common = 0;
    for (int i = 0, j = 0; i < a.length && j < b.length; ) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return 2.0 * common / (a.length + b.length);
  }

  /** Numbers words as they are first met. */
  private static final class Vocabulary {
    final Map<String, Integer> ids = new HashMap<>();

    int[] ids(List<String> norms) {
      int[] seq = new int[norms.size()];
      for (int i = 0; i < seq.length; i++) {
        seq[i] = ids.computeIfAbsent(norms.get(i), k -> ids.size());
      }
      return seq;
    }
  }

  /** A sentence's words (or, with {@code pairs}, its pairs of adjacent words), normalised. */
  static Set<String> bag(Sentence s, boolean pairs) {
    Set<String> out = new HashSet<>();
    List<Word> w = s.words();
    for (int i = 0; i < w.size(); i++) {
      if (!pairs) {
        out.add(w.get(i).norm());
      } else if (i + 1 < w.size()) {
        out.add(w.get(i).norm() + " " + w.get(i + 1).norm());
      }
    }
    return out;
  }

  static double dice(Set<String> a, Set<String> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 0;
    }
    int common = 0;
    for (String x : a) {
      common += b.contains(x) ? 1 : 0;
    }
    return 2.0 * common / (a.size() + b.size());
  }
}
