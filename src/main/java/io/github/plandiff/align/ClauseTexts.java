package io.github.plandiff.align;

import io.github.plandiff.model.Clause;
import io.github.plandiff.model.TextNorm;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the aligner reads of each clause, worked out once per alignment: its comparison key (the
 * full text normalised by {@link TextNorm#forComparison}) and the word ids of its heading and full
 * text. A clause's full text holds all its sub-clauses, so reading it afresh at every level of a
 * deep draft (a bill) would read the deepest text once per level above it. Both are built from the
 * parts instead: the parts of a full text are joined by line breaks and spaces, which normalisation
 * and tokens never cross, so the key of the whole is the keys of the parts joined by single spaces
 * and the words of the whole are the words of the parts in turn. Not thread-safe: one per
 * alignment.
 */
final class ClauseTexts {

  private final Vocabulary vocabulary = new Vocabulary();
  private final Map<Clause, String> own = new IdentityHashMap<>();
  private final Map<Clause, String> keys = new IdentityHashMap<>();
  private final Map<Clause, int[]> fullWords = new IdentityHashMap<>();

  Vocabulary vocabulary() {
    return vocabulary;
  }

  /**
   * Normalises the own texts of these clauses now, on several processors when there are many; the
   * result is the same as normalising each on first use.
   */
  void prepare(List<Clause> clauses) {
    if (clauses.size() < CandidatePairs.PARALLEL_FROM) {
      return;
    }
    String[] norms = clauses.parallelStream().map(ClauseTexts::normalised).toArray(String[]::new);
    for (int k = 0; k < norms.length; k++) {
      own.putIfAbsent(clauses.get(k), norms[k]);
    }
  }

  /**
   * A clause's own text normalised, with its hash code worked out too: the text is looked up by
   * content later ({@link Vocabulary#readNormalised}).
   */
  private static String normalised(Clause c) {
    String norm = TextNorm.forComparison(c.text());
    norm.hashCode();
    return norm;
  }

  /** {@code TextNorm.forComparison(c.text())}, the clause's own text without its sub-clauses. */
  private String own(Clause c) {
    String norm = own.get(c);
    if (norm == null) {
      norm = TextNorm.forComparison(c.text());
      own.put(c, norm);
    }
    return norm;
  }

  /** {@code TextNorm.forComparison(c.fullText())}. */
  String key(Clause c) {
    String key = keys.get(c);
    if (key != null) {
      return key;
    }
    if (c.children().isEmpty()) {
      key = own(c);
    } else {
      StringBuilder sb = new StringBuilder(own(c));
      for (Clause child : c.children()) {
        join(sb, TextNorm.forComparison(child.label()));
        join(sb, key(child));
      }
      key = sb.toString();
    }
    keys.put(c, key);
    return key;
  }

  /** The word ids of the heading (if any), then of the full text. */
  int[] words(Clause c) {
    int[] full = fullWords(c);
    return c.heading().isEmpty() ? full : concat(vocabulary.read(c.heading().get()), full);
  }

  private int[] fullWords(Clause c) {
    int[] words = fullWords.get(c);
    if (words != null) {
      return words;
    }
    if (c.children().isEmpty()) {
      words = vocabulary.readNormalised(own(c));
    } else {
      int[][] parts = new int[1 + 2 * c.children().size()][];
      parts[0] = vocabulary.readNormalised(own(c));
      int size = parts[0].length;
      int k = 1;
      for (Clause child : c.children()) {
        parts[k] = vocabulary.read(child.label());
        parts[k + 1] = fullWords(child);
        size += parts[k].length + parts[k + 1].length;
        k += 2;
      }
      words = new int[size];
      int at = 0;
      for (int[] part : parts) {
        System.arraycopy(part, 0, words, at, part.length);
        at += part.length;
      }
    }
    fullWords.put(c, words);
    return words;
  }

  private static void join(StringBuilder sb, String part) {
    if (part.isEmpty()) {
      return;
    }
    if (sb.length() > 0) {
      sb.append(' ');
    }
    sb.append(part);
  }

  private static int[] concat(int[] a, int[] b) {
    if (b.length == 0) {
      return a;
    }
    if (a.length == 0) {
      return b;
    }
    int[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
