package io.github.plandiff.classify;

import io.github.plandiff.model.Op;
import io.github.plandiff.model.Segment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where a change's signals sit: the offset in the new text by which they are ordered (old-only
 * evidence projected through the redline) and the id of the clause an offset falls in. The redline
 * and the line breaks of both texts are read once, so that each look-up is a binary search instead
 * of a pass over the whole text: a change of many clauses can carry thousands of signals.
 */
final class SignalPlaces {

  /** Whether the redline's old side is the old text; old offsets are projected only then. */
  private final boolean projectable;

  /** For each segment that is not an insertion: where it ends in the old text. */
  private final int[] oldEnds;

  /** For each such segment: where it starts in the old and in the new text, and whether equal. */
  private final int[] oldStarts;

  private final int[] newStarts;
  private final boolean[] equal;
  private final int newLength;
  private final int[] oldBreaks;
  private final int[] newBreaks;

  SignalPlaces(List<Segment> redline, String oldText, String newText) {
    this.projectable = Segment.oldText(redline).equals(oldText);
    List<int[]> kept = new ArrayList<>();
    int oldPos = 0;
    int newPos = 0;
    for (Segment s : redline) {
      int len = s.text().length();
      if (s.op() == Op.INSERT) {
        newPos += len;
        continue;
      }
      kept.add(new int[] {oldPos, oldPos + len, newPos, s.op() == Op.EQUAL ? 1 : 0});
      oldPos += len;
      if (s.op() == Op.EQUAL) {
        newPos += len;
      }
    }
    this.newLength = newPos;
    this.oldStarts = kept.stream().mapToInt(e -> e[0]).toArray();
    this.oldEnds = kept.stream().mapToInt(e -> e[1]).toArray();
    this.newStarts = kept.stream().mapToInt(e -> e[2]).toArray();
    this.equal = new boolean[kept.size()];
    for (int k = 0; k < equal.length; k++) {
      equal[k] = kept.get(k)[3] == 1;
    }
    this.oldBreaks = breaks(oldText);
    this.newBreaks = breaks(newText);
  }

  /** Where a signal sits in the new text; old-only evidence is projected through the redline. */
  int position(ClauseAnalysis.Found f) {
    if (f.newOffset() >= 0) {
      return f.newOffset();
    }
    if (!projectable) {
      return 0;
    }
    int k = firstEndAfter(f.oldOffset());
    if (k == oldEnds.length) {
      return newLength;
    }
    return equal[k] ? newStarts[k] + f.oldOffset() - oldStarts[k] : newStarts[k];
  }

  /** The first kept segment that ends after an old offset, or their count. */
  private int firstEndAfter(int offset) {
    int lo = 0;
    int hi = oldEnds.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (oldEnds[mid] > offset) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  /**
   * The id of the clause an offset falls in, when the side's clauses are one per line.
   *
   * @param ids the side's clause ids
   * @param newSide whether the offset is in the new text
   * @param offset the offset, or -1
   */
  String idAt(List<String> ids, boolean newSide, int offset) {
    if (ids.isEmpty()) {
      return "";
    }
    if (ids.size() == 1 || offset < 0) {
      return ids.get(0);
    }
    int[] breaks = newSide ? newBreaks : oldBreaks;
    if (breaks.length != ids.size() - 1) {
      return ids.get(0);
    }
    int at = Arrays.binarySearch(breaks, offset);
    return ids.get(at >= 0 ? at : -at - 1);
  }

  private static int[] breaks(String text) {
    int count = 0;
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      count++;
    }
    int[] out = new int[count];
    int k = 0;
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      out[k++] = i;
    }
    return out;
  }
}
