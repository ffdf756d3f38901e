package io.github.plandiff.testing;

import io.github.plandiff.testing.InvariantGenerator.Case;
import io.github.plandiff.testing.InvariantGenerator.Clause;
import io.github.plandiff.testing.InvariantGenerator.Draft;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Greedy shrinking: tries smaller variants of a failing case (a clause, an item, half or one of a
 * clause's words, the title or trailing text dropped on either side) and keeps the first that still
 * fails, until none does.
 */
final class Shrinker {

  /** Bounds the work on a failure, so that a slow property cannot make a failing run hang. */
  private static final int MAX_TRIES = 3000;

  private Shrinker() {}

  static Case shrink(Case failing, Predicate<Case> fails) {
    Case current = failing;
    int tries = 0;
    boolean progress = true;
    while (progress && tries < MAX_TRIES) {
      progress = false;
      for (Case candidate : candidates(current)) {
        tries++;
        if (fails.test(candidate)) {
          current = candidate;
          progress = true;
          break;
        }
        if (tries >= MAX_TRIES) {
          break;
        }
      }
    }
    return current;
  }

  private static List<Case> candidates(Case c) {
    List<Case> out = new ArrayList<>();
    for (Draft d : smaller(c.oldDraft())) {
      out.add(new Case(c.seed(), d, c.newDraft()));
    }
    for (Draft d : smaller(c.newDraft())) {
      out.add(new Case(c.seed(), c.oldDraft(), d));
    }
    return out;
  }

  private static List<Draft> smaller(Draft d) {
    List<Draft> out = new ArrayList<>();
    if (!d.title().isEmpty()) {
      out.add(new Draft(List.of(), d.clauses(), d.trailing(), d.style()));
    }
    if (!d.trailing().isEmpty()) {
      out.add(new Draft(d.title(), d.clauses(), List.of(), d.style()));
    }
    List<Clause> clauses = d.clauses();
    for (int k = 0; k < clauses.size(); k++) {
      List<Clause> without = new ArrayList<>(clauses);
      without.remove(k);
      out.add(d.withClauses(without));
    }
    for (int k = 0; k < clauses.size(); k++) {
      for (Clause smaller : smaller(clauses.get(k))) {
        List<Clause> changed = new ArrayList<>(clauses);
        changed.set(k, smaller);
        out.add(d.withClauses(changed));
      }
    }
    return out;
  }

  private static List<Clause> smaller(Clause c) {
    List<Clause> out = new ArrayList<>();
    if (!c.items().isEmpty()) {
      out.add(new Clause(c.words(), List.of()));
    }
    List<String> words = c.words();
    if (words.size() > 2) {
      out.add(new Clause(words.subList(0, words.size() / 2), c.items()));
      out.add(new Clause(words.subList(words.size() / 2, words.size()), c.items()));
    }
    for (int k = 0; k < words.size() && words.size() > 1; k++) {
      List<String> without = new ArrayList<>(words);
      without.remove(k);
      out.add(new Clause(without, c.items()));
    }
    return out;
  }
}
