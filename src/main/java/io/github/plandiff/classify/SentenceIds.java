package io.github.plandiff.classify;

import io.github.plandiff.model.Clause;
import io.github.plandiff.model.Draft;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * The sentences of every clause of one or more drafts (each clause's own text) as sequences of word
 * ids, the words numbered together in order of first use. A clause text found in two drafts, or
 * twice in one, is split once. On long drafts the texts are split by several processors, each into
 * its own slot, and the words are numbered afterwards in the order of the texts, so the ids are the
 * same as from one processor.
 */
final class SentenceIds {

  /** Clauses in all the drafts from which the work is shared between processors. */
  static final int PARALLEL_FROM = 2_000;

  /** Each distinct word, by its id. */
  final Map<String, Integer> ids = new HashMap<>();

  /** Each distinct text's sentences as word ids. */
  private final List<List<int[]>> byText;

  /** Each draft's clause texts, in clause order, as indexes into {@link #byText}. */
  private final List<int[]> drafts = new ArrayList<>();

  private final boolean parallel;

  private SentenceIds(List<Draft> all, boolean parallel) {
    this.parallel = parallel;
    Map<String, Integer> textIds = new HashMap<>();
    List<String> texts = new ArrayList<>();
    for (Draft draft : all) {
      drafts.add(textIds(draft, textIds, texts));
    }
    @SuppressWarnings("unchecked")
    List<List<String>>[] split = new List[texts.size()];
    indexes(split.length).forEach(k -> split[k] = norms(texts.get(k)));
    byText = new ArrayList<>(split.length);
    for (List<List<String>> sentences : split) {
      List<int[]> seqs = new ArrayList<>(sentences.size());
      for (List<String> norms : sentences) {
        seqs.add(ids(norms));
      }
      byText.add(seqs);
    }
  }

  /** The drafts' sentences; on several processors when the drafts are long. */
  static SentenceIds of(List<Draft> drafts) {
    int clauses = drafts.stream().mapToInt(d -> d.allClauses().size()).sum();
    return of(drafts, clauses >= PARALLEL_FROM);
  }

  /** The drafts' sentences, on one processor or several. */
  static SentenceIds of(List<Draft> drafts, boolean parallel) {
    return new SentenceIds(drafts, parallel);
  }

  /**
   * Each draft's sentences, clause by clause, made by {@code make} from their word ids; a sentence
   * of a text found more than once is made once, and the result shared.
   */
  <T> List<List<T>> map(Function<int[], T> make) {
    @SuppressWarnings("unchecked")
    List<T>[] made = new List[byText.size()];
    indexes(made.length).forEach(k -> made[k] = byText.get(k).stream().map(make).toList());
    List<List<T>> out = new ArrayList<>();
    for (int[] texts : drafts) {
      List<T> sentences = new ArrayList<>();
      for (int t : texts) {
        sentences.addAll(made[t]);
      }
      out.add(sentences);
    }
    return out;
  }

  private IntStream indexes(int size) {
    IntStream indexes = IntStream.range(0, size);
    return parallel ? indexes.parallel() : indexes;
  }

  /** Each clause's text as the index of its first use in {@code texts}. */
  private static int[] textIds(Draft draft, Map<String, Integer> textIds, List<String> texts) {
    List<Clause> clauses = draft.allClauses();
    int[] out = new int[clauses.size()];
    for (int k = 0; k < out.length; k++) {
      String text = clauses.get(k).text();
      Integer id = textIds.get(text);
      if (id == null) {
        id = texts.size();
        textIds.put(text, id);
        texts.add(text);
      }
      out[k] = id;
    }
    return out;
  }

  /** The normalised words of each sentence of a text that has any. */
  private static List<List<String>> norms(String text) {
    List<List<String>> out = new ArrayList<>();
    Sentence.forEachSpan(
        text,
        (from, to) -> {
          List<String> norms = Words.norms(text, from, to);
          if (!norms.isEmpty()) {
            out.add(norms);
          }
        });
    return out;
  }

  private int[] ids(List<String> norms) {
    int[] seq = new int[norms.size()];
    for (int i = 0; i < seq.length; i++) {
      seq[i] = ids.computeIfAbsent(norms.get(i), k -> ids.size());
    }
    return seq;
  }
}
