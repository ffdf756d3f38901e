package io.github.plandiff.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The lineages of the clauses of a chain of drafts: where each clause came from and where it went.
 *
 * @param drafts the drafts, oldest first
 * @param lineages one lineage per chain of clauses, ordered by first appearance (draft, then
 *     position in that draft)
 * @param warnings parse warnings of the drafts, attributed to each draft's label
 */
public record History(List<Draft> drafts, List<Lineage> lineages, List<Warning> warnings) {

  /** Checks and copies. */
  public History {
    Objects.requireNonNull(drafts, "drafts");
    drafts = List.copyOf(drafts);
    lineages = List.copyOf(lineages);
    warnings = List.copyOf(warnings);
  }

  /**
   * Finds the lineage that a clause of a draft belongs to. For the clause that a merge produced,
   * this is the lineage the merge continues in.
   *
   * @param draft the draft's index
   * @param id the top-level clause's id
   * @return the lineage, or empty when no top-level clause of that draft has the id
   */
  public Optional<Lineage> lineageOf(int draft, String id) {
    for (Lineage lineage : lineages) {
      Optional<LineageStep> step = lineage.stepIn(draft);
      // The shared step that ends a merged-away lineage belongs to the lineage the merge continues
      // in.
      boolean endsInMerge =
          lineage.mergedInto().isPresent() && step.isPresent() && step.get().equals(lineage.last());
      if (step.isPresent() && !endsInMerge && step.get().ids().contains(id)) {
        return Optional.of(lineage);
      }
    }
    return Optional.empty();
  }
}
