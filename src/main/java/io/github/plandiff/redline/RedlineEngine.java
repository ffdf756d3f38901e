package io.github.plandiff.redline;

import io.github.plandiff.model.Op;
import io.github.plandiff.model.Segment;
import io.github.plandiff.model.Significance;
import io.github.plandiff.model.TextNorm;
import java.util.ArrayList;
import java.util.List;

/**
 * Computes lossless word-level redlines. The {@code EQUAL} and {@code DELETE} segments of a result
 * concatenate to the old text exactly, the {@code EQUAL} and {@code INSERT} segments to the new
 * text. After the diff, a readability pass folds short kept runs between edits and mostly rewritten
 * sentences into single replacements, never across a kept sentence end. Stateless and thread-safe.
 */
public final class RedlineEngine {

  /**
   * The most word tokens (words, spaces and symbols of both texts, past their common beginning and
   * end) diffed word by word at once; Myers' diff takes up to the square of this in the worst case.
   * Larger texts are diffed by sentences or lines first.
   */
  static final int WORD_LIMIT = 8_000;

  /** Worst-case work allowed for word diffs inside changed sentences of a coarse redline. */
  static final long REFINE_BUDGET = 64_000_000L;

  private final int wordLimit;
  private final long refineBudget;
  private final boolean readable;

  /** Creates an engine. */
  public RedlineEngine() {
    this(WORD_LIMIT, REFINE_BUDGET);
  }

  RedlineEngine(int wordLimit, long refineBudget) {
    this(wordLimit, refineBudget, true);
  }

  /** An engine that leaves out the {@link Readability} pass when {@code readable} is false. */
  RedlineEngine(int wordLimit, long refineBudget, boolean readable) {
    this.wordLimit = wordLimit;
    this.refineBudget = refineBudget;
    this.readable = readable;
  }

  /**
   * Computes the redline from one text to another.
   *
   * @param oldText the old text, not null
   * @param newText the new text, not null
   * @return the segments, adjacent segments never sharing an op; empty when both texts are empty
   */
  public List<Segment> redline(String oldText, String newText) {
    return diff(oldText, newText).segments();
  }

  /**
   * Computes the redline from one text to another and says how finely it was computed. Time and
   * memory stay bounded for texts of any size: when the texts are too long for a word-by-word diff,
   * they are compared by sentences or lines first (see {@link Granularity}).
   *
   * @param oldText the old text, not null
   * @param newText the new text, not null
   * @return the redline, lossless whatever its granularity
   */
  public Redline diff(String oldText, String newText) {
    if (oldText.equals(newText)) {
      return same(oldText);
    }
    if (oldText.isEmpty() || newText.isEmpty()) {
      // Everything deleted or everything inserted: no tokens to make or compare.
      Op op = oldText.isEmpty() ? Op.INSERT : Op.DELETE;
      String text = oldText.isEmpty() ? newText : oldText;
      return new Redline(List.of(new Segment(op, text)), Granularity.WORD, Tokenizer.count(text));
    }
    return diff(Tokenizer.tokenize(oldText), Tokenizer.tokenize(newText));
  }

  /**
   * Computes the redline from one tokenised text to another, as {@link #diff(String, String)} does
   * from their texts.
   *
   * @param oldText the old text, not null
   * @param newText the new text, not null
   * @return the redline, lossless whatever its granularity
   */
  public Redline diff(TokenizedText oldText, TokenizedText newText) {
    if (oldText.text().equals(newText.text())) {
      return same(oldText.text());
    }
    return diff(oldText.tokens(), newText.tokens());
  }

  private static Redline same(String text) {
    List<Segment> same = text.isEmpty() ? List.of() : List.of(new Segment(Op.EQUAL, text));
    return new Redline(same, Granularity.WORD, 0);
  }

  private Redline diff(List<String> a, List<String> b) {
    BoundedDiff d = new BoundedDiff(a, b, wordLimit, refineBudget).run();
    List<Segment> segments = new SegmentBuilder(a, d.oldOps, b, d.newOps).build();
    if (readable) {
      segments = Readability.tidy(segments);
    }
    return new Redline(segments, d.granularity, a.size() + b.size());
  }

  /**
   * Tells whether two texts differ only in case, punctuation, whitespace, quote or dash style.
   *
   * @param oldText the old text
   * @param newText the new text
   * @return {@code COSMETIC} or {@code SUBSTANTIVE}
   */
  public Significance significance(String oldText, String newText) {
    return TextNorm.sameCosmeticKey(oldText, newText)
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
          boolean bridge =
              (del.length() > 0 || ins.length() > 0)
                  && isBlank(i, run)
                  && i + run < a.size()
                  && j + run < b.size()
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
      while (i + run < a.size()
          && j + run < b.size()
          && oldOps[i + run] == Op.EQUAL
          && newOps[j + run] == Op.EQUAL) {
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
