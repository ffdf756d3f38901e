package io.github.plandiff.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes pairs of large plain-text drafts for benchmarks: an old draft of N numbered clauses and a
 * new draft made from it by the edits negotiators make between rounds. Deterministic for a seed.
 *
 * <p>Of the old clauses, about 10% are reworded (a modal verb, a number, a few words inserted or
 * deleted), 2% removed and 1% moved elsewhere; about 2% new clauses are added. Every clause is one
 * line of 15 to 45 words followed by a blank line, so a 20,000-clause draft is about 5 MB.
 *
 * <p>Self-contained (JDK only), so that scripts can run it as a single source file:
 *
 * <pre>
 * java src/jmh/java/io/github/plandiff/bench/LargeDraftGenerator.java 10000 42 old.txt new.txt
 * </pre>
 */
public final class LargeDraftGenerator {

  /** An old and a new draft. */
  public record Pair(String oldText, String newText) {}

  private static final String[] COMMON =
      ("the parties shall will may must agree to of and in on for with within days after"
              + " "
              + "entry into force this agreement any provided that all forces territory security"
              + " "
              + "guarantees be by as sanctions lifted assets reconstruction fund elections held"
              + " "
              + "not is commission monitor implementation personnel limited side each other"
              + " "
              + "government state states international law rights language religion nuclear plant"
              + " "
              + "energy prisoners exchanged amnesty granted line contact")
          .split(" ");

  private static final String[] SYLLABLES = {
    "ka", "ro", "mi", "te", "sa", "lo", "ven", "dar", "is", "ul", "gra", "pe", "no", "tri", "bel",
    "cor", "an", "de", "fu", "ho", "je", "qua", "zi", "ster", "mon", "val", "ex", "or", "li", "tan",
  };

  private static final String[] MODALS = {"shall", "will", "may", "must", "should"};

  private final SplittableRandom random;
  private final String[] vocabulary;

  private LargeDraftGenerator(long seed) {
    this.random = new SplittableRandom(seed);
    this.vocabulary = new String[3000];
    for (int i = 0; i < vocabulary.length; i++) {
      vocabulary[i] = pseudoWord();
    }
  }

  /**
   * Generates a pair of drafts.
   *
   * @param clauses the number of clauses in the old draft, at least 1
   * @param seed the seed; the same seed gives the same drafts
   * @return the old and the new draft's text
   */
  public static Pair generate(int clauses, long seed) {
    if (clauses < 1) {
      throw new IllegalArgumentException("clauses must be at least 1: " + clauses);
    }
    return new LargeDraftGenerator(seed).pair(clauses);
  }

  /**
   * Generates one clause of the given number of words, used for a huge-paragraph benchmark.
   *
   * @param words the number of words
   * @param seed the seed
   * @return the text, one paragraph
   */
  public static String paragraph(int words, long seed) {
    return new LargeDraftGenerator(seed).sentences(words);
  }

  /**
   * Rewords a text: about one word in {@code every} is replaced, deleted or has a word inserted.
   *
   * @param text the text
   * @param every the mean distance between edits, in words
   * @param seed the seed
   * @return the edited text
   */
  public static String reword(String text, int every, long seed) {
    return new LargeDraftGenerator(seed).edit(text, every);
  }

  /**
   * Generates a pair of drafts with sub-points and repeated phrasing: a fifth of the points have
   * two or three lettered sub-points, one line each, and most sentences follow one of a few dozen
   * formulas ("The Parties shall ... within N days"), as in long agreements and bills. The edits
   * are those of {@link #generate}, applied to whole points. 20,000 points make about 28,000
   * clauses.
   *
   * @param points the number of points in the old draft, at least 1
   * @param seed the seed
   * @return the old and the new draft's text
   */
  public static Pair nested(int points, long seed) {
    if (points < 1) {
      throw new IllegalArgumentException("points must be at least 1: " + points);
    }
    LargeDraftGenerator g = new LargeDraftGenerator(seed);
    g.formulas = new String[40];
    for (int i = 0; i < g.formulas.length; i++) {
      g.formulas[i] = g.sentences(6 + g.random.nextInt(6));
    }
    return g.pair(points);
  }

  /** Sentence formulas repeated through a nested draft, or null for free text. */
  private String[] formulas;

