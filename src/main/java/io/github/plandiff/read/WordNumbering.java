package io.github.plandiff.read;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.w3c.dom.Element;

/**
 * Word's automatic numbering, from {@code word/numbering.xml}: computes the label Word shows for
 * each numbered paragraph in document order. Counters belong to the abstract numbering, so lists
 * that share one continue each other; a {@code w:num} with a {@code startOverride} restarts its
 * levels where it is first used; a level restarts after any higher level unless its {@code
 * lvlRestart} says otherwise.
 */
final class WordNumbering {

  static final int LEVELS = 9;
  private static final int MAX_LINKS = 5;

  /** One level of an abstract numbering. */
  record Level(int start, String format, String text, Integer restart, boolean legal) {}

  private record Abstract(Level[] levels, String numStyleLink) {}

  private record Num(
      String abstractId, Map<Integer, Integer> startOverrides, Map<Integer, Level> levels) {}

  /** The running counters of one abstract numbering. */
  private static final class Counters {
    final int[] value = new int[LEVELS];
    final boolean[] started = new boolean[LEVELS];
    final Integer[] startAt = new Integer[LEVELS];
    final Set<String> numsSeen = new HashSet<>();
  }

  private final Map<String, Abstract> abstracts = new TreeMap<>();
  private final Map<String, Num> nums = new TreeMap<>();
  private final Map<String, Counters> counters = new TreeMap<>();
  private final WordStyles styles;

  WordNumbering(org.w3c.dom.Document dom, WordStyles styles) {
    this.styles = styles;
    if (dom == null) {
      return;
    }
    Element root = dom.getDocumentElement();
    for (Element a : Ooxml.children(root, "abstractNum")) {
      Level[] levels = new Level[LEVELS];
      for (Element lvl : Ooxml.children(a, "lvl")) {
        Integer ilvl = parseInt(Ooxml.attr(lvl, "ilvl"));
        if (ilvl != null && ilvl >= 0 && ilvl < LEVELS) {
          levels[ilvl] = level(lvl);
        }
      }
      abstracts.put(
          Ooxml.attr(a, "abstractNumId"), new Abstract(levels, Ooxml.val(a, "numStyleLink")));
    }
    for (Element n : Ooxml.children(root, "num")) {
      Map<Integer, Integer> starts = new TreeMap<>();
      Map<Integer, Level> replaced = new TreeMap<>();
      for (Element o : Ooxml.children(n, "lvlOverride")) {
        Integer ilvl = parseInt(Ooxml.attr(o, "ilvl"));
        if (ilvl == null || ilvl < 0 || ilvl >= LEVELS) {
          continue;
        }
        Integer start = Ooxml.intVal(o, "startOverride");
        if (start != null) {
          starts.put(ilvl, start);
        }
        Element lvl = Ooxml.child(o, "lvl");
        if (lvl != null) {
          replaced.put(ilvl, level(lvl));
        }
      }
      nums.put(Ooxml.attr(n, "numId"), new Num(Ooxml.val(n, "abstractNumId"), starts, replaced));
    }
  }

  private static Level level(Element lvl) {
    Integer start = Ooxml.intVal(lvl, "start");
    String format = Ooxml.val(lvl, "numFmt");
    return new Level(
        start == null ? 0 : start,
        format == null ? "decimal" : format,
        Ooxml.val(lvl, "lvlText"),
        Ooxml.intVal(lvl, "lvlRestart"),
        Ooxml.child(lvl, "isLgl") != null);
  }

