package io.github.plandiff.redline;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts the edges of edits on the best boundaries, for {@link Readability}: an insertion or deletion
 * that could sit a few tokens earlier or later with the same texts is moved to where its edges
 * score best ({@link Text#edgeScore}), and spaces that both sides of a replacement share at its
 * edges are shown as kept.
 */
final class Boundaries {

  /** Furthest an insertion or deletion is slid, in tokens each way. */
  private static final int MAX_SLIDE = 64;

  private Boundaries() {}

  static List<Part> align(List<Part> parts) {
    List<Part> out = new ArrayList<>(parts);
    for (int k = 0; k < out.size(); k++) {
      Part p = out.get(k);
      if (!p.isChange()) {
        continue;
      }
      Part before = k > 0 ? out.get(k - 1) : Part.kept("");
      Part after = k + 1 < out.size() ? out.get(k + 1) : Part.kept("");
      if (before.isChange() || after.isChange()) {
        continue;
      }
      Part[] three =
          p.oldText().isEmpty() || p.newText().isEmpty()
              ? slide(before.oldText(), p, after.oldText())
              : trim(before.oldText(), p, after.oldText());
      replace(out, k, three);
    }
    return out;
  }

  private static void replace(List<Part> out, int k, Part[] three) {
    if (k > 0) {
      out.set(k - 1, three[0]);
    } else if (!three[0].oldText().isEmpty()) {
      out.add(k++, three[0]);
    }
    out.set(k, three[1]);
    if (k + 1 < out.size()) {
      out.set(k + 1, three[2]);
    } else if (!three[2].oldText().isEmpty()) {
      out.add(three[2]);
    }
  }

  /** Moves whitespace that both sides of a replacement begin or end with into the kept text. */
  private static Part[] trim(String before, Part edit, String after) {
    String del = edit.oldText();
    String ins = edit.newText();
    int lead = 0;
    while (lead < del.length()
        && lead < ins.length()
        && del.charAt(lead) == ins.charAt(lead)
        && Character.isWhitespace(del.charAt(lead))) {
      lead++;
    }
    int tail = 0;
    while (tail < del.length() - lead
        && tail < ins.length() - lead
        && del.charAt(del.length() - 1 - tail) == ins.charAt(ins.length() - 1 - tail)
        && Character.isWhitespace(del.charAt(del.length() - 1 - tail))) {
      tail++;
    }
    if (lead == del.length()
        || lead == ins.length()
        || lead + tail >= Math.min(del.length(), ins.length())) {
      return new Part[] {Part.kept(before), edit, Part.kept(after)};
    }
    return new Part[] {
      Part.kept(before + del.substring(0, lead)),
      Part.edit(del.substring(lead, del.length() - tail), ins.substring(lead, ins.length() - tail)),
      Part.kept(del.substring(del.length() - tail) + after)
    };
  }

  /**
   * Slides an insertion or deletion along the kept text around it, token by token, as far as the
   * texts stay the same, and keeps the place with the best edges; ties keep the place the diff
   * gave.
   */
  private static Part[] slide(String before, Part edit, String after) {
    boolean deletion = edit.newText().isEmpty();
    String moved = deletion ? edit.oldText() : edit.newText();
    if (!before.endsWith(moved.substring(moved.length() - 1))
        && !after.startsWith(moved.substring(0, 1))) {
      return new Part[] {Part.kept(before), edit, Part.kept(after)};
    }
    // Only the tokens next to the edit can take part: at most MAX_SLIDE each way, and two more
    // for the edges' scores. The rest of each kept text stays one string.
    int window = MAX_SLIDE + 3;
    int headEnd = Tokenizer.tailStart(before, window);
    List<String> left = Tokenizer.tokenize(before.substring(headEnd));
    List<String> mid = Tokenizer.tokenize(moved);
    List<String> right = new ArrayList<>();
    int tailStart = Tokenizer.tokenizeHead(after, window, right);
    int back = reach(left, mid, true);
    int ahead = reach(right, mid, false);
    if (back == 0 && ahead == 0) {
      return new Part[] {Part.kept(before), edit, Part.kept(after)};
    }
    List<String> all = new ArrayList<>(left);
    all.addAll(mid);
    all.addAll(right);
    int best = best(all, left.size(), mid.size(), back, ahead);
    String pre = before.substring(0, headEnd) + String.join("", all.subList(0, best));
    String text = String.join("", all.subList(best, best + mid.size()));
    String post =
        String.join("", all.subList(best + mid.size(), all.size())) + after.substring(tailStart);
    Part middle = deletion ? Part.edit(text, "") : Part.edit("", text);
    return new Part[] {Part.kept(pre), middle, Part.kept(post)};
  }

  /**
   * How many tokens an edit can slide over the kept tokens next to it: as many as end both lists
   * alike ({@code back}) or start them alike, up to the edit's length, always leaving one kept
   * token so that edits never run together.
   */
  private static int reach(List<String> kept, List<String> edit, boolean back) {
    int n = 0;
    while (n < MAX_SLIDE && n < kept.size() - 1 && n < edit.size()) {
      String k = back ? kept.get(kept.size() - 1 - n) : kept.get(n);
      String e = back ? edit.get(edit.size() - 1 - n) : edit.get(n);
      if (!k.equals(e)) {
        break;
      }
      n++;
    }
    return n;
  }

  /** The start of the edit's best place, nearest the diff's place first, the diff's on ties. */
  private static int best(List<String> all, int at, int length, int back, int ahead) {
    int best = at;
    int bestScore = score(all, at, length);
    for (int shift = 1; shift <= Math.max(back, ahead); shift++) {
      for (int from : new int[] {at - shift, at + shift}) {
        boolean allowed = from < at ? shift <= back : shift <= ahead;
        int s = allowed ? score(all, from, length) : -1;
        if (s > bestScore) {
          best = from;
          bestScore = s;
        }
      }
    }
    return best;
  }

  private static int score(List<String> all, int from, int length) {
    String pre = (from > 1 ? all.get(from - 2) : "") + (from > 0 ? all.get(from - 1) : "");
    String first = all.get(from);
    int end = from + length;
    String last =
        (length > 1 ? all.get(end - 2) : from > 0 ? all.get(from - 1) : "") + all.get(end - 1);
    String post = end < all.size() ? all.get(end) : "";
    return Text.edgeScore(pre, first) + Text.edgeScore(last, post);
  }
}