  private String point() {
    if (formulas == null) {
      return sentences(15 + random.nextInt(31));
    }
    StringBuilder sb = new StringBuilder(formula());
    if (random.nextInt(10) < 6) {
      sb.append(' ').append(formula());
    }
    if (random.nextInt(5) == 0) {
      int subs = 2 + random.nextInt(2);
      for (int k = 0; k < subs; k++) {
        sb.append("\n(").append((char) ('a' + k)).append(") ").append(formula());
      }
    }
    return sb.toString();
  }

  /** A formula with a few words and a number of days of its own. */
  private String formula() {
    String f = formulas[random.nextInt(formulas.length)];
    return f.substring(0, f.length() - 1)
        + " "
        + word()
        + " "
        + word()
        + " within "
        + (1 + random.nextInt(180))
        + " days.";
  }

  private Pair pair(int clauses) {
    List<String> old = new ArrayList<>(clauses);
    for (int i = 0; i < clauses; i++) {
      old.add(point());
    }
    List<String> updated = new ArrayList<>(clauses + clauses / 40);
    List<String> moved = new ArrayList<>();
    for (String clause : old) {
      int roll = random.nextInt(100);
      if (roll < 2) {
        continue;
      } else if (roll < 3) {
        moved.add(clause);
        continue;
      } else if (roll < 13) {
        updated.add(edit(clause, 12));
      } else {
        updated.add(clause);
      }
      if (random.nextInt(100) < 2) {
        updated.add(point());
      }
    }
    for (String clause : moved) {
      updated.add(random.nextInt(updated.size() + 1), clause);
    }
    return new Pair(render("Generated draft A", old), render("Generated draft B", updated));
  }

  private static String render(String title, List<String> clauses) {
    StringBuilder sb = new StringBuilder(clauses.size() * 360);
    sb.append(title).append("\n\n");
    for (int i = 0; i < clauses.size(); i++) {
      sb.append(i + 1).append(". ").append(clauses.get(i)).append("\n\n");
    }
    return sb.toString();
  }

  private String sentences(int words) {
    StringBuilder sb = new StringBuilder(words * 7);
    int inSentence = 0;
    int sentenceLength = 8 + random.nextInt(15);
    for (int w = 0; w < words; w++) {
      String word = word();
      if (inSentence == 0) {
        word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
      }
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(word);
      inSentence++;
      if (inSentence == sentenceLength || w == words - 1) {
        sb.append('.');
        inSentence = 0;
        sentenceLength = 8 + random.nextInt(15);
      }
    }
    return sb.toString();
  }

  private String word() {
    int roll = random.nextInt(100);
    if (roll < 45) {
      return COMMON[random.nextInt(COMMON.length)];
    }
    if (roll < 50) {
      return String.format(Locale.ROOT, "%,d", 1 + random.nextInt(900_000));
    }
    return vocabulary[random.nextInt(vocabulary.length)];
  }

  private String edit(String text, int every) {
    String[] words = text.split(" ", -1);
    StringBuilder sb = new StringBuilder(text.length() + 32);
    for (String w : words) {
      String out = w;
      if (random.nextInt(every) == 0) {
        int kind = random.nextInt(4);
        if (kind == 0) {
          out = MODALS[random.nextInt(MODALS.length)];
        } else if (kind == 1) {
          out = null;
        } else if (kind == 2) {
          out = w + " " + word();
        } else {
          out = String.format(Locale.ROOT, "%,d", 1 + random.nextInt(900_000));
        }
        if (out != null && w.endsWith(".") && !out.endsWith(".")) {
          out = out + ".";
        }
      }
      if (out == null) {
        continue;
      }
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(out);
    }
    return sb.toString();
  }

  private String pseudoWord() {
    int n = 2 + random.nextInt(3);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
    }
    return sb.toString();
  }

  /**
   * Writes a pair of drafts: {@code CLAUSES SEED OLD_FILE NEW_FILE [nested]}; with {@code nested},
   * the drafts of {@link #nested}.
   *
   * @param args the arguments
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 4 && !(args.length == 5 && args[4].equals("nested"))) {
      System.err.println("usage: LargeDraftGenerator CLAUSES SEED OLD_FILE NEW_FILE [nested]");
      System.exit(2);
    }
    int clauses = Integer.parseInt(args[0]);
    long seed = Long.parseLong(args[1]);
    Pair pair = args.length == 5 ? nested(clauses, seed) : generate(clauses, seed);
    Files.writeString(Path.of(args[2]), pair.oldText(), StandardCharsets.UTF_8);
    Files.writeString(Path.of(args[3]), pair.newText(), StandardCharsets.UTF_8);
  }
}
