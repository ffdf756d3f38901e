package io.github.plandiff.parse;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The words of labels: keywords before a number, and numbers written as words. */
final class LabelWords {

  /** Keywords before a number, longest first where one is a prefix of another. */
  private static final List<String> KEYWORDS =
      List.of(
          "point",
          "article",
          "section",
          "clause",
          "item",
          "paragraph",
          "part",
          "chapter",
          "sec.",
          "art.",
          "para.",
          "\u00A7\u00A7",
          "\u00A7",
          "\u043F\u0443\u043D\u043A\u0442", // пункт
          "\u0441\u0442\u0430\u0442\u0442\u044F", // стаття
          "\u0441\u0442\u0430\u0442\u044C\u044F", // статья
          "\u0440\u043E\u0437\u0434\u0456\u043B", // розділ
          "\u0440\u0430\u0437\u0434\u0435\u043B"); // раздел

  private static final Map<String, Integer> NUMBERS = numbers();

  private LabelWords() {}

  /** The keyword at position i, as listed, or null. */
  static String keywordAt(String s, int i) {
    for (String k : KEYWORDS) {
      if (s.regionMatches(true, i, k, 0, k.length())) {
        return k;
      }
    }
    return null;
  }

  /** The value of a number written as a word ("Second", "five"), or null. */
  static Integer number(String word) {
    return NUMBERS.get(word.toLowerCase(Locale.ROOT));
  }

  static String normalise(String keyword) {
    String k = keyword.toLowerCase(Locale.ROOT);
    return switch (k) {
      case "sec." -> "section";
      case "art." -> "article";
      case "para." -> "paragraph";
      case "\u00A7\u00A7" -> "\u00A7";
      default -> k;
    };
  }

  private static Map<String, Integer> numbers() {
    String[] cardinal = {
      "one",
      "two",
      "three",
      "four",
      "five",
      "six",
      "seven",
      "eight",
      "nine",
      "ten",
      "eleven",
      "twelve",
      "thirteen",
      "fourteen",
      "fifteen",
      "sixteen",
      "seventeen",
      "eighteen",
      "nineteen",
      "twenty"
    };
    String[] ordinal = {
      "first",
      "second",
      "third",
      "fourth",
      "fifth",
      "sixth",
      "seventh",
      "eighth",
      "ninth",
      "tenth",
      "eleventh",
      "twelfth",
      "thirteenth",
      "fourteenth",
      "fifteenth",
      "sixteenth",
      "seventeenth",
      "eighteenth",
      "nineteenth",
      "twentieth"
    };
    String[] adverb = {"firstly", "secondly", "thirdly", "fourthly", "fifthly"};
    Map<String, Integer> m = new HashMap<>();
    for (int k = 0; k < cardinal.length; k++) {
      m.put(cardinal[k], k + 1);
      m.put(ordinal[k], k + 1);
    }
    for (int k = 0; k < adverb.length; k++) {
      m.put(adverb[k], k + 1);
    }
    return Map.copyOf(m);
  }
}
