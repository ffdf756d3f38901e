package io.github.plandiff.model;

/** What happened to a lineage in one draft of a {@link History}. */
public enum LineageStatus {
  /** The clause first appears in this draft (in the first draft, every clause is introduced). */
  INTRODUCED,
  /** The clause continues with its normalised text unchanged (its number may differ). */
  UNCHANGED,
  /** The clause continues with other words. */
  REWORDED,
  /** The clause was merged with others into one clause of this draft. */
  MERGED,
  /** The clause is a part split from a clause of the previous draft. */
  SPLIT,
  /** The clause has no counterpart in this draft. */
  REMOVED,
  /** The clause was removed in an earlier draft and is back in this one, reworded or not. */
  RESTORED
}
