package io.github.plandiff.classify;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairs the sentences of an old and a new clause text by word overlap, so that a reworded sentence
 * is compared with its counterpart rather than counted as removed and added.
 *
 * <p>Pairs are taken greedily, best score first, ties to the earlier sentences. Sentences with the
 * same words and word pairs score 1, more than any other pair, so they are paired first through a
 * hash map, in order; only the sentences left are scored against each other. Words and word pairs
 * are numbered once per pairing and each sentence's bag is a sorted array, so that a score is a
 * merge of two arrays.
 */
final class SentencePairing {

  /**
   * Scored pairs {@code {score, old, new}}, best first; ties go to the earlier old sentence, then
   * the earlier new one, so a greedy pairing over them is deterministic.
   */
  static final Comparator<double[]> BEST_FIRST =
      (x, y) ->
          x[0] != y[0]
              ? Double.compare(y[0], x[0])
              : x[1] != y[1] ? Double.compare(x[1], y[1]) : Double.compare(x[2], y[2]);

  /**
   * Below this similarity (mean Dice of words and word pairs) two sentences are not counterparts.
   */
  static final double PAIR_THRESHOLD = 0.25;

  /**
   * A sentence whose words are this much inside one sentence of the other side was merged or split
   * into it.
   */
  static final double COVERED_THRESHOLD = 0.75;

  final int[] oldToNew;
  final int[] newToOld;
  final boolean[] oldCovered;
  final boolean[] newCovered;

  SentencePairing(List<Sentence> olds, List<Sentence> news) {
    this(WordIds.of(olds, news));
  }

  /** The pairing of sentences given by their normalised words ({@link Word#norm}) alone. */
  static SentencePairing ofNorms(List<List<String>> olds, List<List<String>> news) {
    return new SentencePairing(WordIds.ofNorms(olds, news));
  }

  private SentencePairing(WordIds ids) {
    int[][] oldIds = ids.olds();
    int[][] newIds = ids.news();
    oldToNew = filled(oldIds.length);
    newToOld = filled(newIds.length);
    PairIds pairs = new PairIds();
    Bag[] a = bags(oldIds);
    Bag[] b = bags(newIds);
    Bag[] a2 = pairBags(oldIds, pairs);
    Bag[] b2 = pairBags(newIds, pairs);
    pairIdentical(a, a2, b, b2);
    boolean only = oldIds.length == 1 && newIds.length == 1;
    List<double[]> candidates =
        only ? scoreOnly(a, b, a2, b2) : scoreShared(a, b, a2, b2, ids.vocabulary());
    // Best pairs first; ties go to the earlier sentences, so the result is deterministic.
    candidates.sort(BEST_FIRST);
    for (double[] c : candidates) {
      int i = (int) c[1];
      int j = (int) c[2];
      if (oldToNew[i] < 0 && newToOld[j] < 0) {
        oldToNew[i] = j;
        newToOld[j] = i;
      }
    }
    oldCovered = covered(a, b, oldToNew, ids.vocabulary());
    newCovered = covered(b, a, newToOld, ids.vocabulary());
  }

  /** The one pair of a one-sentence change, scored whatever its score. */
  private List<double[]> scoreOnly(Bag[] a, Bag[] b, Bag[] a2, Bag[] b2) {
    List<double[]> out = new ArrayList<>();
    if (oldToNew[0] < 0) {
      out.add(new double[] {(dice(a[0], b[0]) + dice(a2[0], b2[0])) / 2, 0, 0});
    }
    return out;
  }

  /**
   * The pairs of unpaired sentences that reach the threshold. Only pairs that share a word can (see
   * {@link #bound}), besides pairs of sentences of at most one word each, whose empty bags of word
   * pairs score 1; so each old sentence is scored against the new ones an index finds for it.
   */
  private List<double[]> scoreShared(Bag[] a, Bag[] b, Bag[] a2, Bag[] b2, int vocabulary) {
    List<double[]> out = new ArrayList<>();
    boolean[] open = new boolean[b.length];
    List<Integer> short2 = new ArrayList<>();
    for (int j = 0; j < b.length; j++) {
      open[j] = newToOld[j] < 0;
      if (open[j] && b2[j].size == 0) {
        short2.add(j);
      }
    }
    BagIndex index = new BagIndex(b, open, vocabulary);
    for (int i = 0; i < a.length; i++) {
      if (oldToNew[i] >= 0) {
        continue;
      }
      index.query(a[i]);
      for (int k = 0; k < index.touched(); k++) {
        int j = index.bag(k);
        consider(out, i, j, index.shared(j), a, b, a2, b2);
      }
      if (a2[i].size == 0) {
        for (int j : short2) {
          if (index.shared(j) == 0) {
            consider(out, i, j, 0, a, b, a2, b2);
          }
        }
      }
    }
    return out;
  }

  private static void consider(
      List<double[]> out, int i, int j, int words, Bag[] a, Bag[] b, Bag[] a2, Bag[] b2) {
    if (bound(words, a[i], b[j], a2[i], b2[j]) < PAIR_THRESHOLD) {
      return;
    }
    // Word pairs count as much as words, so that word order ("Ukraine invades Russia" vs
    // "Russia invades Ukraine") decides between otherwise equal candidates.
    double score = (dice(a[i], b[j]) + dice(a2[i], b2[j])) / 2;
    if (score >= PAIR_THRESHOLD) {
      out.add(new double[] {score, i, j});
    }
  }

