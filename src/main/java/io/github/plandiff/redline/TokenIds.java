package io.github.plandiff.redline;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The word diff of two token lists on integer ids: equal tokens get the same id, so Myers compares
 * numbers instead of strings. Stretches of at most {@link #ANCHOR_FROM} tokens are diffed by Myers
 * as they are, which gives exactly the edit script of Myers on the tokens themselves. Longer ones
 * keep their common beginning and end, then anchor on tokens that occur exactly once in each side's
 * stretch and keep their order (a longest chain, as in patience diff), and diff the stretches
 * between anchors the same way: Myers' work grows with the product of length and edit distance, so
 * a long text rewritten in part costs far less in pieces.
 */
final class TokenIds {

  /** The longest stretch (tokens of both sides) diffed by Myers without anchors first. */
  static final int ANCHOR_FROM = 2_000;

  /** Receives each change found: tokens [aLo, aHi) deleted and [bLo, bHi) inserted. */
  interface Marks {
    void mark(int aLo, int aHi, int bLo, int bHi);
  }

  private final int[] a;
  private final int[] b;
  private final List<Integer> boxedA;
  private final List<Integer> boxedB;
  private final int distinct;

  TokenIds(List<String> aTokens, List<String> bTokens) {
    Map<String, Integer> ids = new HashMap<>();
    a = ids(aTokens, ids);
    b = ids(bTokens, ids);
    distinct = ids.size();
    boxedA = boxed(a);
    boxedB = boxed(b);
  }

  private static int[] ids(List<String> tokens, Map<String, Integer> ids) {
    int[] out = new int[tokens.size()];
    for (int k = 0; k < out.length; k++) {
      Integer id = ids.get(tokens.get(k));
      if (id == null) {
        id = ids.size();
        ids.put(tokens.get(k), id);
      }
      out[k] = id;
    }
    return out;
  }

  private static List<Integer> boxed(int[] ids) {
    Integer[] out = new Integer[ids.length];
    for (int k = 0; k < ids.length; k++) {
      out[k] = ids[k];
    }
    return Arrays.asList(out);
  }

  /** Diffs [aLo, aHi) against [bLo, bHi) and reports each change. */
  void diff(int aLo, int aHi, int bLo, int bHi, Marks out) {
    if ((aHi - aLo) + (bHi - bLo) <= ANCHOR_FROM) {
      myers(aLo, aHi, bLo, bHi, out);
      return;
    }
    while (aLo < aHi && bLo < bHi && a[aLo] == b[bLo]) {
      aLo++;
      bLo++;
    }
    while (aLo < aHi && bLo < bHi && a[aHi - 1] == b[bHi - 1]) {
      aHi--;
      bHi--;
    }
    if (aLo == aHi || bLo == bHi) {
      out.mark(aLo, aHi, bLo, bHi);
      return;
    }
    int[][] anchors = anchors(aLo, aHi, bLo, bHi);
    if (anchors.length == 0) {
      myers(aLo, aHi, bLo, bHi, out);
      return;
    }
    int ai = aLo;
    int bi = bLo;
    for (int[] anchor : anchors) {
      diff(ai, anchor[0], bi, anchor[1], out);
      ai = anchor[0] + 1;
      bi = anchor[1] + 1;
    }
    diff(ai, aHi, bi, bHi, out);
  }

  private void myers(int aLo, int aHi, int bLo, int bHi, Marks out) {
    if (aLo == aHi || bLo == bHi) {
      if (aLo < aHi || bLo < bHi) {
        out.mark(aLo, aHi, bLo, bHi);
      }
      return;
    }
    List<AbstractDelta<Integer>> deltas =
        DiffUtils.diff(boxedA.subList(aLo, aHi), boxedB.subList(bLo, bHi)).getDeltas();
    for (AbstractDelta<Integer> delta : deltas) {
      int s = aLo + delta.getSource().getPosition();
      int t = bLo + delta.getTarget().getPosition();
      out.mark(s, s + delta.getSource().size(), t, t + delta.getTarget().size());
    }
  }

  /** Tokens that occur once in each stretch, on a longest chain in order on both sides. */
  private int[][] anchors(int aLo, int aHi, int bLo, int bHi) {
    int[] countA = new int[distinct];
    int[] countB = new int[distinct];
    int[] whereA = new int[distinct];
    for (int i = aLo; i < aHi; i++) {
      countA[a[i]]++;
      whereA[a[i]] = i;
    }
    for (int j = bLo; j < bHi; j++) {
      countB[b[j]]++;
    }
    int[] bToA = new int[bHi - bLo];
    for (int j = bLo; j < bHi; j++) {
      int id = b[j];
      bToA[j - bLo] = countA[id] == 1 && countB[id] == 1 ? whereA[id] : -1;
    }
    int[][] chain = BoundedDiff.Anchors.chain(bToA);
    for (int[] pair : chain) {
      pair[1] += bLo;
    }
    return chain;
  }
}
