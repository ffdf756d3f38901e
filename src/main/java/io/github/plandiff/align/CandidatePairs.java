package io.github.plandiff.align;

import io.github.plandiff.align.AlignerSettings.Candidates;
import io.github.plandiff.align.TermSpace.Vec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The pairs of clauses worth scoring. {@link Candidates#INDEXED} looks up each clause's rare terms
 * in an inverted index of the other side and keeps the best few pairs per clause by the part of the
 * cosine that rare terms give, so that long drafts are not compared all against all.
 */
final class CandidatePairs {

  /** A scored pair: cosine, and how much of each side lies inside the other. */
  record Pair(int oldIndex, int newIndex, double cosine, double oldInNew, double newInOld) {}

  /** Per old clause and per new clause, its scored pairs in the other side's order. */
  final List<List<Pair>> byOld;

  final List<List<Pair>> byNew;

  private CandidatePairs(List<List<Pair>> byOld, List<List<Pair>> byNew) {
    this.byOld = byOld;
    this.byNew = byNew;
  }

  static CandidatePairs generate(TermSpace space, AlignerSettings settings) {
    int n = space.olds.length;
    int m = space.news.length;
    long[] chosen;
    // A few clauses a side (sub-points under one point) are cheaper to compare all against all
    // than to index, and the index would keep them all anyway.
    boolean small =
        (long) n * m <= (long) settings.candidatesPerClause() * settings.candidatesPerClause();
    if (settings.candidates() == Candidates.EXHAUSTIVE || small) {
      chosen = new long[Math.multiplyExact(n, m)];
      int c = 0;
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < m; j++) {
          chosen[c++] = pair(i, j);
        }
      }
    } else {
      chosen = indexed(space, settings);
    }
    Pair[] scored = new Pair[chosen.length];
    int terms = space.df.length;
    if ((long) chosen.length * PAIRS_PER_TABLE_SLOT < terms) {
      // Too few pairs to pay for a table as long as the vocabulary (a level's sub-points).
      forEachBlock(
          chosen.length,
          (from, to) -> {
            for (int c = from; c < to; c++) {
              int i = (int) (chosen[c] >>> 32);
              int j = (int) chosen[c];
              scored[c] = PairScores.score(i, j, space.olds[i], space.news[j]);
            }
          });
      return grouped(scored, n, m);
    }
    // Each block spreads an old clause's terms over a table by term id once for all its pairs
    // (they come in order of old clause), then reads each new clause's terms against it. A table
    // is cleared after use and handed to the next block; none outlives this call.
    Queue<int[]> tables = new ConcurrentLinkedQueue<>();
    forEachBlock(
        chosen.length,
        (from, to) -> {
          int[] table = tables.poll();
          table = table == null ? new int[terms] : table;
          Vec a = null;
          for (int c = from; c < to; c++) {
            int i = (int) (chosen[c] >>> 32);
            int j = (int) chosen[c];
            if (a != space.olds[i]) {
              PairScores.clear(table, a);
              a = space.olds[i];
              PairScores.spread(table, a);
            }
            scored[c] = PairScores.score(i, j, a, table, space.news[j]);
          }
          PairScores.clear(table, a);
          tables.offer(table);
        });
    return grouped(scored, n, m);
  }

  /**
   * Pairs scored per slot of a term table, at least, for the table to pay: a pair scored with it
   * saves a pass over the old clause's terms (tens of steps), a slot costs one word to clear.
   */
  private static final int PAIRS_PER_TABLE_SLOT = 16;

  private static CandidatePairs grouped(Pair[] scored, int n, int m) {
    // The pairs come sorted by old clause, then new clause.
    List<List<Pair>> byOld = lists(n);
    List<List<Pair>> byNew = lists(m);
    for (Pair pair : scored) {
      if (pair.cosine > 0) {
        byOld.get(pair.oldIndex).add(pair);
        byNew.get(pair.newIndex).add(pair);
      }
    }
    return new CandidatePairs(byOld, byNew);
  }

  /** Clauses a side from which the work is shared between processors. */
  static final int PARALLEL_FROM = 2_000;

  /** Work items per block when the work is shared. */
  private static final int BLOCK = 1_024;

  /**
   * Runs {@code work} on consecutive blocks of {@code [0, size)}, on several processors when there
   * is enough work. Each block writes only its own slots, so the result does not depend on the
   * order in which blocks run.
   */
  private static void forEachBlock(int size, BlockWork work) {
    int blocks = (size + BLOCK - 1) / BLOCK;
    if (size < PARALLEL_FROM) {
      work.run(0, size);
      return;
    }
    java.util.stream.IntStream.range(0, blocks)
        .parallel()
        .forEach(b -> work.run(b * BLOCK, Math.min(size, (b + 1) * BLOCK)));
  }

  @FunctionalInterface
  private interface BlockWork {
    void run(int from, int to);
  }

  private static long pair(int oldIndex, int newIndex) {
    return (long) oldIndex << 32 | newIndex;
  }

  private static long[] indexed(TermSpace space, AlignerSettings settings) {
    int limit = settings.indexedTermLimit();
    boolean parallel = Math.max(space.olds.length, space.news.length) >= PARALLEL_FROM;
    Postings[] postings = new Postings[2];
    java.util.stream.IntStream sides = java.util.stream.IntStream.range(0, 2);
    (parallel ? sides.parallel() : sides)
        .forEach(s -> postings[s] = Postings.of(s == 0 ? space.news : space.olds, space.df, limit));
    long[] forward = query(space.olds, space.news.length, postings[0], settings, false);
    long[] backward = query(space.news, space.olds.length, postings[1], settings, true);
    long[] all = Arrays.copyOf(forward, forward.length + backward.length);
    System.arraycopy(backward, 0, all, forward.length, backward.length);
    if (parallel) {
      Arrays.parallelSort(all);
    } else {
      Arrays.sort(all);
    }
    int size = 0;
    for (int c = 0; c < all.length; c++) {
      if (c == 0 || all[c] != all[c - 1]) {
        all[size++] = all[c];
      }
    }
    return Arrays.copyOf(all, size);
  }

  /**
   * For each clause of one side, the best few clauses of the other side by the part of the cosine
   * that their shared rare terms give, as pairs (old clause, new clause).
   */
  private static long[] query(
      Vec[] from, int toSize, Postings postings, AlignerSettings settings, boolean reversed) {
    int k = settings.candidatesPerClause();
    long[] chosen = new long[Math.multiplyExact(from.length, k)];
    Arrays.fill(chosen, -1);
    forEachBlock(
        from.length, (lo, hi) -> queryRange(from, toSize, postings, k, chosen, reversed, lo, hi));
    int size = 0;
    for (long c : chosen) {
      if (c >= 0) {
        chosen[size++] = c;
      }
    }
    return Arrays.copyOf(chosen, size);
  }

  private static void queryRange(
      Vec[] from,
      int toSize,
      Postings postings,
      int k,
      long[] chosen,
      boolean reversed,
      int lo,
      int hi) {
    // acc[j] holds query i's sum for clause j only where seen[j] is i + 1, so nothing is reset
    // between queries.
    double[] acc = new double[toSize];
    int[] seen = new int[toSize];
    int[] touched = new int[toSize];
    int[] top = new int[k];
    int[] start = postings.start;
    int[] clauses = postings.clauses;
    double[] weights = postings.weights;
    int indexed = postings.size;
    for (int i = lo; i < hi; i++) {
      Vec a = from[i];
      int stamp = i + 1;
      int[] terms = a.terms();
      double[] unit = a.unit();
      int count = 0;
      for (int t = 0; t < terms.length; t++) {
        int term = terms[t];
        if (term >= indexed) {
          continue;
        }
        double weight = unit[t];
        for (int p = start[term], end = start[term + 1]; p < end; p++) {
          int j = clauses[p];
          if (seen[j] != stamp) {
            seen[j] = stamp;
            touched[count++] = j;
            acc[j] = weight * weights[p];
          } else {
            acc[j] += weight * weights[p];
          }
        }
      }
      int size = 0;
      for (int c = 0; c < count; c++) {
        int j = touched[c];
        // Keeps the k best, best first; an equal score keeps the earlier clause.
        int pos = size;
        while (pos > 0
            && (acc[top[pos - 1]] < acc[j] || acc[top[pos - 1]] == acc[j] && top[pos - 1] > j)) {
          pos--;
        }
        if (pos < k) {
          int end = Math.min(size, k - 1);
          System.arraycopy(top, pos, top, pos + 1, end - pos);
          top[pos] = j;
          size = Math.min(size + 1, k);
        }
      }
      for (int c = 0; c < size; c++) {
        chosen[i * k + c] = reversed ? pair(top[c], i) : pair(i, top[c]);
      }
    }
  }

  /**
   * For each indexed term (found in at most {@code limit} clauses of both sides), the clauses of
   * one side holding it and the term's unit weight in each, in one flat array: the entries of term
   * {@code t} are at {@code [start[t], start[t + 1])}; other terms have none.
   */
  private record Postings(int size, int[] start, int[] clauses, double[] weights) {

    static Postings of(Vec[] vecs, int[] df, int limit) {
      int[] start = new int[df.length + 1];
      for (Vec v : vecs) {
        for (int term : v.terms()) {
          if (df[term] <= limit) {
            start[term + 1]++;
          }
        }
      }
      for (int t = 0; t < df.length; t++) {
        start[t + 1] += start[t];
      }
      int[] fill = Arrays.copyOf(start, df.length);
      int[] clauses = new int[start[df.length]];
      double[] weights = new double[clauses.length];
      for (int j = 0; j < vecs.length; j++) {
        Vec v = vecs[j];
        for (int t = 0; t < v.terms().length; t++) {
          int term = v.terms()[t];
          if (df[term] <= limit) {
            clauses[fill[term]] = j;
            weights[fill[term]++] = v.unit()[t];
          }
        }
      }
      return new Postings(df.length, start, clauses, weights);
    }
  }

  private static List<List<Pair>> lists(int size) {
    List<List<Pair>> l = new ArrayList<>(size);
    for (int k = 0; k < size; k++) {
      l.add(new ArrayList<>());
    }
    return l;
  }
}
