package io.github.plandiff.classify;

import java.math.BigDecimal;
import java.util.List;

/** Reads numbers written in digits ("600,000", "600 000", "1.5") or words ("one hundred"). */
final class Numbers {

  /**
   * A number read from words {@code [from, next)}.
   *
   * @param value the value
   * @param next the index of the first word after the number
   * @param spelled whether it was written in words only
   */
  record Num(BigDecimal value, int next, boolean spelled) {}

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Numbers() {}

  /** Reads the number that starts at word {@code i}, or returns null. */
  static Num parse(Rules r, List<Word> w, int i) {
    return cannotStart(r, w.get(i).norm()) ? null : parseFully(r, w, i);
  }

  /** {@link #parse} without the quick test of the first word. */
  static Num parseFully(Rules r, List<Word> w, int i) {
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal current = null;
    boolean spelled = true;
    int k = i;
    while (k < w.size()) {
      String norm = w.get(k).norm();
      String[] parts =
          withScaleSuffix(r, norm.indexOf('-') < 0 ? new String[] {norm} : norm.split("-"));
      if (!allNumeric(r, parts, current != null)) {
        if (current != null
            && isAnd(w.get(k))
            && k + 1 < w.size()
            && r.numberWords.containsKey(w.get(k + 1).norm())) {
          k++;
          continue;
        }
        break;
      }
      for (String part : parts) {
        if (Character.isDigit(part.charAt(0))) {
          if (current != null) {
            // A second number inside one word ("1-9"): the number ends with this word, which it
            // occupies, so a caller always moves past it.
            return done(total, current, Math.max(k, i + 1), spelled);
          }
          current = digits(part);
          spelled = false;
        } else if (r.numberWords.containsKey(part)) {
          current =
              (current == null ? BigDecimal.ZERO : current)
                  .add(BigDecimal.valueOf(r.numberWords.get(part)));
        } else {
          BigDecimal scale = BigDecimal.valueOf(r.scaleWords.get(part));
          BigDecimal base = current == null ? BigDecimal.ONE : current;
          if (scale.compareTo(HUNDRED) <= 0) {
            current = base.multiply(scale);
          } else {
            total = total.add(base.multiply(scale));
            current = BigDecimal.ZERO;
          }
        }
      }
      k++;
    }
    if (current == null && total.signum() == 0) {
      return null;
    }
    return done(total, current, k, spelled);
  }

  /**
   * Whether a word surely starts no number, as the first pass of {@link #parse} would find: no
   * hyphen, not a digit first (so no scale suffix to split off), neither a number word nor a scale
   * word. Most words are such; they are turned away without the parts {@link #parse} makes.
   */
  private static boolean cannotStart(Rules r, String norm) {
    return norm.isEmpty()
        || norm.indexOf('-') < 0
            && !Character.isDigit(norm.charAt(0))
            && !r.numberWords.containsKey(norm)
            && !r.scaleWords.containsKey(norm);
  }

  /** "10bn" reads as "10" "bn" when "bn" is a scale word. */
  private static String[] withScaleSuffix(Rules r, String[] parts) {
    String last = parts[parts.length - 1];
    int d = 0;
    while (d < last.length()
        && (Character.isDigit(last.charAt(d)) || last.charAt(d) == ',' || last.charAt(d) == '.')) {
      d++;
    }
    if (d == 0
        || d == last.length()
        || !r.scaleWords.containsKey(last.substring(d))
        || !Character.isDigit(last.charAt(d - 1))) {
      return parts;
    }
    String[] out = java.util.Arrays.copyOf(parts, parts.length + 1);
    out[parts.length - 1] = last.substring(0, d);
    out[parts.length] = last.substring(d);
    return out;
  }

  private static Num done(BigDecimal total, BigDecimal current, int next, boolean spelled) {
    BigDecimal value = current == null ? total : total.add(current);
    return new Num(value.stripTrailingZeros(), next, spelled);
  }

  /**
   * A word is numeric when each hyphen part is digits, a number word or (after a number) a scale.
   */
  private static boolean allNumeric(Rules r, String[] parts, boolean afterNumber) {
    boolean seen = afterNumber;
    for (String part : parts) {
      if (part.isEmpty()) {
        return false;
      }
      boolean ok =
          isDigits(part)
              || r.numberWords.containsKey(part)
              || seen && r.scaleWords.containsKey(part)
              || r.scaleWords.containsKey(part) && r.scaleWords.get(part) <= 100;
      if (!ok) {
        return false;
      }
      seen = true;
    }
    return true;
  }

  private static boolean isAnd(Word w) {
    return w.norm().equals("and");
  }

  static boolean isDigits(String s) {
    if (s.isEmpty()
        || !Character.isDigit(s.charAt(0))
        || !Character.isDigit(s.charAt(s.length() - 1))) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isDigit(c) && c != ',' && c != '.') {
        return false;
      }
    }
    return true;
  }

  /** Reads "600,000", "600.000", "1.5", "1,5", "1,234.5" (the space form is already joined). */
  static BigDecimal digits(String s) {
    int comma = s.lastIndexOf(',');
    int dot = s.lastIndexOf('.');
    String plain;
    if (comma >= 0 && dot >= 0) {
      char decimal = comma > dot ? ',' : '.';
      char group = decimal == ',' ? '.' : ',';
      plain = s.replace(String.valueOf(group), "").replace(decimal, '.');
    } else if (comma >= 0 || dot >= 0) {
      char sep = comma >= 0 ? ',' : '.';
      plain = groupsOfThree(s, sep) ? s.replace(String.valueOf(sep), "") : s.replace(sep, '.');
    } else {
      plain = s;
    }
    if (plain.indexOf('.') != plain.lastIndexOf('.')) {
      plain = plain.replace(".", "");
    }
    StringBuilder ascii = new StringBuilder();
    for (int i = 0; i < plain.length(); i++) {
      char c = plain.charAt(i);
      ascii.append(c == '.' ? '.' : (char) ('0' + Character.digit(c, 10)));
    }
    return new BigDecimal(ascii.toString());
  }

  private static boolean groupsOfThree(String s, char sep) {
    // An escaped punctuation or space character takes String.split's path without a regex.
    String[] groups =
        s.split(
            Character.isLetterOrDigit(sep) || Character.isSurrogate(sep)
                ? java.util.regex.Pattern.quote(String.valueOf(sep))
                : "\\" + sep);
    if (groups[0].isEmpty() || groups[0].length() > 3) {
      return false;
    }
    for (int i = 1; i < groups.length; i++) {
      if (groups[i].length() != 3) {
        return false;
      }
    }
    return true;
  }
}
