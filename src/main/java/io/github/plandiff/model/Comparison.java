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
 * @param headings the changes of the text outside clauses (preamble, section headings, annex
 *     titles, clause headings, trailing text), ordered by the change they stand before
 * @param ledger who commits to what, old and new; {@link Ledger#empty()} when not computed
 */
public record Comparison(
    Draft oldDraft,
    Draft newDraft,
    List<ClauseChange> changes,
    List<Warning> warnings,
    List<HeadingChange> headings,
    Ledger ledger) {

  /** Checks and copies. */
  public Comparison {
    Objects.requireNonNull(oldDraft, "oldDraft");
    Objects.requireNonNull(newDraft, "newDraft");
    Objects.requireNonNull(ledger, "ledger");
    changes = List.copyOf(changes);
    warnings = List.copyOf(warnings);
    headings = List.copyOf(headings);
  }

  /**
   * A comparison without heading changes and without a ledger.
   *
   * @param oldDraft the old draft
   * @param newDraft the new draft
   * @param changes every clause of both drafts in exactly one change
   * @param warnings the warnings
   */
  public Comparison(
      Draft oldDraft, Draft newDraft, List<ClauseChange> changes, List<Warning> warnings) {
    this(oldDraft, newDraft, changes, warnings, List.of(), Ledger.empty());
  }

  /**
   * A comparison without a ledger.
   *
   * @param oldDraft the old draft
   * @param newDraft the new draft
   * @param changes every clause of both drafts in exactly one change
   * @param warnings the warnings
   * @param headings the heading changes
   */
  public Comparison(
      Draft oldDraft,
      Draft newDraft,
      List<ClauseChange> changes,
      List<Warning> warnings,
      List<HeadingChange> headings) {
    this(oldDraft, newDraft, changes, warnings, headings, Ledger.empty());
  }

  /**
   * Returns the heading changes that stand before a clause change, in order.
   *
   * @param position the clause change's index in {@link #changes()}, or its size for the text after
   *     the last change
   * @return a new list, possibly empty
   */
  public List<HeadingChange> headingsAt(int position) {
    List<HeadingChange> at = new ArrayList<>();
    for (HeadingChange h : headings) {
      if (h.position() == position) {
        at.add(h);
      }
    }
    return at;
  }

  /**
   * Returns this comparison with a ledger.
   *
   * @param newLedger the ledger, not null
   * @return a copy
   */
  public Comparison withLedger(Ledger newLedger) {
    return new Comparison(oldDraft, newDraft, changes, warnings, headings, newLedger);
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
