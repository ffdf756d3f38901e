package io.github.plandiff.classify;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds deadlines in a sentence: durations ("within 100 days"), dates after a marker ("by 2027",
 * "by 1 March 2026") and anchors ("upon signature"). Adjacent ones are one deadline ("30 days after
 * signature"). Years and durations in the past ("the past 30 years") are marked used but are no
 * deadline.
 */
final class Deadlines {

  private static final Set<String> TRAILING = Set.of("after", "before", "from");

  private final Rules r;

  Deadlines(Rules rules) {
    this.r = rules;
  }

  List<Mention> find(List<Word> w, boolean[] used) {
    List<Mention> found = new ArrayList<>();
    for (int i = 0; i < w.size(); i++) {
      if (used[i]) {
        continue;
      }
      PhraseSet.Match<String> anchor = r.anchors.at(w, i);
      if (anchor != null && !opensCondition(w, i)) {
        found.add(mark(w, used, i, anchor.to(), "@" + anchor.value()));
        i = anchor.to() - 1;
        continue;
      }
      int next = duration(w, used, i, found);
      if (next < 0) {
        next = date(w, used, i, found);
      }
      if (next < 0) {
        next = dayAndMonth(w, used, i, found);
      }
      if (next > 0) {
        i = next - 1;
      }
    }
    return merge(w, found);
  }

  /**
   * Whether an anchor at {@code i} is rather a condition: it starts with a condition marker that
   * opens its clause ("Once a peace agreement has been signed, ..."), where it says on what the
   * rest depends; inside a clause ("immediately once every party has signed") it says when.
   */
  private boolean opensCondition(List<Word> w, int i) {
    return w.get(i).opensClause() && r.conditions.at(w, i) != null;
  }

  /** Reads a duration at {@code i}; returns the index after it, or -1. */
  private int duration(List<Word> w, boolean[] used, int i, List<Mention> found) {
    Numbers.Num num = Numbers.parse(r, w, i);
    String ordinal = "";
    if (num == null && r.ordinalWords.containsKey(w.get(i).norm())) {
      num = new Numbers.Num(BigDecimal.valueOf(r.ordinalWords.get(w.get(i).norm())), i + 1, true);
      ordinal = "#";
    }
    if (num == null
        || num.next() >= w.size()
        || !r.timeUnits.containsKey(w.get(num.next()).norm())) {
      return -1;
    }
    String unit = r.timeUnits.get(w.get(num.next()).norm());
    int end = num.next() + 1;
    boolean past =
        i > 0 && r.pastMarkers.contains(w.get(i - 1).norm())
            || end < w.size() && r.pastMarkers.contains(w.get(end).norm());
    if (past) {
      for (int k = i; k < end; k++) {
        used[k] = true;
      }
      return end;
    }
    PhraseSet.Match<String> marker = markerBefore(w, used, i);
    int from = marker == null ? i : marker.from();
    String key =
        (marker == null ? "" : marker.value()) + "|" + ordinal + plain(num.value()) + "|" + unit;
    if (end < w.size()) {
      PhraseSet.Match<String> tail = r.deadlineMarkers.at(w, end);
      if (tail != null && TRAILING.contains(tail.value()) && r.anchors.at(w, end) == null) {
        key += "|" + tail.value();
        end = tail.to();
      }
    }
    found.add(mark(w, used, from, end, key));
    return end;
  }

  /** Reads a date whose year is at {@code i}; returns the index after it, or -1. */
  private int date(List<Word> w, boolean[] used, int i, List<Mention> found) {
    if (!isYear(w, i)) {
      return -1;
    }
    int j = i;
    while (j > 0
        && !used[j - 1]
        && (r.months.contains(w.get(j - 1).norm())
            || w.get(j - 1).isNumber() && w.get(j - 1).norm().length() <= 2)) {
      j--;
    }
    PhraseSet.Match<String> marker = markerBefore(w, used, j);
    if (marker == null) {
      for (int k = j; k <= i; k++) {
        used[k] = true;
      }
      return i + 1;
    }
    StringBuilder key = new StringBuilder(marker.value()).append('|');
    for (int k = j; k <= i; k++) {
      key.append(w.get(k).norm()).append(k < i ? " " : "");
    }
    found.add(mark(w, used, marker.from(), i + 1, key.toString()));
    return i + 1;
  }

  /**
   * Reads a date without a year at {@code i} ("1 January", "January 1"), with its marker if it has
   * one ("on 1 January"); returns the index after it, or -1. A date followed by a year is left to
   * {@link #date}.
   */
  private int dayAndMonth(List<Word> w, boolean[] used, int i, List<Mention> found) {
    int end;
    if (isDay(w, i) && isMonth(w, i + 1)) {
      end = i + 2;
    } else if (isMonth(w, i) && isDay(w, i + 1)) {
      end = i + 2;
    } else {
      return -1;
    }
    if (end < w.size() && isYear(w, end) || used[end - 1]) {
      return -1;
    }
    PhraseSet.Match<String> marker = markerBefore(w, used, i);
    int from = marker == null ? i : marker.from();
    String day = isDay(w, i) ? w.get(i).norm() : w.get(i + 1).norm();
    String month = isDay(w, i) ? w.get(i + 1).norm() : w.get(i).norm();
    found.add(
        mark(
            w,
            used,
            from,
            end,
            (marker == null ? "" : marker.value()) + "|" + Integer.parseInt(day) + " " + month));
    return end;
  }

  private static boolean isDay(List<Word> w, int i) {
    if (i >= w.size()
        || !w.get(i).isNumber()
        || w.get(i).norm().length() > 2
        || !w.get(i).norm().chars().allMatch(Character::isDigit)) {
      return false;
    }
    int day = Integer.parseInt(w.get(i).norm());
    return day >= 1 && day <= 31;
  }

  /** A month name; one that is also a modal ("may") counts only when written with a capital. */
  private boolean isMonth(List<Word> w, int i) {
    if (i >= w.size() || !r.months.contains(w.get(i).norm())) {
      return false;
    }
    return r.modals.at(w, i) == null || Character.isUpperCase(w.get(i).text().charAt(0));
  }

  private boolean isYear(List<Word> w, int i) {
    String n = w.get(i).norm();
    if (n.length() != 4
        || !n.chars().allMatch(Character::isDigit)
        || !w.get(i).before().isEmpty()) {
      return false;
    }
    int year = Integer.parseInt(n);
    boolean followedByAmount =
        i + 1 < w.size()
            && (r.scaleWords.containsKey(w.get(i + 1).norm())
                || r.currencies.containsKey(w.get(i + 1).norm())
                || r.percentWords.at(w, i + 1) != null);
    return year >= 1900
        && year <= 2100
        && !followedByAmount
        && !r.percentSigns.contains(w.get(i).after());
  }

  /** The longest deadline marker that ends right before word {@code j}, or before "the" there. */
  private PhraseSet.Match<String> markerBefore(List<Word> w, boolean[] used, int j) {
    PhraseSet.Match<String> m = markerEndingAt(w, used, j);
    if (m == null && j > 0 && w.get(j - 1).norm().equals("the")) {
      m = markerEndingAt(w, used, j - 1);
    }
    return m;
  }

  private PhraseSet.Match<String> markerEndingAt(List<Word> w, boolean[] used, int j) {
    for (int s = Math.max(0, j - 5); s < j; s++) {
      if (used[s]) {
        continue;
      }
      PhraseSet.Match<String> m = r.deadlineMarkers.at(w, s);
      if (m != null && m.to() == j) {
        return m;
      }
    }
    return null;
  }

  private static Mention mark(List<Word> w, boolean[] used, int from, int to, String key) {
    for (int k = from; k < to; k++) {
      used[k] = true;
    }
    return new Mention(key, w.get(from).start(), w.get(to - 1).end());
  }

  /** Joins deadlines that follow each other with nothing but spaces between. */
  private static List<Mention> merge(List<Word> w, List<Mention> found) {
    found.sort((a, b) -> Integer.compare(a.start(), b.start()));
    List<Mention> out = new ArrayList<>();
    for (Mention m : found) {
      Mention last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && adjacent(w, last, m)) {
        out.set(out.size() - 1, new Mention(last.key() + "+" + m.key(), last.start(), m.end()));
      } else {
        out.add(m);
      }
    }
    return out;
  }

  private static boolean adjacent(List<Word> w, Mention a, Mention b) {
    for (Word word : w) {
      if (word.end() == a.end()) {
        return word.after().isEmpty() && nextStarts(w, word, b.start());
      }
    }
    return false;
  }

  private static boolean nextStarts(List<Word> w, Word word, int start) {
    int idx = w.indexOf(word);
    return idx + 1 < w.size() && w.get(idx + 1).start() == start;
  }

  static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
