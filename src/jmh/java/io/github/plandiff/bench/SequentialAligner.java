package io.github.plandiff.bench;

import io.github.plandiff.model.Alignment;
import io.github.plandiff.model.Clause;
import io.github.plandiff.model.ClauseMatch;
import io.github.plandiff.model.Draft;
import io.github.plandiff.model.Relation;
import io.github.plandiff.model.TextNorm;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A linear-time stand-in for the aligner, for benchmarks only: clauses with equal normalised text
 * are matched through a hash map, and between two such matches that keep their order the remaining
 * clauses are paired in order as reworded. It finds no merges or splits, and its {@code margin} is
 * 0; it exists so that the stages after alignment can be measured at sizes where the real aligner
 * is too slow.
 */
public final class SequentialAligner {

  private SequentialAligner() {}

  /**
   * Aligns two drafts.
   *
   * @param oldDraft the old draft
   * @param newDraft the new draft
   * @return every top-level clause of both drafts in exactly one match, in the new draft's order
   */
  public static Alignment align(Draft oldDraft, Draft newDraft) {
    List<Clause> olds = oldDraft.clauses();
    List<Clause> news = newDraft.clauses();
    String[] oldKeys = keys(olds);
    String[] newKeys = keys(news);
    Map<String, ArrayDeque<Integer>> byKey = new HashMap<>();
    for (int j = 0; j < news.size(); j++) {
      byKey.computeIfAbsent(newKeys[j], k -> new ArrayDeque<>()).add(j);
    }
    int[] newToOld = new int[news.size()];
    Arrays.fill(newToOld, -1);
    int[] oldToNew = new int[olds.size()];
    Arrays.fill(oldToNew, -1);
    for (int i = 0; i < olds.size(); i++) {
      ArrayDeque<Integer> q = byKey.get(oldKeys[i]);
      if (q != null && !q.isEmpty()) {
        int j = q.pollFirst();
        oldToNew[i] = j;
        newToOld[j] = i;
      }
    }
    boolean[] inOrder = longestChain(newToOld);
    pairGaps(oldToNew, newToOld, inOrder);
    inOrder = longestChain(newToOld);
    List<List<Integer>> removedAfter = new ArrayList<>();
    for (int j = 0; j <= news.size(); j++) {
      removedAfter.add(new ArrayList<>());
    }
    int anchor = -1;
    for (int i = 0; i < olds.size(); i++) {
      if (oldToNew[i] >= 0) {
        anchor = oldToNew[i];
      } else {
        removedAfter.get(anchor + 1).add(i);
      }
    }
    List<ClauseMatch> matches = new ArrayList<>(olds.size() + news.size());
    removed(matches, olds, removedAfter.get(0));
    for (int j = 0; j < news.size(); j++) {
      int o = newToOld[j];
      Clause nc = news.get(j);
      if (o < 0) {
        matches.add(unmatched(Relation.ADDED, null, nc.id()));
      } else {
        Clause oc = olds.get(o);
        boolean equal = oldKeys[o].equals(newKeys[j]);
        matches.add(
            new ClauseMatch(
                equal ? Relation.UNCHANGED : Relation.REWORDED,
                List.of(oc.id()),
                List.of(nc.id()),
                equal ? 1.0 : 0.5,
                0,
                !inOrder[j],
                !oc.id().equals(nc.id())));
      }
      removed(matches, olds, removedAfter.get(j + 1));
    }
    return new Alignment(matches);
  }

  private static String[] keys(List<Clause> clauses) {
    String[] keys = new String[clauses.size()];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = TextNorm.forComparison(clauses.get(i).fullText());
    }
    return keys;
  }

  private static void removed(List<ClauseMatch> matches, List<Clause> olds, List<Integer> idx) {
    for (int i : idx) {
      matches.add(unmatched(Relation.REMOVED, olds.get(i).id(), null));
    }
  }

  /** Between consecutive in-order matches, pairs the unmatched old and new clauses in order. */
  private static void pairGaps(int[] oldToNew, int[] newToOld, boolean[] inOrder) {
    int prevOld = -1;
    int prevNew = -1;
    for (int j = 0; j <= newToOld.length; j++) {
      if (j < newToOld.length && (newToOld[j] < 0 || !inOrder[j])) {
        continue;
      }
      int curOld = j < newToOld.length ? newToOld[j] : oldToNew.length;
      int i = prevOld + 1;
      int k = prevNew + 1;
      while (i < curOld && k < j) {
        if (oldToNew[i] >= 0) {
          i++;
        } else if (newToOld[k] >= 0) {
          k++;
        } else {
          oldToNew[i] = k;
          newToOld[k] = i;
          i++;
          k++;
        }
      }
      prevOld = curOld;
      prevNew = j;
    }
  }

  /** Marks the new positions on a longest increasing chain of old positions. */
  private static boolean[] longestChain(int[] newToOld) {
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

  private static ClauseMatch unmatched(Relation relation, String oldId, String newId) {
    return new ClauseMatch(
        relation,
        oldId == null ? List.of() : List.of(oldId),
        newId == null ? List.of() : List.of(newId),
        0,
        0,
        false,
        false);
  }
}
