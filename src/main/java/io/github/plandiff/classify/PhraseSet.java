package io.github.plandiff.classify;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Phrases matched on whole words, longest first. A phrase word "*" matches one to three words. Each
 * phrase carries a value (a canonical form or an index).
 */
final class PhraseSet<V> {

  /** A phrase found in a word list: words {@code [from, to)}. */
  record Match<V>(V value, int from, int to) {}

  private record Phrase<V>(List<String> words, V value) {}

  private final Map<String, List<Phrase<V>>> byFirst = new HashMap<>();
  private final List<Phrase<V>> wildFirst = new ArrayList<>();

  PhraseSet(Map<String, V> phrases) {
    phrases.forEach(
        (text, value) -> {
          List<String> words = wordsOf(text);
          if (words.isEmpty()) {
            return;
          }
          Phrase<V> phrase = new Phrase<>(words, value);
          if (words.get(0).equals("*")) {
            wildFirst.add(phrase);
          } else {
            byFirst.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(phrase);
          }
        });
    Comparator<Phrase<V>> longestFirst =
        Comparator.<Phrase<V>>comparingInt(p -> -p.words.size())
            .thenComparing(p -> String.join(" ", p.words));
    byFirst.values().forEach(list -> list.sort(longestFirst));
    wildFirst.sort(longestFirst);
  }

  static PhraseSet<String> of(Collection<String> phrases) {
    Map<String, String> map = new HashMap<>();
    for (String p : phrases) {
      map.put(p, String.join(" ", wordsOf(p)));
    }
    return new PhraseSet<>(map);
  }

  private static final Pattern BLANKS = Pattern.compile("\\s+");

  /** Splits a lexicon phrase into folded words; symbols such as "%" and "$" are words too. */
  static List<String> wordsOf(String phrase) {
    List<String> out = new ArrayList<>();
    for (String part : BLANKS.split(Words.fold(phrase).trim())) {
      if (!part.isEmpty()) {
        out.add(part);
      }
    }
    return out;
  }

  /**
   * Returns the longest phrase that starts at word {@code i}, skipping words in {@code skippable}
   * between the phrase's words, or null.
   */
  Match<V> at(List<Word> words, int i, Set<String> skippable) {
    List<Phrase<V>> candidates = byFirst.get(words.get(i).norm());
    Match<V> best = null;
    // Indexed loops: this runs for every word of every sentence, and a for-each loop would
    // allocate an iterator each time.
    if (candidates != null) {
      for (int k = 0; k < candidates.size(); k++) {
        Phrase<V> p = candidates.get(k);
        int end = matchFrom(p, words, i, skippable);
        if (end > 0 && (best == null || end > best.to)) {
          best = new Match<>(p.value, i, end);
        }
      }
    }
    for (int k = 0; k < wildFirst.size(); k++) {
      Phrase<V> p = wildFirst.get(k);
      int end = matchFrom(p, words, i, skippable);
      if (end > 0 && (best == null || end > best.to)) {
        best = new Match<>(p.value, i, end);
      }
    }
    return best;
  }

  Match<V> at(List<Word> words, int i) {
    return at(words, i, Set.of());
  }

  /** Most words a "*" stands for. */
  private static final int WILDCARD_MAX = 3;

  private int matchFrom(Phrase<V> p, List<Word> words, int i, Set<String> skippable) {
    return matchRest(p, 0, words, i, skippable);
  }

  /** Matches phrase words {@code [w, end)} from word {@code k}; returns the end index or -1. */
  private int matchRest(Phrase<V> p, int w, List<Word> words, int k, Set<String> skippable) {
    if (w == p.words.size()) {
      return k;
    }
    if (w > 0) {
      while (k < words.size() && skippable.contains(words.get(k).norm())) {
        k++;
      }
    }
    if (k >= words.size()) {
      return -1;
    }
    String want = p.words.get(w);
    if (!want.equals("*")) {
      return want.equals(words.get(k).norm()) ? matchRest(p, w + 1, words, k + 1, skippable) : -1;
    }
    for (int n = 1; n <= WILDCARD_MAX && k + n <= words.size(); n++) {
      int end = matchRest(p, w + 1, words, k + n, skippable);
      if (end > 0) {
        return end;
      }
    }
    return -1;
  }
}
