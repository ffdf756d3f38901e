package io.github.plandiff.classify;

import io.github.plandiff.model.Op;
import io.github.plandiff.model.Segment;
import java.util.ArrayList;
import java.util.List;

/** A test-only word redline: an LCS over runs of non-space and space characters. */
final class WordLcs {

  private WordLcs() {}

  static List<Segment> redline(String a, String b) {
    List<String> x = tokens(a);
    List<String> y = tokens(b);
    int[][] lcs = new int[x.size() + 1][y.size() + 1];
    for (int i = x.size() - 1; i >= 0; i--) {
      for (int j = y.size() - 1; j >= 0; j--) {
        lcs[i][j] =
            x.get(i).equals(y.get(j))
                ? lcs[i + 1][j + 1] + 1
                : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    List<Segment> out = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < x.size() || j < y.size()) {
      if (i < x.size() && j < y.size() && x.get(i).equals(y.get(j))) {
        add(out, Op.EQUAL, x.get(i++));
        j++;
      } else if (j < y.size() && (i == x.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
        add(out, Op.INSERT, y.get(j++));
      } else {
        add(out, Op.DELETE, x.get(i++));
      }
    }
    return out;
  }

  private static void add(List<Segment> out, Op op, String text) {
    if (!out.isEmpty() && out.get(out.size() - 1).op() == op) {
      Segment last = out.remove(out.size() - 1);
      out.add(new Segment(op, last.text() + text));
    } else {
      out.add(new Segment(op, text));
    }
  }

  private static List<String> tokens(String s) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      int start = i;
      boolean space = Character.isWhitespace(s.charAt(i));
      while (i < s.length() && Character.isWhitespace(s.charAt(i)) == space) {
        i++;
      }
      out.add(s.substring(start, i));
    }
    return out;
  }
}
