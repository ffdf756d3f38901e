package io.github.plandiff.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The result of comparing two drafts.
 *
 * @param oldDraft the old draft
 * @param newDraft the new draft
 * @param changes every clause of both drafts in exactly one change, in the new draft's order
 * @param warnings parse warnings of both drafts, attributed to "old" and "new", then any of the
 *     comparison itself
 * @param ledger who commits to what, old and new; {@link Ledger#empty()} when not computed
 */
public record Comparison(
    Draft oldDraft,
    Draft newDraft,
    List<ClauseChange> changes,
    List<Warning> warnings,
    Ledger ledger) {

  /** Checks and copies. */
  public Comparison {
    Objects.requireNonNull(oldDraft, "oldDraft");
    Objects.requireNonNull(newDraft, "newDraft");
    Objects.requireNonNull(ledger, "ledger");
    changes = List.copyOf(changes);
    warnings = List.copyOf(warnings);
  }

  /**
   * A comparison without a ledger.
   *
   * @param oldDraft the old draft
   * @param newDraft the new draft
   * @param changes every clause of both drafts in exactly one change
   * @param warnings the warnings
   */
  public Comparison(
      Draft oldDraft, Draft newDraft, List<ClauseChange> changes, List<Warning> warnings) {
    this(oldDraft, newDraft, changes, warnings, Ledger.empty());
  }

  /**
   * Returns this comparison with a ledger.
   *
   * @param newLedger the ledger, not null
   * @return a copy
   */
  public Comparison withLedger(Ledger newLedger) {
    return new Comparison(oldDraft, newDraft, changes, warnings, newLedger);
  }

  /**
   * Counts the changes per relation, signal and topic.
   *
   * @return the summary
   */
  public Summary summary() {
    return Summary.of(changes);
  }

  /**
   * Returns every signal of every change, in change order.
   *
   * @return a new list
   */
  public List<Signal> signals() {
    List<Signal> all = new ArrayList<>();
    for (ClauseChange change : changes) {
      all.addAll(change.signals());
    }
    return all;
  }
}
