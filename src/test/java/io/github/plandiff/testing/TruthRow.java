package io.github.plandiff.testing;

import io.github.plandiff.model.Relation;
import java.util.List;

/**
 * One known correspondence between two drafts: what an aligner should report for these clauses.
 *
 * @param relation the relation
 * @param oldIds the old clause ids, in source order ({@code []} for {@code ADDED})
 * @param newIds the new clause ids, in source order ({@code []} for {@code REMOVED})
 * @param moved whether the clauses were moved out of order on purpose
 */
public record TruthRow(Relation relation, List<String> oldIds, List<String> newIds, boolean moved) {

  /** Copies the lists. */
  public TruthRow {
    oldIds = List.copyOf(oldIds);
    newIds = List.copyOf(newIds);
  }
}