  /**
   * Pairs sentences with equal bags of words and of word pairs (a score of exactly 1, which no
   * other pair reaches), each old one with the first such new one not yet taken: what the greedy
   * pass over all scores would do with them.
   */
  private void pairIdentical(Bag[] a, Bag[] a2, Bag[] b, Bag[] b2) {
    Map<Key, ArrayDeque<Integer>> byKey = new HashMap<>();
    for (int j = 0; j < b.length; j++) {
      byKey.computeIfAbsent(new Key(b[j], b2[j]), k -> new ArrayDeque<>()).add(j);
    }
    for (int i = 0; i < a.length; i++) {
      ArrayDeque<Integer> same = byKey.get(new Key(a[i], a2[i]));
      if (same != null && !same.isEmpty()) {
        int j = same.poll();
        oldToNew[i] = j;
        newToOld[j] = i;
      }
    }
  }

  private static int[] filled(int n) {
    int[] out = new int[n];
    Arrays.fill(out, -1);
    return out;
  }

  /**
   * Whether each unpaired sentence is mostly inside one sentence of the other side. A sentence
   * without words is inside any; others only inside sentences that share words with them, which an
   * index finds.
   */
  private static boolean[] covered(Bag[] side, Bag[] other, int[] paired, int vocabulary) {
    boolean[] out = new boolean[side.length];
    BagIndex index = null;
    for (int i = 0; i < side.length; i++) {
      if (paired[i] >= 0) {
        continue;
      }
      if (side[i].size == 0) {
        out[i] = other.length > 0;
        continue;
      }
      if (index == null) {
        index = new BagIndex(other, null, vocabulary);
      }
      index.query(side[i]);
      for (int k = 0; k < index.touched() && !out[i]; k++) {
        out[i] = (double) index.shared(index.bag(k)) / side[i].size >= COVERED_THRESHOLD;
      }
    }
    return out;
  }

  /**
   * An upper bound of a pair's score from its common words alone: each common word pair starts with
   * a common word, so there are no more common word pairs than common words. Computed as the score
   * is, so that a bound below the threshold means a score below it.
   *
   * @param words the number of common words, {@code Bag.common(a, b)}
   */
  private static double bound(int words, Bag a, Bag b, Bag a2, Bag b2) {
    int sa = a.size;
    int sb = b.size;
    double d1 = sa + sb == 0 ? 1 : 2.0 * words / (sa + sb);
    int sa2 = a2.size;
    int sb2 = b2.size;
    int pairs = Math.min(words, Math.min(sa2, sb2));
    double d2 = sa2 + sb2 == 0 ? 1 : 2.0 * pairs / (sa2 + sb2);
    return (d1 + d2) / 2;
  }

  static Bag[] bags(int[][] ids) {
    Bag[] out = new Bag[ids.length];
    for (int s = 0; s < out.length; s++) {
      out[s] = Bag.of(ids[s]);
    }
    return out;
  }

  /**
   * Each sentence's pairs of adjacent words as numbers. A pair is keyed by its two word numbers: a
   * normalised word holds no space, so two pairs are the same exactly when their words are.
   */
  static Bag[] pairBags(int[][] ids, PairIds pairs) {
    Bag[] out = new Bag[ids.length];
    for (int s = 0; s < out.length; s++) {
      int[] w = ids[s];
      int[] items = new int[Math.max(0, w.length - 1)];
      for (int i = 0; i < items.length; i++) {
        items[i] = pairs.id(w[i], w[i + 1]);
      }
      out[s] = Bag.of(items);
    }
    return out;
  }

  /**
   * The score of two sentences, given by their normalised words, as the pairing computes it: mean
   * Dice of words and word pairs.
   */
  static double similarity(List<String> a, List<String> b) {
    int[][] ids = WordIds.ids(List.of(a, b), new Interner());
    Bag[] w = bags(ids);
    Bag[] p = pairBags(ids, new PairIds());
    return (dice(w[0], w[1]) + dice(p[0], p[1])) / 2;
  }

  static double dice(Bag a, Bag b) {
    int sa = a.size;
    int sb = b.size;
    return sa + sb == 0 ? 1 : 2.0 * Bag.common(a, b) / (sa + sb);
  }

  static double containment(Bag a, Bag b) {
    int sa = a.size;
    return sa == 0 ? 1 : (double) Bag.common(a, b) / sa;
  }

  /** Numbers distinct strings in the order they are first seen. */
  static final class Interner {
    private final Map<String, Integer> ids = new HashMap<>();

    int size() {
      return ids.size();
    }

    int id(String s) {
      Integer id = ids.get(s);
      if (id == null) {
        id = ids.size();
        ids.put(s, id);
      }
      return id;
    }
  }

  /** A sentence's bags of words and of word pairs, equal when both are. */
  private record Key(Bag words, Bag pairs) {}
}
