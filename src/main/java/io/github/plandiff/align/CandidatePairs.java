package io.github.plandiff.align;

import io.github.plandiff.align.AlignerSettings.Candidates;
import io.github.plandiff.align.TermSpace.Vec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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
    List<long[]> chosen = new ArrayList<>();
    // A few clauses a side (sub-points under one point) are cheaper to compare all against all
    // than to index, and the index would keep them all anyway.
    boolean small =
        (long) n * m <= (long) settings.candidatesPerClause() * settings.candidatesPerClause();
    if (settings.candidates() == Candidates.EXHAUSTIVE || small) {
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < m; j++) {
          chosen.add(new long[] {i, j});
        }
      }
    } else {
      chosen = indexed(space, settings);
    }
    List<List<Pair>> byOld = lists(n);
    List<List<Pair>> byNew = lists(m);
    for (long[] p : chosen) {
      int i = (int) p[0];
      int j = (int) p[1];
      Vec a = space.olds[i];
      Vec b = space.news[j];
      Pair pair =
          new Pair(
              i,
              j,
              TermSpace.cosine(a, b),
              TermSpace.containment(a, b),
              TermSpace.containment(b, a));
      if (pair.cosine > 0) {
        byOld.get(i).add(pair);
        byNew.get(j).add(pair);
      }
    }
    byOld.forEach(l -> l.sort(Comparator.comparingInt(Pair::newIndex)));
    byNew.forEach(l -> l.sort(Comparator.comparingInt(Pair::oldIndex)));
    return new CandidatePairs(byOld, byNew);
  }

  private static List<long[]> indexed(TermSpace space, AlignerSettings settings) {
    List<long[]> chosen = new ArrayList<>();
    query(space.olds, space.news, space.df, settings, chosen, false);
    query(space.news, space.olds, space.df, settings, chosen, true);
    return dedupe(chosen);
  }

  /**
   * For each clause of one side, the best few clauses of the other side by the part of the cosine
   * that their shared rare terms give.
   */
  private static void query(
      Vec[] from,
      Vec[] to,
      int[] df,
      AlignerSettings settings,
      List<long[]> chosen,
      boolean reversed) {
    int limit = settings.indexedTermLimit();
    java.util.Map<Integer, int[]> postings = postings(to, df, limit);
    int k = settings.candidatesPerClause();
    double[] acc = new double[to.length];
    int[] touched = new int[to.length];
    boolean[] mark = new boolean[to.length];
    int[] top = new int[k];
    for (int i = 0; i < from.length; i++) {
      Vec a = from[i];
      int count = 0;
      for (int t = 0; t < a.terms().length; t++) {
        int term = a.terms()[t];
        int[] post = df[term] > limit ? null : postings.get(term);
        if (post == null) {
          continue;
        }
        for (int p = 0; p < post.length; p += 2) {
          int j = post[p];
          if (!mark[j]) {
            mark[j] = true;
            touched[count++] = j;
          }
          acc[j] += a.unit()[t] * to[j].unit()[post[p + 1]];
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
        chosen.add(reversed ? new long[] {top[c], i} : new long[] {i, top[c]});
      }
      for (int c = 0; c < count; c++) {
        acc[touched[c]] = 0;
        mark[touched[c]] = false;
      }
    }
  }

  /** For each indexed term, the clauses holding it, as (clause, position in its vector). */
  private static java.util.Map<Integer, int[]> postings(Vec[] vecs, int[] df, int limit) {
    java.util.Map<Integer, int[]> sizes = new java.util.HashMap<>();
    for (Vec v : vecs) {
      for (int term : v.terms()) {
        if (df[term] <= limit) {
          sizes.computeIfAbsent(term, x -> new int[1])[0]++;
        }
      }
    }
    java.util.Map<Integer, int[]> postings = new java.util.HashMap<>();
    java.util.Map<Integer, int[]> fill = new java.util.HashMap<>();
    for (int j = 0; j < vecs.length; j++) {
      Vec v = vecs[j];
      for (int t = 0; t < v.terms().length; t++) {
        int term = v.terms()[t];
        if (df[term] <= limit) {
          int[] post = postings.computeIfAbsent(term, x -> new int[sizes.get(x)[0] * 2]);
          int[] f = fill.computeIfAbsent(term, x -> new int[1]);
          post[f[0]++] = j;
          post[f[0]++] = t;
        }
      }
    }
    return postings;
  }

  private static List<long[]> dedupe(List<long[]> pairs) {
    pairs.sort((x, y) -> x[0] != y[0] ? Long.compare(x[0], y[0]) : Long.compare(x[1], y[1]));
    List<long[]> out = new ArrayList<>(pairs.size());
    for (long[] p : pairs) {
      long[] last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last == null || last[0] != p[0] || last[1] != p[1]) {
        out.add(p);
      }
    }
    return out;
  }

  private static List<List<Pair>> lists(int size) {
    List<List<Pair>> l = new ArrayList<>(size);
    for (int k = 0; k < size; k++) {
      l.add(new ArrayList<>());
    }
    return l;
  }
}
