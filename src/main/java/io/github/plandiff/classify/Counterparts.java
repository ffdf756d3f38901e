package io.github.plandiff.classify;

import io.github.plandiff.model.Clause;
import io.github.plandiff.model.Draft;
import java.util.ArrayList;
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
  static final Counterparts NONE = new Counterparts(List.of());

  private final List<Set<String>> words = new ArrayList<>();
  private final List<Set<String>> pairs = new ArrayList<>();
  private final Map<String, List<Integer>> postings = new HashMap<>();

  private Counterparts(List<Sentence> sentences) {
    for (Sentence s : sentences) {
      int id = words.size();
      Set<String> w = bag(s, false);
      words.add(w);
      pairs.add(bag(s, true));
      for (String word : w) {
        postings.computeIfAbsent(word, k -> new ArrayList<>()).add(id);
      }
    }
  }

  /** The sentences of every clause of a draft (each clause's own text). */
  static Counterparts of(Draft draft) {
    List<Sentence> sentences = new ArrayList<>();
    for (Clause clause : draft.allClauses()) {
      sentences.addAll(Sentence.split(clause.text()));
    }
    return new Counterparts(sentences);
  }

  /** Whether the sentence has a counterpart among these sentences. */
  boolean has(Sentence s) {
    if (words.isEmpty()) {
      return false;
    }
    Set<String> w = bag(s, false);
    Map<Integer, Integer> shared = new HashMap<>();
    for (String word : w) {
      List<Integer> ids = postings.get(word);
      if (ids != null && ids.size() <= MAX_POSTINGS) {
        for (int id : ids) {
          shared.merge(id, 1, Integer::sum);
        }
      }
    }
    List<int[]> candidates = new ArrayList<>();
    shared.forEach((id, n) -> candidates.add(new int[] {id, n}));
    candidates.sort(
        (x, y) -> x[1] != y[1] ? Integer.compare(y[1], x[1]) : Integer.compare(x[0], y[0]));
    Set<String> p = bag(s, true);
    for (int k = 0; k < Math.min(MAX_CANDIDATES, candidates.size()); k++) {
      int id = candidates.get(k)[0];
      if ((dice(w, words.get(id)) + dice(p, pairs.get(id))) / 2 >= THRESHOLD) {
        return true;
      }
    }
    return false;
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
