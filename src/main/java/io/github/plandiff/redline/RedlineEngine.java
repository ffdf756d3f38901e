package io.github.plandiff.redline;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.myers.MyersDiff;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import io.github.plandiff.model.Op;
import io.github.plandiff.model.Segment;
import io.github.plandiff.model.Significance;
import io.github.plandiff.model.TextNorm;
import java.util.ArrayList;
import java.util.List;

/**
 * Computes lossless word-level redlines. The {@code EQUAL} and {@code DELETE} segments of a result
 * concatenate to the old text exactly, the {@code EQUAL} and {@code INSERT} segments to the new
 * text. Segment boundaries never fall inside a grapheme cluster. Time is bounded: see {@link
 * #MAX_DIFF_TOKENS}. Stateless and thread-safe.
 */
public final class RedlineEngine {

  /**
   * The largest word diff computed, in old plus new tokens (words, spaces, punctuation); longer
   * texts first have their common start and end set aside. The diff takes time of the square of
   * that in the worst case (about a second at this size); a larger differing middle is shown as
   * one deletion and one insertion.
   */
  static final int MAX_DIFF_TOKENS = 5_000;

  /** Creates an engine. */
  public RedlineEngine() {}

  /**
   * Computes the redline from one text to another.
   *
   * @param oldText the old text, not null
   * @param newText the new text, not null
   * @return the segments, adjacent segments never sharing an op; empty when both texts are empty
   */
  public List<Segment> redline(String oldText, String newText) {
    if (oldText.equals(newText)) {
      return oldText.isEmpty() ? List.of() : List.of(new Segment(Op.EQUAL, oldText));
    }
    List<String> a = Tokenizer.tokenize(oldText);
    List<String> b = Tokenizer.tokenize(newText);
    Op[] oldOps = new Op[a.size()];
    Op[] newOps = new Op[b.size()];
    java.util.Arrays.fill(oldOps, Op.EQUAL);
    java.util.Arrays.fill(newOps, Op.EQUAL);
    if (a.isEmpty() || b.isEmpty()) {
      java.util.Arrays.fill(oldOps, Op.DELETE);
      java.util.Arrays.fill(newOps, Op.INSERT);
    } else if (a.size() + b.size() <= MAX_DIFF_TOKENS) {
      mark(DiffUtils.diff(a, b, new MyersDiff<String>()), 0, oldOps, newOps);
    } else {
      diffLong(a, b, oldOps, newOps);
    }
    return new SegmentBuilder(a, oldOps, b, newOps).build();
  }

  /** Sets the common start and end aside, then diffs the middle if it is within the bound. */
  private static void diffLong(List<String> a, List<String> b, Op[] oldOps, Op[] newOps) {
    int prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
        && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
      suffix++;
    }
    List<String> midA = a.subList(prefix, a.size() - suffix);
    List<String> midB = b.subList(prefix, b.size() - suffix);
    if (midA.isEmpty() || midB.isEmpty() || midA.size() + midB.size() > MAX_DIFF_TOKENS) {
      // Pure insertions and deletions need no diff; beyond the bound the middle is shown as one
      // deletion and one insertion (still lossless).
      java.util.Arrays.fill(oldOps, prefix, a.size() - suffix, Op.DELETE);
      java.util.Arrays.fill(newOps, prefix, b.size() - suffix, Op.INSERT);
    } else {
      mark(DiffUtils.diff(midA, midB, new MyersDiff<String>()), prefix, oldOps, newOps);
    }
  }

  private static void mark(Patch<String> patch, int offset, Op[] oldOps, Op[] newOps) {
    for (AbstractDelta<String> delta : patch.getDeltas()) {
      int s = offset + delta.getSource().getPosition();
      java.util.Arrays.fill(oldOps, s, s + delta.getSource().size(), Op.DELETE);
      int t = offset + delta.getTarget().getPosition();
      java.util.Arrays.fill(newOps, t, t + delta.getTarget().size(), Op.INSERT);
    }
  }

  /**
   * Tells whether two texts differ only in case, punctuation, whitespace, quote or dash style.
   *
   * @param oldText the old text
   * @param newText the new text
   * @return {@code COSMETIC} or {@code SUBSTANTIVE}
   */
  public Significance significance(String oldText, String newText) {
    return TextNorm.cosmeticKey(oldText).equals(TextNorm.cosmeticKey(newText))
        ? Significance.COSMETIC
        : Significance.SUBSTANTIVE;
  }

  /** Walks both token lists in step and groups each run of changes as deletions then insertions. */
  private static final class SegmentBuilder {
    private final List<String> a;
    private final Op[] oldOps;
    private final List<String> b;
    private final Op[] newOps;
    private final List<Segment> out = new ArrayList<>();

    SegmentBuilder(List<String> a, Op[] oldOps, List<String> b, Op[] newOps) {
      this.a = a;
      this.oldOps = oldOps;
      this.b = b;
      this.newOps = newOps;
    }

    List<Segment> build() {
      int i = 0;
      int j = 0;
      StringBuilder del = new StringBuilder();
      StringBuilder ins = new StringBuilder();
      while (i < a.size() || j < b.size()) {
        if (i < a.size() && oldOps[i] == Op.DELETE) {
          del.append(a.get(i++));
        } else if (j < b.size() && newOps[j] == Op.INSERT) {
          ins.append(b.get(j++));
        } else {
          int run = equalRun(i, j);
          boolean bridge = (del.length() > 0 || ins.length() > 0)
              && isBlank(i, run)
              && i + run < a.size() && j + run < b.size()
              && (oldOps[i + run] == Op.DELETE || newOps[j + run] == Op.INSERT);
          StringBuilder eq = new StringBuilder();
          for (int k = 0; k < run; k++) {
            eq.append(a.get(i + k));
          }
          i += run;
          j += run;
          if (bridge) {
            // A lone space between two changes reads better inside the change.
            del.append(eq);
            ins.append(eq);
          } else {
            flush(del, ins);
            emit(Op.EQUAL, eq);
          }
        }
      }
      flush(del, ins);
      return List.copyOf(out);
    }

    private int equalRun(int i, int j) {
      int run = 0;
      while (i + run < a.size() && j + run < b.size()
          && oldOps[i + run] == Op.EQUAL && newOps[j + run] == Op.EQUAL) {
        run++;
      }
      return run;
    }

    private boolean isBlank(int i, int run) {
      for (int k = 0; k < run; k++) {
        if (!a.get(i + k).isBlank()) {
          return false;
        }
      }
      return run > 0;
    }

    private void flush(StringBuilder del, StringBuilder ins) {
      emit(Op.DELETE, del);
      emit(Op.INSERT, ins);
      del.setLength(0);
      ins.setLength(0);
    }

    private void emit(Op op, CharSequence text) {
      if (text.length() == 0) {
        return;
      }
      int last = out.size() - 1;
      if (last >= 0 && out.get(last).op() == op) {
        out.set(last, new Segment(op, out.get(last).text() + text));
      } else {
        out.add(new Segment(op, text.toString()));
      }
    }
  }
}
