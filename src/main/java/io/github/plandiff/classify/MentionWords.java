package io.github.plandiff.classify;

import java.util.ArrayList;
import java.util.List;

/** Party mentions of a sentence seen as its words: where they start and end, and their names. */
final class MentionWords {

  private MentionWords() {}

  /** For each word: 1 when a mention starts there, 2 when one ends there (3 for both). */
  static int[] edges(List<Word> w, List<Mention> mentions) {
    int[] out = new int[w.size()];
    for (Mention m : mentions) {
      out[wordAt(w, m.start())] |= 1;
      out[wordAt(w, m.end() - 1)] |= 2;
    }
    return out;
  }

  /** The mentions that start in words {@code [from, to)}. */
  static List<Mention> inRange(List<Word> w, List<Mention> mentions, int from, int to) {
    List<Mention> out = new ArrayList<>();
    if (from >= to) {
      return out;
    }
    int start = w.get(from).start();
    int end = to < w.size() ? w.get(to).start() : Integer.MAX_VALUE;
    for (Mention m : mentions) {
      if (m.start() >= start && m.start() < end) {
        out.add(m);
      }
    }
    return out;
  }

  /** The canonical names of the mentions, in order. */
  static List<String> names(List<Mention> mentions) {
    List<String> out = new ArrayList<>();
    for (Mention m : mentions) {
      out.add(m.key());
    }
    return out;
  }

  /** The names without repeats, in order. */
  static List<String> distinct(List<String> names) {
    List<String> out = new ArrayList<>();
    for (String n : names) {
      if (!out.contains(n)) {
        out.add(n);
      }
    }
    return out;
  }

  /** The index of the word that holds offset {@code at} (the last one starting at or before it). */
  static int wordAt(List<Word> w, int at) {
    int lo = 0;
    int hi = w.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (w.get(mid).start() <= at) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }
}
