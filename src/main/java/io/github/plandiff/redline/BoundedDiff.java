package io.github.plandiff.redline;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import io.github.plandiff.model.Op;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Marks which tokens of two token lists are deleted and inserted, in time and memory bounded for
 * any input. Texts of at most {@code wordLimit} tokens together are diffed word by word (Myers).
 * For larger ones, equal leading and trailing tokens are kept first, in linear time; a middle of at
 * most {@code wordLimit} tokens is diffed word by word. A larger one is split into sentences;
 * sentences that occur once in each text and keep their order anchor the texts (as in patience
 * diff, in O(n log n)); each stretch between anchors is diffed word by word while it is small and
 * the work budget lasts, else sentence by sentence, else deleted and inserted whole.
 */
final class BoundedDiff {

  private final List<String> a;
  private final List<String> b;
  private final int wordLimit;

  /** Worst-case Myers work (tokens squared) left for word diffs in a coarse redline. */
  private long budget;

  /** The tokens' ids, made at the first word diff. */
  private TokenIds ids;

  final Op[] oldOps;
  final Op[] newOps;
  Granularity granularity = Granularity.WORD;

  BoundedDiff(List<String> a, List<String> b, int wordLimit, long budget) {
    this.a = a;
    this.b = b;
    this.wordLimit = wordLimit;
    this.budget = budget;
    this.oldOps = new Op[a.size()];
    this.newOps = new Op[b.size()];
    Arrays.fill(oldOps, Op.EQUAL);
    Arrays.fill(newOps, Op.EQUAL);
  }

  BoundedDiff run() {
    if (a.isEmpty() || b.isEmpty()) {
      // The only edit script: everything deleted or everything inserted.
      mark(0, a.size(), 0, b.size());
      return this;
    }
    if (a.size() + b.size() <= wordLimit) {
      // Myers on the whole lists, untrimmed: trimming first can pick another of the equally short
      // edit scripts, and small redlines keep the form they always had.
      words(new Range(0, a.size(), 0, b.size()));
      return this;
    }
    Range r = trim(0, a.size(), 0, b.size());
    if (r == null) {
      return this;
    }
    if (r.size() <= wordLimit) {
      words(r);
    } else {
      note(Granularity.SENTENCE);
      anchored(r);
    }
    return this;
  }

  /** A stretch of both token lists, half-open. */
  private record Range(int aLo, int aHi, int bLo, int bHi) {
    long size() {
      return (aHi - aLo) + (long) (bHi - bLo);
    }
  }

  /** Drops equal leading and trailing tokens; marks a one-sided rest; null when nothing is left. */
  private Range trim(int aLo, int aHi, int bLo, int bHi) {
    while (aLo < aHi && bLo < bHi && a.get(aLo).equals(b.get(bLo))) {
      aLo++;
      bLo++;
    }
    while (aLo < aHi && bLo < bHi && a.get(aHi - 1).equals(b.get(bHi - 1))) {
      aHi--;
      bHi--;
    }
    if (aLo == aHi || bLo == bHi) {
      mark(aLo, aHi, bLo, bHi);
      return null;
    }
    return new Range(aLo, aHi, bLo, bHi);
  }

  /** Anchors on sentences unique to each side and in order, and diffs the stretches between. */
  private void anchored(Range r) {
    int[] aUnits = units(a, r.aLo, r.aHi);
    int[] bUnits = units(b, r.bLo, r.bHi);
    List<String> aKeys = keys(a, aUnits);
    List<String> bKeys = keys(b, bUnits);
    int[][] anchors = Anchors.find(aKeys, bKeys);
    int au = 0;
    int bu = 0;
    for (int k = 0; k <= anchors.length; k++) {
      int aEnd = k < anchors.length ? anchors[k][0] : aKeys.size();
      int bEnd = k < anchors.length ? anchors[k][1] : bKeys.size();
      gap(aUnits, au, aEnd, bUnits, bu, bEnd);
      au = aEnd + 1;
      bu = bEnd + 1;
    }
  }

  /** Diffs the units [au, aEnd) and [bu, bEnd) between two anchors. */
  private void gap(int[] aUnits, int au, int aEnd, int[] bUnits, int bu, int bEnd) {
    Range r = trim(aUnits[au], aUnits[aEnd], bUnits[bu], bUnits[bEnd]);
    if (r == null) {
      return;
    }
    if (refine(r)) {
      return;
    }
    if ((aEnd - au) + (bEnd - bu) > wordLimit) {
      block(r);
      return;
    }
    List<String> aKeys = keys(a, Arrays.copyOfRange(aUnits, au, aEnd + 1));
    List<String> bKeys = keys(b, Arrays.copyOfRange(bUnits, bu, bEnd + 1));
    for (AbstractDelta<String> delta : DiffUtils.diff(aKeys, bKeys).getDeltas()) {
      int as = au + delta.getSource().getPosition();
      int bs = bu + delta.getTarget().getPosition();
      Range d =
          trim(
              aUnits[as],
              aUnits[as + delta.getSource().size()],
              bUnits[bs],
              bUnits[bs + delta.getTarget().size()]);
      if (d != null && !refine(d)) {
        block(d);
      }
    }
  }

