package io.github.plandiff.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Predicate;

/**
 * A seeded generator of plain-text drafts and of edited versions of them, for the property tests of
 * the invariants in DESIGN.md, with a shrinker that makes a failing pair as small as it can.
 *
 * <p>The same seed always gives the same pair. Drafts mix plain English with the text that breaks
 * naive code: numbers with separators, curly quotes, dashes, Cyrillic, Hebrew and Arabic, combining
 * marks, emoji with modifiers, flags and zero-width joiners, several numbering styles, hard wraps,
 * sub-items, and CR, LF and CRLF line ends.
 */
public final class InvariantGenerator {

  private static final String[] WORDS = {
    "the",
    "parties",
    "will",
    "shall",
    "may",
    "should",
    "must",
    "not",
    "agree",
    "to",
    "withdraw",
    "forces",
    "from",
    "territory",
    "within",
    "days",
    "of",
    "signing",
    "Ukraine",
    "Russia",
    "United",
    "States",
    "Europe",
    "sanctions",
    "lifted",
    "in",
    "stages",
    "provided",
    "that",
    "elections",
    "held",
    "guarantees",
    "security",
    "armed",
    "limited",
    "personnel",
    "peacetime",
    "amnesty",
    "prisoners",
    "exchanged",
    "all-for-all",
    "don't",
    "600,000",
    "800,000",
    "$100",
    "billion",
    "2025",
    "3.5",
    "NATO",
    "and",
    "or",
    "a",
    "an",
    "is",
    "are",
    "be",
    "plan",
    "zone"
  };

  private static final String[] EXOTIC = {
    "Україна",
    "Російська",
    "שלום",
    "السلام",
    "e\u0301te\u0301",
    "n\u0303",
    "\u201Cagreed\u201D",
    "\u2014",
    "\u2013",
    "naïve",
    "日本国",
    "\uD83D\uDC4D\uD83C\uDFFD",
    "\uD83C\uDDFA\uD83C\uDDE6",
    "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67",
    "\u2764\uFE0F",
    "\u0915\u094D\u0937",
    "\u05E2\u05B4\u05D1\u05B0",
    "(\u00A7\u00A02)",
    "x\u00A0y",
    "\u202Eabc\u202C",
    "\uD835\uDC00",
    "\u1100\u1161\u11A8",
    "ﬁnal",
    "１２",
    "K\u0332\u0332"
  };

  private static final String[] LABELS = {"%d.", "%d)", "(%d)", "Point %d", "Article %d:"};
  private static final String[] LINE_ENDS = {"\n", "\n", "\r\n", "\r"};

  private InvariantGenerator() {}

  /** One clause: its words and its sub-items, each a list of words. */
  public record Clause(List<String> words, List<List<String>> items) {
    /** Copies the lists. */
    public Clause {
      words = List.copyOf(words);
      items = items.stream().map(List::copyOf).toList();
    }
  }

  /** How a draft is printed: numbering, line ends, wrap width (0: none), blank lines. */
  public record Style(String label, String lineEnd, int width, boolean blankLines) {}

  /** A generated draft: title lines, clauses, trailing text, and how it is printed. */
  public record Draft(
      List<String> title, List<Clause> clauses, List<String> trailing, Style style) {
    /** Copies the lists. */
    public Draft {
      title = List.copyOf(title);
      clauses = List.copyOf(clauses);
      trailing = List.copyOf(trailing);
    }

    /**
     * Prints the draft as a plain-text source.
     *
     * @return the text
     */
    public String text() {
      return Printer.print(this);
    }

    Draft withClauses(List<Clause> newClauses) {
      return new Draft(title, newClauses, trailing, style);
    }
  }

  /** A generated pair of drafts: an old one and an edited new one. */
  public record Case(long seed, Draft oldDraft, Draft newDraft) {
    /**
     * Describes the case for a failure message: the seed and both texts, escaped.
     *
     * @return the description
     */
    public String describe() {
      return "seed "
          + seed
          + "\n--- old ---\n"
          + Printer.escape(oldDraft.text())
          + "\n--- new ---\n"
          + Printer.escape(newDraft.text())
          + "\n---";
    }
  }