  private static Integer parseInt(String value) {
    try {
      return value == null ? null : Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * Counts one numbered paragraph and returns the label Word shows for it.
   *
   * @param numId the paragraph's {@code w:numId}
   * @param ilvl its level
   * @return the label ("3.", "(b)", "1.2.", "•"), "" for a level that shows no number, or null when
   *     the numbering is not defined
   */
  String next(String numId, int ilvl) {
    Num num = nums.get(numId);
    if (num == null || ilvl < 0 || ilvl >= LEVELS) {
      return null;
    }
    String abstractId = abstractId(num);
    Abstract definition = abstracts.get(abstractId);
    if (definition == null) {
      return null;
    }
    Level[] levels = levels(definition, num);
    if (levels[ilvl] == null) {
      return null;
    }
    Counters c = counters.computeIfAbsent(abstractId, k -> new Counters());
    if (c.numsSeen.add(numId)) {
      num.startOverrides()
          .forEach(
              (l, start) -> {
                c.started[l] = false;
                c.startAt[l] = start;
              });
    }
    count(c, levels, ilvl);
    return render(c, levels, ilvl);
  }

  /** A {@code numStyleLink} points at a style whose numbering holds the real definition. */
  private String abstractId(Num num) {
    String id = num.abstractId();
    for (int i = 0; i < MAX_LINKS; i++) {
      Abstract a = abstracts.get(id);
      if (a == null || a.numStyleLink() == null) {
        return id;
      }
      String[] linked = styles.numbering(a.numStyleLink());
      Num target = linked == null ? null : nums.get(linked[0]);
      if (target == null || target.abstractId().equals(id)) {
        return id;
      }
      id = target.abstractId();
    }
    return id;
  }

  private static Level[] levels(Abstract definition, Num num) {
    Level[] levels = definition.levels().clone();
    num.levels().forEach((l, level) -> levels[l] = level);
    return levels;
  }

  private static void count(Counters c, Level[] levels, int ilvl) {
    if (c.started[ilvl]) {
      c.value[ilvl]++;
    } else {
      c.value[ilvl] = c.startAt[ilvl] != null ? c.startAt[ilvl] : levels[ilvl].start();
      c.startAt[ilvl] = null;
      c.started[ilvl] = true;
    }
    for (int deeper = ilvl + 1; deeper < LEVELS; deeper++) {
      Integer restart = levels[deeper] == null ? null : levels[deeper].restart();
      // lvlRestart r: restart when a level up to r (1-based) is used; 0: never; absent: always.
      boolean restarts = restart == null || (restart > 0 && ilvl < restart);
      if (restarts) {
        c.started[deeper] = false;
      }
    }
  }

  private static String render(Counters c, Level[] levels, int ilvl) {
    Level level = levels[ilvl];
    if (level.format().equals("bullet")) {
      return "•";
    }
    String pattern = level.text() == null ? "%" + (ilvl + 1) + "." : level.text();
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      char ch = pattern.charAt(i);
      if (ch == '%'
          && i + 1 < pattern.length()
          && pattern.charAt(i + 1) >= '1'
          && pattern.charAt(i + 1) <= '9') {
        int l = pattern.charAt(++i) - '1';
        Level shown = levels[l];
        if (shown == null) {
          continue;
        }
        int value = c.started[l] || l == ilvl ? c.value[l] : shown.start();
        out.append(format(value, level.legal() && l != ilvl ? "decimal" : shown.format()));
      } else {
        out.append(ch);
      }
    }
    return out.toString().strip();
  }

  static String format(int value, String numFmt) {
    return switch (numFmt) {
      case "none" -> "";
      case "decimalZero" -> value < 10 && value >= 0 ? "0" + value : Integer.toString(value);
      case "lowerLetter" -> Numbering.repeatedLetters(value, false);
      case "upperLetter" -> Numbering.repeatedLetters(value, true);
      case "lowerRoman" -> Numbering.roman(value, false);
      case "upperRoman" -> Numbering.roman(value, true);
      case "ordinal" -> value + ordinalSuffix(value);
      default -> Integer.toString(value);
    };
  }

  private static String ordinalSuffix(int value) {
    int lastTwo = Math.abs(value) % 100;
    if (lastTwo >= 11 && lastTwo <= 13) {
      return "th";
    }
    return switch (Math.abs(value) % 10) {
      case 1 -> "st";
      case 2 -> "nd";
      case 3 -> "rd";
      default -> "th";
    };
  }
}
