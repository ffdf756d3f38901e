package io.github.plandiff.classify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairs the sentences of an old and a new clause text by word overlap, so that a reworded sentence
 * is compared with its counterpart rather than counted as removed and added.
 */
final class SentencePairing {

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
    oldToNew = filled(olds.size());
    newToOld = filled(news.size());
    List<Map<String, Integer>> a = bags(olds, false);
    List<Map<String, Integer>> b = bags(news, false);
    List<Map<String, Integer>> a2 = bags(olds, true);
    List<Map<String, Integer>> b2 = bags(news, true);
    List<double[]> candidates = new ArrayList<>();
    for (int i = 0; i < olds.size(); i++) {
      for (int j = 0; j < news.size(); j++) {
        // Word pairs count as much as words, so that word order ("Ukraine invades Russia" vs
        // "Russia invades Ukraine") decides between otherwise equal candidates.
        double score = (dice(a.get(i), b.get(j)) + dice(a2.get(i), b2.get(j))) / 2;
        boolean only = olds.size() == 1 && news.size() == 1;
        if (score >= PAIR_THRESHOLD || only) {
          candidates.add(new double[] {score, i, j});
        }
      }
    }
    // Best pairs first; ties go to the earlier sentences, so the result is deterministic.
    candidates.sort(
        (x, y) ->
            x[0] != y[0]
                ? Double.compare(y[0], x[0])
                : x[1] != y[1] ? Double.compare(x[1], y[1]) : Double.compare(x[2], y[2]));
    for (double[] c : candidates) {
      int i = (int) c[1];
      int j = (int) c[2];
      if (oldToNew[i] < 0 && newToOld[j] < 0) {
        oldToNew[i] = j;
        newToOld[j] = i;
      }
    }
    oldCovered = covered(a, b, oldToNew);
    newCovered = covered(b, a, newToOld);
  }

  private static int[] filled(int n) {
    int[] out = new int[n];
    java.util.Arrays.fill(out, -1);
    return out;
  }

  private static boolean[] covered(
      List<Map<String, Integer>> side, List<Map<String, Integer>> other, int[] paired) {
    boolean[] out = new boolean[side.size()];
    for (int i = 0; i < side.size(); i++) {
      if (paired[i] >= 0) {
        continue;
      }
      for (Map<String, Integer> o : other) {
        if (containment(side.get(i), o) >= COVERED_THRESHOLD) {
          out[i] = true;
        }
      }
    }
    return out;
  }

  private static List<Map<String, Integer>> bags(List<Sentence> sentences, boolean pairs) {
    List<Map<String, Integer>> out = new ArrayList<>();
    for (Sentence s : sentences) {
      Map<String, Integer> bag = new HashMap<>();
      List<Word> w = s.words();
      for (int i = 0; i < w.size(); i++) {
        if (!pairs) {
          bag.merge(w.get(i).norm(), 1, Integer::sum);
        } else if (i + 1 < w.size()) {
          bag.merge(w.get(i).norm() + " " + w.get(i + 1).norm(), 1, Integer::sum);
        }
      }
      out.add(bag);
    }
    return out;
  }

  static double dice(Map<String, Integer> a, Map<String, Integer> b) {
    int sa = size(a);
    int sb = size(b);
    return sa + sb == 0 ? 1 : 2.0 * common(a, b) / (sa + sb);
  }

  static double containment(Map<String, Integer> a, Map<String, Integer> b) {
    int sa = size(a);
    return sa == 0 ? 1 : (double) common(a, b) / sa;
  }

  private static int common(Map<String, Integer> a, Map<String, Integer> b) {
    int n = 0;
    for (Map.Entry<String, Integer> e : a.entrySet()) {
      n += Math.min(e.getValue(), b.getOrDefault(e.getKey(), 0));
    }
    return n;
  }

  private static int size(Map<String, Integer> bag) {
    int n = 0;
    for (int v : bag.values()) {
      n += v;
    }
    return n;
  }
}
