package io.github.plandiff.parse;

import io.github.plandiff.parse.Label.Reading;
import java.util.List;

/**
 * Lower-case Cyrillic letters as list labels ("а)", "б)", "(в)"), in the orders that Russian and
 * Ukrainian legal texts use. A Russian list leaves out ё, й, ъ, ы and ь ("…е), ж), з), и), к)"); a
 * Ukrainian list runs through its alphabet but for ь ("…г), ґ), д), е), є), ж), з), и), і), ї), й),
 * к)"). A letter whose place differs between the two has both readings.
 */
final class CyrillicLetters {

  private static final List<String> ORDERS =
      List.of(
          "\u0430\u0431\u0432\u0433\u0434\u0435\u0436\u0437\u0438\u043A\u043B\u043C\u043D\u043E"
              + "\u043F\u0440\u0441\u0442\u0443\u0444\u0445\u0446\u0447\u0448\u0449\u044D\u044E"
              + "\u044F",
          "\u0430\u0431\u0432\u0433\u0491\u0434\u0435\u0454\u0436\u0437\u0438\u0456\u0457\u0439"
              + "\u043A\u043B\u043C\u043D\u043E\u043F\u0440\u0441\u0442\u0443\u0444\u0445\u0446"
              + "\u0447\u0448\u0449\u044E\u044F");

  private CyrillicLetters() {}

  /** Whether the character is a Cyrillic letter some list order has. */
  static boolean isLabelLetter(char c) {
    for (String order : ORDERS) {
      if (order.indexOf(c) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Adds the letter's readings, the Russian order first; nothing for other characters. */
  static void readings(char c, List<Reading> readings) {
    for (String order : ORDERS) {
      int at = order.indexOf(c);
      Reading r = new Reading(NumberingScheme.LOWER_CYRILLIC, at + 1, String.valueOf(c));
      if (at >= 0 && !readings.contains(r)) {
        readings.add(r);
      }
    }
  }
}
