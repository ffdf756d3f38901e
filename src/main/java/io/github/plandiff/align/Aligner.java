package io.github.plandiff.align;

import io.github.plandiff.model.Alignment;
import io.github.plandiff.model.Clause;
import io.github.plandiff.model.ClauseMatch;
import io.github.plandiff.model.Draft;
import io.github.plandiff.model.Relation;
import io.github.plandiff.model.TextNorm;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Aligns the top-level clauses of two drafts by their text, never by their number. Equal texts are
 * matched first; the rest by the assignment that maximises total similarity; what stays unmatched
 * is removed or added. Stateless and thread-safe.
 */
public final class Aligner {

  private final AlignerSettings settings;

  /**
   * Creates an aligner.
   *
   * @param settings the thresholds, not null
   */
  public Aligner(AlignerSettings settings) {
    this.settings = java.util.Objects.requireNonNull(settings, "settings");
  }

  /**
   * Aligns two drafts.
   *
   * @param oldDraft the old draft
   * @param newDraft the new draft
   * @return every top-level clause of both drafts in exactly one match
   */
  public Alignment align(Draft oldDraft, Draft newDraft) {
    List<Clause> olds = oldDraft.clauses();
    List<Clause> news = newDraft.clauses();
    List<String> oldKeys = keys(olds);
    List<String> newKeys = keys(news);
    int[] oldToNew = new int[olds.size()];
    java.util.Arrays.fill(oldToNew, -1);
    double[] sim = new double[olds.size()];
    boolean[] newTaken = new boolean[news.size()];
    matchEqual(oldKeys, newKeys, oldToNew, sim, newTaken);

    List<List<String>> oldTerms = terms(olds);
    List<List<String>> newTerms = terms(news);
    List<List<String>> all = new ArrayList<>(oldTerms);
    all.addAll(newTerms);
    Similarity similarity = new Similarity(all);
    List<Map<String, Double>> ov = new ArrayList<>();
    for (List<String> t : oldTerms) {
      ov.add(similarity.vector(t));
    }
    List<Map<String, Double>> nv = new ArrayList<>();
    for (List<String> t : newTerms) {
      nv.add(similarity.vector(t));
    }
    double[][] s = new double[olds.size()][news.size()];
    for (int i = 0; i < olds.size(); i++) {
      for (int j = 0; j < news.size(); j++) {
        s[i][j] = Similarity.cosine(ov.get(i), nv.get(j));
      }
    }
    Assignment.solve(s, oldToNew, newTaken, settings.matchThreshold());
    for (int i = 0; i < olds.size(); i++) {
      if (oldToNew[i] >= 0 && sim[i] == 0) {
        sim[i] = s[i][oldToNew[i]];
      }
    }
    return Ordering.build(olds, news, oldToNew, sim, s, oldKeys, newKeys);
  }

  private static void matchEqual(List<String> oldKeys, List<String> newKeys, int[] oldToNew,
      double[] sim, boolean[] newTaken) {
    Map<String, List<Integer>> byKey = new java.util.HashMap<>();
    for (int j = 0; j < newKeys.size(); j++) {
      byKey.computeIfAbsent(newKeys.get(j), k -> new ArrayList<>()).add(j);
    }
    for (int i = 0; i < oldKeys.size(); i++) {
      List<Integer> candidates = byKey.get(oldKeys.get(i));
      if (candidates != null && !candidates.isEmpty()) {
        int j = candidates.remove(0);
        oldToNew[i] = j;
        newTaken[j] = true;
        sim[i] = 1.0;
      }
    }
  }

  private static List<String> keys(List<Clause> clauses) {
    List<String> keys = new ArrayList<>(clauses.size());
    for (Clause c : clauses) {
      keys.add(TextNorm.forComparison(c.fullText()));
    }
    return keys;
  }

  private static List<List<String>> terms(List<Clause> clauses) {
    List<List<String>> terms = new ArrayList<>(clauses.size());
    for (Clause c : clauses) {
      terms.add(Similarity.terms(c.fullText()));
    }
    return terms;
  }

  static ClauseMatch unmatched(Relation relation, List<String> oldIds, List<String> newIds) {
    return new ClauseMatch(relation, oldIds, newIds, 0, 0, false, false);
  }
}
