package io.github.plandiff.align;

import io.github.plandiff.align.AlignerSettings.Candidates;
import io.github.plandiff.align.TermSpace.Vec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The pairs of clauses worth scoring. {@link Candidates#INDEXED} looks up each clause's rare terms
 * in an inverted index of the other side and keeps the best few pairs per clause by the part of
 * the cosine that rare terms give, so that long drafts are not compared all against all.
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
    if (settings.candidates() == Candidates.EXHAUSTIVE) {
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
      Pair pair = new Pair(i, j, TermSpace.cosine(a, b), TermSpace.containment(a, b),
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
    int n = space.olds.length;
    int m = space.news.length;
    int limit = settings.indexedTermLimit();
    int[][] postings = postings(space, limit);
    double[] acc = new double[m];
    int[] touched = new int[m];
    int k = settings.candidatesPerClause();
    List<List<double[]>> perNew = new ArrayList<>(m);
    for (int j = 0; j < m; j++) {
      perNew.add(new ArrayList<>());
    }
    List<long[]> chosen = new ArrayList<>();
    boolean[] mark = new boolean[m];
    for (int i = 0; i < n; i++) {
      Vec a = space.olds[i];
      int count = 0;
      for (int t = 0; t < a.terms().length; t++) {
        int term = a.terms()[t];
        if (space.df[term] > limit || postings[term] == null) {
          continue;
        }
        int[] post = postings[term];
        for (int p = 0; p < post.length; p += 2) {
          int j = post[p];
          if (!mark[j]) {
            mark[j] = true;
            touched[count++] = j;
          }
          acc[j] += a.unit()[t] * space.news[j].unit()[post[p + 1]];
        }
      }
      int[] top = top(touched, count, acc, k);
      for (int j : top) {
        chosen.add(new long[] {i, j});
      }
      for (int c = 0; c < count; c++) {
        int j = touched[c];
        perNew.get(j).add(new double[] {acc[j], i});
        acc[j] = 0;
        mark[j] = false;
      }
    }
    for (int j = 0; j < m; j++) {
      List<double[]> list = perNew.get(j);
      list.sort((x, y) -> x[0] != y[0] ? Double.compare(y[0], x[0]) : Double.compare(x[1], y[1]));
      for (int c = 0; c < Math.min(k, list.size()); c++) {
        chosen.add(new long[] {(long) list.get(c)[1], j});
      }
    }
    return dedupe(chosen);
  }

  /** For each indexed term, the new clauses holding it, as (clause, position in its vector). */
  private static int[][] postings(TermSpace space, int limit) {
    int[] sizes = new int[space.df.length];
    for (Vec v : space.news) {
      for (int term : v.terms()) {
        if (space.df[term] <= limit) {
          sizes[term]++;
        }
      }
    }
    int[][] postings = new int[space.df.length][];
    int[] fill = new int[space.df.length];
    for (int j = 0; j < space.news.length; j++) {
      Vec v = space.news[j];
      for (int t = 0; t < v.terms().length; t++) {
        int term = v.terms()[t];
        if (space.df[term] <= limit) {
          if (postings[term] == null) {
            postings[term] = new int[sizes[term] * 2];
          }
          postings[term][fill[term]++] = j;
          postings[term][fill[term]++] = t;
        }
      }
    }
    return postings;
  }

  private static int[] top(int[] touched, int count, double[] acc, int k) {
    Integer[] idx = new Integer[count];
    for (int c = 0; c < count; c++) {
      idx[c] = touched[c];
    }
    // Ties go to the earlier clause, so the choice does not depend on the order of the postings.
    Arrays.sort(idx, (x, y) -> acc[x] != acc[y] ? Double.compare(acc[y], acc[x]) : Integer.compare(x, y));
    int[] top = new int[Math.min(k, count)];
    for (int c = 0; c < top.length; c++) {
      top[c] = idx[c];
    }
    return top;
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
