package io.github.plandiff.testing;

import io.github.plandiff.model.Op;
import io.github.plandiff.model.Segment;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Grapheme-cluster boundaries (Unicode extended grapheme clusters, as {@code \X} finds them). */
public final class Graphemes {

  private static final Pattern CLUSTER = Pattern.compile("\\X");

  private Graphemes() {}

  /**
   * Returns the offsets at which a text may be cut without splitting a grapheme: 0, the end of each
   * cluster.
   *
   * @param text any text
   * @return the boundaries, ascending
   */
  public static TreeSet<Integer> boundaries(String text) {
    TreeSet<Integer> out = new TreeSet<>();
    out.add(0);
    Matcher m = CLUSTER.matcher(text);
    while (m.find()) {
      out.add(m.end());
    }
    return out;
  }

  /**
   * Lists the places where a redline cuts one of its two texts inside a grapheme cluster.
   *
   * @param redline the segments
   * @return one description per bad cut, empty when every cut falls between graphemes
   */
  public static List<String> badCuts(List<Segment> redline) {
    List<String> bad = new ArrayList<>();
    check(redline, Op.DELETE, Segment.oldText(redline), bad);
    check(redline, Op.INSERT, Segment.newText(redline), bad);
    return bad;
  }

  private static void check(List<Segment> redline, Op side, String text, List<String> bad) {
    TreeSet<Integer> ok = boundaries(text);
    int at = 0;
    for (Segment s : redline) {
      if (s.op() == Op.EQUAL || s.op() == side) {
        if (!ok.contains(at)) {
          bad.add(side + "-side cut at " + at + " before " + s.op() + " \"" + s.text() + "\"");
        }
        at += s.text().length();
      }
    }
  }
}
