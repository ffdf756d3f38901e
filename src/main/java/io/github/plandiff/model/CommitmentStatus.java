package io.github.plandiff.model;

/** What a comparison does to one commitment. */
public enum CommitmentStatus {
  /** The commitment and its counterpart bind alike (the words may differ). */
  KEPT,
  /** Its counterpart binds less: binding to soft or permission, soft to permission. */
  SOFTENED,
  /** Its counterpart binds more: permission to soft or binding, soft to binding. */
  HARDENED,
  /**
   * Its counterpart binds as strongly but otherwise differs: obligors, negation, counterparties,
   * conditions, deadlines or amounts.
   */
  CHANGED,
  /** An old commitment with no counterpart in the new draft. */
  REMOVED,
  /** A new commitment with no counterpart in the old draft. */
  ADDED
}
