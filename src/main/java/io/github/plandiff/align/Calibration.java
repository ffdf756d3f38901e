package io.github.plandiff.align;

import io.github.plandiff.align.Level.MutableGroup;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives every group found by the words a calibrated confidence, and abstains where it is too low: a
 * one-to-one pair below the threshold is undone, and a part of a merge or split below it leaves the
 * group. The clauses that the words leave uncertain (unmatched, or in a group below {@link
 * #CERTAIN}) are then embedded when a semantic model is at hand, and the clauses still unmatched
 * are paired again by the exact assignment of greatest total confidence among pairs at or above the
 * threshold. Each clause left unmatched keeps its best candidates ({@link Options}).
 */
final class Calibration {

  /**
   * A group is embedded unless each of its pairs has at least this lexical confidence and this word
   * cosine: then the words settle it.
   */
  static final double CERTAIN = 0.95;

  /** See {@link #CERTAIN}. */
  static final double CERTAIN_COSINE = 0.5;

  /** Above this many unmatched clauses a side, the assignment is greedy (by confidence). */
  static final int EXACT_LIMIT = 300;

  /** Embeds the clauses asked for, or gives null when no semantic evidence can be had. */
  interface Embedder {
    float[][][] embed(boolean[] olds, boolean[] news);
  }

  /** A possible counterpart of an unmatched clause. */
  record Cand(int index, double confidence) {}

  /** Candidates and confidence of each clause left unmatched, per side. */
  record Unmatched(List<List<Cand>> olds, List<List<Cand>> news) {}

  private final Parts.State state;
  private final List<String> oldKeys;
  private final List<String> newKeys;
  private final Evidence evidence;
  private final double threshold;
  private final Options options;

  private Calibration(
      Parts.State state, List<String> oldKeys, List<String> newKeys, Evidence evidence, double t) {
    this.state = state;
    this.oldKeys = oldKeys;
    this.newKeys = newKeys;
    this.evidence = evidence;
    this.threshold = t;
    this.options = new Options(evidence);
  }

  /** Runs the calibration on the groups of a level; returns the candidates of unmatched clauses. */
  static Unmatched run(
      Parts.State state,
      List<String> oldKeys,
      List<String> newKeys,
      Evidence evidence,
      double threshold,
      Embedder embedder) {
    Calibration c = checked(state, oldKeys, newKeys, evidence, threshold, embedder);
    c.pairAgain();
    return c.unmatched();
  }

  /**
   * The first half of {@link #run}: the groups scored (with meaning for the uncertain ones when the
   * embedder gives it) and those below the threshold undone, before the clauses left are paired
   * again.
   */
  static Calibration checked(
      Parts.State state,
      List<String> oldKeys,
      List<String> newKeys,
      Evidence evidence,
      double threshold,
      Embedder embedder) {
    Calibration c = new Calibration(state, oldKeys, newKeys, evidence, threshold);
    c.score();
    if (embedder != null) {
      c.embedUncertain(embedder);
    }
    c.abstain();
    return c;
  }

  /** The confidence of a pair that the words proposed (a group, or a part of one). */
  double check(int i, int j) {
    if (oldKeys.get(i).equals(newKeys.get(j))) {
      return 1.0;
    }
    return evidence.hasMeaning(i, j)
        ? Confidence.CHECK_SEMANTIC.of(evidence.semantic(i, j))
        : Confidence.CHECK_LEXICAL.of(evidence.lexical(i, j));
  }

  /** The confidence of any other pair: a candidate of an unmatched clause. */
  double p(int i, int j) {
    if (oldKeys.get(i).equals(newKeys.get(j))) {
      return 1.0;
    }
    return evidence.hasMeaning(i, j)
        ? Confidence.SEMANTIC.of(evidence.semantic(i, j))
        : Confidence.LEXICAL.of(evidence.lexical(i, j));
  }

  private void score() {
    for (MutableGroup g : state.groups()) {
      g.confidence = confidence(g);
    }
  }

  private double confidence(MutableGroup g) {
    if (g.fromMeaning) {
      return p(g.olds.get(0), g.news.get(0));
    }
    double least = 1;
    for (int i : g.olds) {
      for (int j : g.news) {
        least = Math.min(least, check(i, j));
      }
    }
    return least;
  }

  private void embedUncertain(Embedder embedder) {
    boolean[] olds = new boolean[evidence.olds()];
    boolean[] news = new boolean[evidence.news()];
    boolean any = false;
    for (MutableGroup g : state.groups()) {
      g.settled = settled(g);
    }
    for (int i = 0; i < olds.length; i++) {
      MutableGroup g = state.ofOld()[i];
      olds[i] = g == null || !g.settled;
      any |= olds[i];
    }
    for (int j = 0; j < news.length; j++) {
      MutableGroup g = state.ofNew()[j];
      news[j] = g == null || !g.settled;
      any |= news[j];
    }
    if (!any) {
      return;
    }
    float[][][] vectors = embedder.embed(olds, news);
    if (vectors != null) {
      evidence.meaning(vectors[0], vectors[1]);
      score();
    }
  }

  private boolean settled(MutableGroup g) {
    for (int i : g.olds) {
      for (int j : g.news) {
        if (oldKeys.get(i).equals(newKeys.get(j))) {
          continue;
        }
        double[] f = evidence.lexical(i, j);
        if (f[0] < CERTAIN_COSINE || Confidence.CHECK_LEXICAL.of(f) < CERTAIN) {
          return false;
        }
      }
    }
    return true;
  }

  /** Undoes the groups, or the parts of groups, below the threshold. */
  private void abstain() {
    List<MutableGroup> keep = new ArrayList<>();
    for (MutableGroup g : state.groups()) {
      if (g.olds.size() > 1) {
        trim(g, g.olds, true);
      } else if (g.news.size() > 1) {
        trim(g, g.news, false);
      }
      g.confidence = confidence(g);
      if (g.confidence >= threshold) {
        keep.add(g);
      } else {
        g.olds.forEach(i -> state.ofOld()[i] = null);
        g.news.forEach(j -> state.ofNew()[j] = null);
      }
    }
    state.groups().clear();
    state.groups().addAll(keep);
  }

  /** Takes the parts below the threshold out of a merge or split, keeping at least one. */
  private void trim(MutableGroup g, List<Integer> parts, boolean oldSide) {
    int whole = oldSide ? g.news.get(0) : g.olds.get(0);
    List<Integer> out = new ArrayList<>();
    for (int part : parts) {
      double p = oldSide ? check(part, whole) : check(whole, part);
      if (p < threshold) {
        out.add(part);
      }
    }
    if (out.size() == parts.size()) {
      out.remove(out.size() - 1);
    }
    for (int part : out) {
      parts.remove(Integer.valueOf(part));
      if (oldSide) {
        state.ofOld()[part] = null;
      } else {
        state.ofNew()[part] = null;
      }
    }
  }

  /** Pairs the clauses still unmatched, by the assignment of greatest total confidence. */
  private void pairAgain() {
    int[] olds = free(state.ofOld());
    int[] news = free(state.ofNew());
    if (olds.length == 0 || news.length == 0) {
      return;
    }
    double[][] conf = new double[olds.length][news.length];
    int[] newAt = new int[evidence.news()];
    java.util.Arrays.fill(newAt, -1);
    for (int c = 0; c < news.length; c++) {
      newAt[news[c]] = c;
    }
    for (int r = 0; r < olds.length; r++) {
      for (int j : options.of(olds[r], true)) {
        if (newAt[j] >= 0) {
          double p = p(olds[r], j);
          conf[r][newAt[j]] = p >= threshold ? p : 0;
        }
      }
    }
    for (int[] rc :
        Assignment.best(conf, olds.length <= EXACT_LIMIT && news.length <= EXACT_LIMIT)) {
      MutableGroup g = new MutableGroup(olds[rc[0]], news[rc[1]]);
      g.fromMeaning = true;
      g.confidence = conf[rc[0]][rc[1]];
      state.groups().add(g);
      state.ofOld()[olds[rc[0]]] = g;
      state.ofNew()[news[rc[1]]] = g;
    }
  }

  private Unmatched unmatched() {
    List<List<Cand>> olds = new ArrayList<>();
    for (int i = 0; i < evidence.olds(); i++) {
      olds.add(state.ofOld()[i] == null ? options.best(i, true, this::p) : List.of());
    }
    List<List<Cand>> news = new ArrayList<>();
    for (int j = 0; j < evidence.news(); j++) {
      news.add(state.ofNew()[j] == null ? options.best(j, false, this::p) : List.of());
    }
    return new Unmatched(olds, news);
  }

  private static int[] free(MutableGroup[] of) {
    int count = 0;
    for (MutableGroup g : of) {
      count += g == null ? 1 : 0;
    }
    int[] out = new int[count];
    int k = 0;
    for (int x = 0; x < of.length; x++) {
      if (of[x] == null) {
        out[k++] = x;
      }
    }
    return out;
  }
}
