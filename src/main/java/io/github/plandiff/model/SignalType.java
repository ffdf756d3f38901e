package io.github.plandiff.model;

/** What a change does to a commitment. */
public enum SignalType {
  /** A modal became weaker ("will" → "may"). */
  MODALITY_WEAKENED,
  /** A modal became stronger ("should" → "shall"). */
  MODALITY_STRENGTHENED,
  /** A negation appeared ("will join" → "will not join"). */
  NEGATION_ADDED,
  /** A negation disappeared. */
  NEGATION_REMOVED,
  /** A number, amount or share changed ("600,000" → "800,000"). */
  QUANTITY_CHANGED,
  /** A duration, date or deadline changed ("within 100 days" → "within 60 days"). */
  DEADLINE_CHANGED,
  /** An actor appeared ("the United States" → "the United States and Europe"). */
  PARTY_ADDED,
  /** An actor disappeared. */
  PARTY_REMOVED,
  /** A condition appeared ("…, provided that Russia withdraws"). */
  CONDITION_ADDED,
  /** A condition disappeared. */
  CONDITION_REMOVED,
  /** A sentence that binds a party appeared. */
  COMMITMENT_ADDED,
  /** A sentence that binds a party disappeared. */
  COMMITMENT_REMOVED
}