  /** Diffs a stretch word by word if it is small enough and the budget allows; tells whether. */
  private boolean refine(Range r) {
    long size = r.size();
    if (size > wordLimit || size * size > budget) {
      return false;
    }
    budget -= size * size;
    words(r);
    return true;
  }

  private void block(Range r) {
    note(Granularity.BLOCK);
    mark(r.aLo, r.aHi, r.bLo, r.bHi);
  }

  private void words(Range r) {
    if (ids == null) {
      ids = new TokenIds(a, b);
    }
    ids.diff(r.aLo, r.aHi, r.bLo, r.bHi, this::mark);
  }

  private void mark(int aLo, int aHi, int bLo, int bHi) {
    Arrays.fill(oldOps, aLo, aHi, Op.DELETE);
    Arrays.fill(newOps, bLo, bHi, Op.INSERT);
  }

  private void note(Granularity level) {
    if (level.compareTo(granularity) > 0) {
      granularity = level;
    }
  }

  /**
   * Splits a token range into sentences: entry k is the first token of sentence k, and the last
   * entry is {@code hi}. A sentence ends after ".", "!", "?" or ";" followed by a space, or after a
   * line break; the space belongs to the sentence it ends.
   */
  static int[] units(List<String> tokens, int lo, int hi) {
    List<Integer> starts = new ArrayList<>();
    starts.add(lo);
    for (int k = lo; k < hi - 1; k++) {
      String t = tokens.get(k);
      boolean stop =
          t.length() == 1 && ".!?;".indexOf(t.charAt(0)) >= 0 && tokens.get(k + 1).isBlank();
      if (stop) {
        k++;
        if (k + 1 < hi) {
          starts.add(k + 1);
        }
      } else if (t.indexOf('\n') >= 0) {
        starts.add(k + 1);
      }
    }
    starts.add(hi);
    int[] out = new int[starts.size()];
    for (int k = 0; k < out.length; k++) {
      out[k] = starts.get(k);
    }
    return out;
  }

  private static List<String> keys(List<String> tokens, int[] units) {
    List<String> keys = new ArrayList<>(units.length - 1);
    StringBuilder sb = new StringBuilder();
    for (int u = 0; u + 1 < units.length; u++) {
      sb.setLength(0);
      for (int k = units[u]; k < units[u + 1]; k++) {
        sb.append(tokens.get(k));
      }
      keys.add(sb.toString());
    }
    return keys;
  }

  /** Unique common units in a longest order-preserving chain, as in patience diff. */
  static final class Anchors {
    private Anchors() {}

    /** Returns pairs {i, j} of unit indexes, increasing in both. */
    static int[][] find(List<String> aKeys, List<String> bKeys) {
      Map<String, int[]> seen = new HashMap<>();
      for (int i = 0; i < aKeys.size(); i++) {
        int[] e = seen.computeIfAbsent(aKeys.get(i), k -> new int[] {0, -1, 0, -1});
        e[0]++;
        e[1] = i;
      }
      for (int j = 0; j < bKeys.size(); j++) {
        int[] e = seen.get(bKeys.get(j));
        if (e != null) {
          e[2]++;
          e[3] = j;
        }
      }
      int[] bToA = new int[bKeys.size()];
      Arrays.fill(bToA, -1);
      for (int j = 0; j < bKeys.size(); j++) {
        int[] e = seen.get(bKeys.get(j));
        if (e != null && e[0] == 1 && e[2] == 1) {
          bToA[j] = e[1];
        }
      }
      return chain(bToA);
    }

    /** The longest chain of j whose bToA[j] increase (patience sorting), as {i, j} pairs. */
    static int[][] chain(int[] bToA) {
      int n = bToA.length;
      int[] tail = new int[n];
      int[] prev = new int[n];
      int len = 0;
      for (int j = 0; j < n; j++) {
        int v = bToA[j];
        if (v < 0) {
          continue;
        }
        int lo = 0;
        int hi = len;
        while (lo < hi) {
          int mid = (lo + hi) >>> 1;
          if (bToA[tail[mid]] < v) {
            lo = mid + 1;
          } else {
            hi = mid;
          }
        }
        prev[j] = lo > 0 ? tail[lo - 1] : -1;
        tail[lo] = j;
        if (lo == len) {
          len++;
        }
      }
      int[][] out = new int[len][];
      int k = len > 0 ? tail[len - 1] : -1;
      for (int p = len - 1; p >= 0; p--) {
        out[p] = new int[] {bToA[k], k};
        k = prev[k];
      }
      return out;
    }
  }
}
