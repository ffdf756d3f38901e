package io.github.plandiff.render;

import io.github.plandiff.model.Clause;
import io.github.plandiff.model.ClauseChange;
import io.github.plandiff.model.Draft;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The new clauses of a comparison's changes in the new draft's order, and how far they have been
 * written: a clause is inserted once its change has been reached ({@link #release}) and every
 * clause before it in the new draft has been written, so that the parts of a split that are not
 * next to each other each stand where the new draft has them.
 */
final class InsertionOrder {
  private final List<String> order = new ArrayList<>();
  private final Set<String> released = new HashSet<>();
  private final Set<String> written = new HashSet<>();
  private int next;

  InsertionOrder(Draft newDraft, List<ClauseChange> changes) {
    Set<String> inChanges = new HashSet<>();
    changes.forEach(c -> inChanges.addAll(c.match().newIds()));
    for (Clause clause : newDraft.allClauses()) {
      if (inChanges.contains(clause.id())) {
        order.add(clause.id());
      }
    }
  }

  /** The clauses of a change that has been reached. */
  void release(List<String> ids) {
    released.addAll(ids);
  }

  /** A clause written in place (a redline); the ones before it have all been written. */
  void written(String id) {
    written.add(id);
    skipWritten();
  }

  /** The released clauses that are next in the new draft's order, now counted as written. */
  List<String> ready() {
    List<String> out = new ArrayList<>();
    skipWritten();
    while (next < order.size() && released.contains(order.get(next))) {
      out.add(order.get(next));
      written.add(order.get(next++));
      skipWritten();
    }
    return out;
  }

  private void skipWritten() {
    while (next < order.size() && written.contains(order.get(next))) {
      next++;
    }
  }
}
