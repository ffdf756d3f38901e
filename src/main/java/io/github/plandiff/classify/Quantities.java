package io.github.plandiff.classify;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds amounts in a sentence: counts ("600,000 personnel", "one hundred observers"), money ("$100
 * billion", "€5 million", "$10bn"), shares ("50 percent", "40%") and ratios ("50:50"). The key is
 * the value and its kind, so "600 000" and "600,000" are the same amount. Numbers after a reference
 * word ("point 12", "Articles 5 and 6"), and a lone "one", are not amounts.
 */
final class Quantities {

  private static final Set<String> CLOCK_WORDS =
      Set.of("time", "hours", "hrs", "h", "utc", "gmt", "cet", "eet", "kyiv", "moscow", "local");
  private static final Set<String> CONNECTORS =
      Set.of("and", "or", "to", "і", "та", "й", "и", "або", "или");

  private final Rules r;

  Quantities(Rules rules) {
    this.r = rules;
  }

  List<Mention> find(List<Word> w, boolean[] used) {
    List<Mention> out = new ArrayList<>();
    boolean lastWasReference = false;
    int lastEnd = -1;
    for (int i = 0; i < w.size(); i++) {
      if (used[i]) {
        continue;
      }
      if (isClockTime(w, i)) {
        used[i] = true;
        used[i + 1] = true;
        i++;
        continue;
      }
      Numbers.Num num = Numbers.parse(r, w, i);
      if (num == null) {
        if (r.fractionWords.containsKey(w.get(i).norm())) {
          Word f = w.get(i);
          out.add(new Mention(share(BigDecimal.ONE, f), f.start(), f.end()));
          used[i] = true;
        }
        continue;
      }
      if (num.next() < w.size() && r.fractionWords.containsKey(w.get(num.next()).norm())) {
        Word f = w.get(num.next());
        out.add(new Mention(share(num.value(), f), w.get(i).start(), f.end()));
        for (int k = i; k <= num.next(); k++) {
          used[k] = true;
        }
        i = num.next();
        continue;
      }
      boolean reference =
          i > 0 && r.referenceWords.contains(w.get(i - 1).norm())
              || lastWasReference
                  && lastEnd == i - 1
                  && i > 0
                  && CONNECTORS.contains(w.get(i - 1).norm());
      lastWasReference = reference;
      lastEnd = num.next();
      boolean loneOne =
          num.spelled() && num.next() == i + 1 && num.value().compareTo(BigDecimal.ONE) == 0;
      int next = Math.max(num.next(), i + 1);
      if (!reference && !loneOne) {
        Mention m = amount(w, i, num);
        out.add(m);
        if (m.key().endsWith("|ratio")) {
          next++;
        }
      }
      for (int k = i; k < next; k++) {
        used[k] = true;
      }
      i = next - 1;
    }
    return out;
  }

  /** "half", "a third", "two thirds": a share, keyed like "50 percent" would be. */
  private String share(BigDecimal count, Word fraction) {
    BigDecimal value =
        count
            .multiply(BigDecimal.valueOf(r.fractionWords.get(fraction.norm())))
            .multiply(BigDecimal.valueOf(100))
            .setScale(0, java.math.RoundingMode.HALF_UP);
    return Deadlines.plain(value) + "|percent";
  }

  private Mention amount(List<Word> w, int i, Numbers.Num num) {
    Word first = w.get(i);
    Word last = w.get(num.next() - 1);
    int start = first.start();
    int end = last.end();
    String value = Deadlines.plain(num.value());
    String kind = "count";
    if (r.currencies.containsKey(first.before())) {
      kind = r.currencies.get(first.before());
      start -= first.before().length();
      if (i > 0 && w.get(i - 1).end() == start && !w.get(i - 1).norm().isEmpty()) {
        start = w.get(i - 1).start();
      }
    } else if (i > 0 && r.currencies.containsKey(w.get(i - 1).norm())) {
      kind = r.currencies.get(w.get(i - 1).norm());
      start = w.get(i - 1).start();
    }
    int next = num.next();
    if (r.percentSigns.contains(last.after())) {
      kind = "percent";
      end += last.after().length();
    } else if (next < w.size() && r.percentWords.at(w, next) != null) {
      kind = "percent";
      end = w.get(r.percentWords.at(w, next).to() - 1).end();
    } else if (next < w.size() && r.currencies.containsKey(w.get(next).norm())) {
      kind = r.currencies.get(w.get(next).norm());
      end = w.get(next).end();
    } else if (isRatio(w, next, last)) {
      Word second = w.get(next);
      value = value + ":" + Deadlines.plain(Numbers.digits(second.norm()));
      kind = "ratio";
      end = second.end();
    }
    return new Mention(value + "|" + kind, start, end);
  }

  private static boolean isRatio(List<Word> w, int next, Word last) {
    return next < w.size()
        && (last.after().equals(":") || last.after().equals("/"))
        && w.get(next).before().equals(last.after())
        && w.get(next).isNumber()
        && w.get(next).start() == last.end() + 1;
  }

  /** "00:00", "14:30 Kyiv time": a clock time, which is neither an amount nor a ratio. */
  static boolean isClockTime(List<Word> w, int i) {
    Word first = w.get(i);
    if (!first.after().equals(":")
        || i + 1 >= w.size()
        || !first.norm().chars().allMatch(Character::isDigit)) {
      return false;
    }
    Word second = w.get(i + 1);
    String h = first.norm();
    String m = second.norm();
    if (!second.before().equals(":")
        || m.length() != 2
        || !m.chars().allMatch(Character::isDigit)
        || h.length() > 2
        || Integer.parseInt(h) > 24
        || Integer.parseInt(m) > 59) {
      return false;
    }
    boolean timeWord = i + 2 < w.size() && CLOCK_WORDS.contains(w.get(i + 2).norm());
    return h.startsWith("0") || m.equals("00") || m.equals("30") || timeWord;
  }
}
