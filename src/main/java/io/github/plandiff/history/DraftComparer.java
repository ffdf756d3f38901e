package io.github.plandiff.history;

import io.github.plandiff.model.Comparison;
import io.github.plandiff.model.Draft;

/**
 * Compares two drafts; {@link DraftHistory} calls it for each pair of consecutive drafts and to
 * look for restored clauses. The facade passes its own comparison, so that a history has the same
 * alignment, redlines and signals as {@code plandiff compare}.
 */
@FunctionalInterface
public interface DraftComparer {

  /**
   * Compares two drafts.
   *
   * @param older the older draft, not null
   * @param newer the newer draft, not null
   * @return a comparison in which every top-level clause of both drafts is in exactly one change
   */
  Comparison compare(Draft older, Draft newer);
}
