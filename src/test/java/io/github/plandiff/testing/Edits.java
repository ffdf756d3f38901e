package io.github.plandiff.testing;

import io.github.plandiff.testing.InvariantGenerator.Clause;
import io.github.plandiff.testing.InvariantGenerator.Draft;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Function;

/** The edits between two rounds of a draft: reword, remove, add, move, merge, split, restyle. */
final class Edits {

  private static final String[][] SWAPS = {
    {"will", "may"},
    {"shall", "should"},
    {"must", "may"},
    {"600,000", "800,000"},
    {"days", "weeks"},
    {"Ukraine", "Україна"},
    {"agree", "agree not"},
    {"Europe", "Europe and NATO"}
  };

  private Edits() {}

  static Draft apply(Draft old, SplittableRandom rnd, Function<SplittableRandom, Clause> fresh) {
    List<Clause> clauses = new ArrayList<>(old.clauses());
    int edits = rnd.nextInt(1 + clauses.size());
    for (int e = 0; e < edits; e++) {
      edit(clauses, rnd, fresh);
    }
    Draft edited = old.withClauses(clauses);
    if (rnd.nextInt(5) == 0) {
      edited =
          new Draft(
              edited.title(),
              edited.clauses(),
              edited.trailing(),
              InvariantGenerator.draft(rnd).style());
    }
    return edited;
  }

  private static void edit(
      List<Clause> clauses, SplittableRandom rnd, Function<SplittableRandom, Clause> fresh) {
    int at = clauses.isEmpty() ? 0 : rnd.nextInt(clauses.size());
    switch (clauses.isEmpty() ? 0 : rnd.nextInt(8)) {
      case 0 -> clauses.add(rnd.nextInt(clauses.size() + 1), fresh.apply(rnd));
      case 1 -> clauses.remove(at);
      case 2 -> clauses.add(rnd.nextInt(clauses.size()), clauses.remove(at));
      case 3 -> merge(clauses, at);
      case 4 -> split(clauses, at, rnd);
      case 5 -> clauses.set(at, cosmetic(clauses.get(at), rnd));
      default -> clauses.set(at, reword(clauses.get(at), rnd));
    }
  }

  private static void merge(List<Clause> clauses, int at) {
    if (at + 1 >= clauses.size()) {
      return;
    }
    Clause a = clauses.get(at);
    Clause b = clauses.remove(at + 1);
    List<String> words = new ArrayList<>(a.words());
    words.addAll(b.words());
    List<List<String>> items = new ArrayList<>(a.items());
    items.addAll(b.items());
    clauses.set(at, new Clause(words, items));
  }

  private static void split(List<Clause> clauses, int at, SplittableRandom rnd) {
    Clause c = clauses.get(at);
    if (c.words().size() < 2) {
      return;
    }
    int cut = 1 + rnd.nextInt(c.words().size() - 1);
    clauses.set(at, new Clause(c.words().subList(0, cut), List.of()));
    clauses.add(at + 1, new Clause(c.words().subList(cut, c.words().size()), c.items()));
  }

  private static Clause reword(Clause c, SplittableRandom rnd) {
    List<String> words = new ArrayList<>(c.words());
    int k = rnd.nextInt(words.size());
    switch (rnd.nextInt(4)) {
      case 0 -> words.add(k, InvariantGenerator.word(rnd));
      case 1 -> {
        if (words.size() > 1) {
          words.remove(k);
        }
      }
      case 2 -> words.set(k, InvariantGenerator.word(rnd));
      default -> {
        String[] swap = InvariantGenerator.pick(rnd, SWAPS);
        int i = words.indexOf(swap[0]);
        words.set(i >= 0 ? i : k, swap[1]);
      }
    }
    return new Clause(words, c.items());
  }

  private static Clause cosmetic(Clause c, SplittableRandom rnd) {
    List<String> words = new ArrayList<>(c.words());
    int k = rnd.nextInt(words.size());
    String w = words.get(k);
    words.set(
        k,
        switch (rnd.nextInt(3)) {
          case 0 -> w.toUpperCase(Locale.ROOT);
          case 1 -> w + ",";
          default -> w.replace('\'', '\u2019').replace("-", "\u2013");
        });
    return new Clause(words, c.items());
  }
}