  /**
   * Generates the pair of a seed.
   *
   * @param seed any number
   * @return the pair
   */
  public static Case pair(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    Draft old = draft(rnd);
    Draft edited = Edits.apply(old, rnd, InvariantGenerator::clause);
    return new Case(seed, old, edited);
  }

  /**
   * Generates noisy text: random lines of random code points, labels and blanks.
   *
   * @param seed any number
   * @return the text
   */
  public static String noise(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    StringBuilder sb = new StringBuilder();
    int lines = rnd.nextInt(40);
    for (int k = 0; k < lines; k++) {
      if (rnd.nextInt(3) == 0) {
        sb.append(String.format(java.util.Locale.ROOT, pick(rnd, LABELS), rnd.nextInt(12)))
            .append(' ');
      }
      int n = rnd.nextInt(30);
      for (int i = 0; i < n; i++) {
        sb.appendCodePoint(codePoint(rnd));
      }
      sb.append(pick(rnd, LINE_ENDS));
    }
    return sb.toString();
  }

  /**
   * Shrinks a failing case: drops clauses, items and words while the case still fails.
   *
   * @param failing a case for which {@code fails} is true
   * @param fails the property check, true when the property does not hold
   * @return the smallest failing case found
   */
  public static Case shrink(Case failing, Predicate<Case> fails) {
    return Shrinker.shrink(failing, fails);
  }

  static Draft draft(SplittableRandom rnd) {
    Style style =
        new Style(
            pick(rnd, LABELS),
            pick(rnd, LINE_ENDS),
            rnd.nextInt(3) == 0 ? 40 + rnd.nextInt(40) : 0,
            rnd.nextInt(4) != 0);
    List<String> title = new ArrayList<>();
    if (rnd.nextInt(4) != 0) {
      title.add("Draft framework for peace");
      if (rnd.nextBoolean()) {
        title.add("Preamble: the " + words(rnd, 6) + ".");
      }
    }
    List<Clause> clauses = new ArrayList<>();
    int n = rnd.nextInt(14);
    for (int k = 0; k < n; k++) {
      clauses.add(clause(rnd));
    }
    List<String> trailing = rnd.nextInt(5) == 0 ? List.of("Signed at Geneva") : List.of();
    return new Draft(title, clauses, trailing, style);
  }

  static Clause clause(SplittableRandom rnd) {
    List<String> words = new ArrayList<>();
    int n = 1 + rnd.nextInt(rnd.nextInt(8) == 0 ? 60 : 16);
    for (int k = 0; k < n; k++) {
      words.add(word(rnd));
    }
    words.set(n - 1, words.get(n - 1) + (rnd.nextInt(4) == 0 ? "" : "."));
    List<List<String>> items = new ArrayList<>();
    if (rnd.nextInt(6) == 0) {
      int m = 1 + rnd.nextInt(3);
      for (int k = 0; k < m; k++) {
        items.add(List.of(words(rnd, 1 + rnd.nextInt(6)).split(" ")));
      }
    }
    return new Clause(words, items);
  }

  static String word(SplittableRandom rnd) {
    int r = rnd.nextInt(40);
    if (r == 0) {
      return pick(rnd, EXOTIC);
    }
    if (r == 1) {
      return Integer.toString(rnd.nextInt(1000));
    }
    return pick(rnd, WORDS);
  }

  static String words(SplittableRandom rnd, int n) {
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < n; k++) {
      sb.append(k == 0 ? "" : " ").append(word(rnd));
    }
    return sb.toString();
  }

  static <T> T pick(SplittableRandom rnd, T[] options) {
    return options[rnd.nextInt(options.length)];
  }

  private static int codePoint(SplittableRandom rnd) {
    int r = rnd.nextInt(10);
    if (r < 5) {
      return 0x20 + rnd.nextInt(0x5F);
    }
    if (r < 8) {
      return pick(rnd, EXOTIC).codePointAt(0);
    }
    int cp = rnd.nextInt(0x10FFFF);
    // Lone surrogates cannot be encoded in UTF-8.
    return cp >= 0xD800 && cp <= 0xDFFF ? 'x' : cp;
  }
}
