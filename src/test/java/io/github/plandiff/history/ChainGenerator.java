package io.github.plandiff.history;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates a chain of drafts with known lineages, seeded: clauses of made-up words, and between
 * consecutive drafts rewordings, removals, restorations of earlier removals (reworded or not),
 * additions, moves and renumbering. Each clause carries the key of its true lineage.
 */
final class ChainGenerator {

  /** A clause of a generated draft with the key of the lineage it truly belongs to. */
  record TrueClause(int key, String text) {}

  /** The drafts of a chain, each a list of clauses in order. */
  record Chain(List<List<TrueClause>> drafts) {

    /** The draft as plain text, numbered "1." onwards, as the parser reads it. */
    String text(int draft) {
      StringBuilder sb = new StringBuilder("Generated draft ").append(draft + 1).append("\n\n");
      List<TrueClause> clauses = drafts.get(draft);
      for (int i = 0; i < clauses.size(); i++) {
        sb.append(i + 1).append(". ").append(clauses.get(i).text()).append("\n\n");
      }
      return sb.toString();
    }
  }

  private static final String[] FUNCTION_WORDS = {
    "the",
    "will",
    "of",
    "and",
    "to",
    "be",
    "shall",
    "in",
    "parties",
    "on",
    "a",
    "for",
    "by",
    "with",
    "agreement",
    "all",
    "its",
    "is",
    "under",
    "each"
  };
  private static final String[] SYLLABLES = {
    "ka", "lo", "mi", "ren", "tov", "sa", "bri", "del", "nor", "vek", "pa", "gu", "zan", "ti",
    "mor", "es", "ul", "fra", "dis", "on"
  };

  private static final int TOPICS = 4;
  private static final int TOPIC_WORDS = 12;

  private final SplittableRandom random;
  private final List<String> vocabulary = new ArrayList<>();
  private int nextKey;

  /** A heavy rewording changes this share of a clause's words. */
  private final double heavyShare;

  /**
   * Creates a generator whose heavy rewordings change about a third of a clause's words.
   *
   * @param seed the seed
   */
  ChainGenerator(long seed) {
    this(seed, 0.34);
  }

  /**
   * Creates a generator.
   *
   * @param seed the seed
   * @param heavyShare the share of words a heavy rewording changes, also used (halved) for restored
   *     clauses that come back reworded
   */
  ChainGenerator(long seed, double heavyShare) {
    this.heavyShare = heavyShare;
    this.random = new SplittableRandom(seed);
    for (int i = 0; i < 400; i++) {
      vocabulary.add(word());
    }
  }

  /**
   * Generates a chain.
   *
   * @param drafts the number of drafts
   * @param clauses the number of clauses in the first draft
   * @return the chain
   */
  Chain chain(int drafts, int clauses) {
    List<List<TrueClause>> chain = new ArrayList<>();
    List<TrueClause> current = new ArrayList<>();
    for (int i = 0; i < clauses; i++) {
      current.add(newClause());
    }
    chain.add(List.copyOf(current));
    List<TrueClause> removed = new ArrayList<>();
    for (int d = 1; d < drafts; d++) {
      current = next(current, removed);
      chain.add(List.copyOf(current));
    }
    return new Chain(chain);
  }

  private List<TrueClause> next(List<TrueClause> previous, List<TrueClause> removed) {
    List<TrueClause> next = new ArrayList<>();
    List<TrueClause> removedNow = new ArrayList<>();
    for (TrueClause clause : previous) {
      double roll = random.nextDouble();
      if (roll < 0.12) {
        removedNow.add(clause);
      } else if (roll < 0.40) {
        next.add(reword(clause, 1 + random.nextInt(7)));
      } else if (roll < 0.45) {
        next.add(reword(clause, (int) Math.round(words(clause) * heavyShare)));
      } else {
        next.add(clause);
      }
    }
    // Clauses removed in earlier drafts come back, some reworded, at a random place.
    for (TrueClause clause : List.copyOf(removed)) {
      if (random.nextDouble() < 0.5) {
        removed.remove(clause);
        TrueClause back =
            random.nextBoolean()
                ? clause
                : reword(
                    clause,
                    Math.max(
                        1 + random.nextInt(5), (int) Math.round(words(clause) * heavyShare / 2)));
        next.add(random.nextInt(next.size() + 1), back);
      }
    }
    removed.addAll(removedNow);
    int added = random.nextInt(3);
    for (int i = 0; i < added; i++) {
      next.add(random.nextInt(next.size() + 1), newClause());
    }
    if (next.size() > 2 && random.nextDouble() < 0.5) {
      int a = random.nextInt(next.size());
      int b = random.nextInt(next.size());
      TrueClause t = next.get(a);
      next.set(a, next.get(b));
      next.set(b, t);
    }
    return next;
  }

  private TrueClause newClause() {
    // Clauses on the same topic share half their words, so that look-alike clauses compete.
    int topic = random.nextInt(TOPICS);
    List<String> own = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      own.add(
          i % 2 == 0
              ? vocabulary.get(topic * TOPIC_WORDS + random.nextInt(TOPIC_WORDS))
              : vocabulary.get(
                  TOPICS * TOPIC_WORDS + random.nextInt(vocabulary.size() - TOPICS * TOPIC_WORDS)));
    }
    int length = 14 + random.nextInt(20);
    List<String> words = new ArrayList<>();
    for (int i = 0; i < length; i++) {
      double roll = random.nextDouble();
      if (roll < 0.4) {
        words.add(FUNCTION_WORDS[random.nextInt(FUNCTION_WORDS.length)]);
      } else if (roll < 0.85) {
        words.add(own.get(random.nextInt(own.size())));
      } else {
        words.add(vocabulary.get(random.nextInt(vocabulary.size())));
      }
    }
    return new TrueClause(nextKey++, sentence(words));
  }

  private TrueClause reword(TrueClause clause, int edits) {
    String body = clause.text().substring(0, clause.text().length() - 1);
    List<String> words =
        new ArrayList<>(List.of(body.toLowerCase(java.util.Locale.ROOT).split(" ")));
    for (int e = 0; e < edits; e++) {
      int at = random.nextInt(words.size());
      String word = vocabulary.get(random.nextInt(vocabulary.size()));
      switch (random.nextInt(3)) {
        case 0 -> words.set(at, word);
        case 1 -> words.add(at, word);
        default -> {
          if (words.size() > 5) {
            words.remove(at);
          }
        }
      }
    }
    return new TrueClause(clause.key(), sentence(words));
  }

  private static int words(TrueClause clause) {
    return clause.text().split(" ").length;
  }

  private static String sentence(List<String> words) {
    String text = String.join(" ", words);
    return Character.toUpperCase(text.charAt(0)) + text.substring(1) + ".";
  }

  private String word() {
    int syllables = 2 + random.nextInt(2);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < syllables; i++) {
      sb.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
    }
    return sb.toString();
  }
}
