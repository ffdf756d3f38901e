package io.github.plandiff.align;

import io.github.plandiff.model.Alignment;
import io.github.plandiff.model.Clause;
import io.github.plandiff.model.ClauseMatch;
import io.github.plandiff.model.Relation;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a one-to-one assignment into matches in the new draft's order, each removed clause after
 * its nearest surviving predecessor, with the {@code moved} flag from the longest chain of
 * matches whose orders agree.
 */
final class Ordering {

  private Ordering() {}

  static Alignment build(List<Clause> olds, List<Clause> news, int[] oldToNew, double[] sim,
      double[][] s, List<String> oldKeys, List<String> newKeys) {
    int[] newToOld = new int[news.size()];
    java.util.Arrays.fill(newToOld, -1);
    for (int i = 0; i < olds.size(); i++) {
      if (oldToNew[i] >= 0) {
        newToOld[oldToNew[i]] = i;
      }
    }
    boolean[] inOrder = longestChain(newToOld);
    List<List<Integer>> removedAfter = new ArrayList<>();
    for (int j = 0; j <= news.size(); j++) {
      removedAfter.add(new ArrayList<>());
    }
    // Removed clauses follow the new position of their nearest matched predecessor.
    int anchor = -1;
    for (int i = 0; i < olds.size(); i++) {
      if (oldToNew[i] >= 0) {
        anchor = oldToNew[i];
      } else {
        removedAfter.get(anchor + 1).add(i);
      }
    }
    List<ClauseMatch> matches = new ArrayList<>();
    addRemoved(matches, olds, removedAfter.get(0));
    for (int j = 0; j < news.size(); j++) {
      Clause nc = news.get(j);
      int i = newToOld[j];
      if (i < 0) {
        matches.add(Aligner.unmatched(Relation.ADDED, List.of(), List.of(nc.id())));
      } else {
        Clause oc = olds.get(i);
        Relation relation = oldKeys.get(i).equals(newKeys.get(j)) ? Relation.UNCHANGED : Relation.REWORDED;
        double similarity = relation == Relation.UNCHANGED ? 1.0 : sim[i];
        matches.add(new ClauseMatch(relation, List.of(oc.id()), List.of(nc.id()), similarity,
            margin(s, i, j, similarity), !inOrder[j], !sameLabel(oc, nc)));
      }
      addRemoved(matches, olds, removedAfter.get(j + 1));
    }
    return new Alignment(matches);
  }

  private static double margin(double[][] s, int i, int j, double similarity) {
    double next = 0;
    for (int k = 0; k < s[i].length; k++) {
      if (k != j) {
        next = Math.max(next, s[i][k]);
      }
    }
    for (int k = 0; k < s.length; k++) {
      if (k != i) {
        next = Math.max(next, s[k][j]);
      }
    }
    return Math.max(0, Math.min(1, similarity - next));
  }

  private static boolean sameLabel(Clause a, Clause b) {
    return a.id().equals(b.id());
  }

  private static void addRemoved(List<ClauseMatch> matches, List<Clause> olds, List<Integer> idx) {
    for (int i : idx) {
      matches.add(Aligner.unmatched(Relation.REMOVED, List.of(olds.get(i).id()), List.of()));
    }
  }

  /** Marks the new positions on a longest increasing chain of old positions (ties: earliest). */
  static boolean[] longestChain(int[] newToOld) {
    int n = newToOld.length;
    int[] tailIdx = new int[n];
    int[] prev = new int[n];
    int len = 0;
    for (int j = 0; j < n; j++) {
      int v = newToOld[j];
      if (v < 0) {
        continue;
      }
      int lo = 0;
      int hi = len;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (newToOld[tailIdx[mid]] < v) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      prev[j] = lo > 0 ? tailIdx[lo - 1] : -1;
      tailIdx[lo] = j;
      if (lo == len) {
        len++;
      }
    }
    boolean[] on = new boolean[n];
    int k = len > 0 ? tailIdx[len - 1] : -1;
    while (k >= 0) {
      on[k] = true;
      k = prev[k];
    }
    return on;
  }
}
