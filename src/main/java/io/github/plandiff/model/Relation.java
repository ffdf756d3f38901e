package io.github.plandiff.model;

/** How old clauses correspond to new ones in one {@link ClauseChange}. */
public enum Relation {
  /** One old clause and one new clause whose normalised texts are equal (the number may differ). */
  UNCHANGED,
  /** One old clause and one new clause whose texts differ. */
  REWORDED,
  /** Two or more old clauses became one new clause. */
  MERGED,
  /** One old clause became two or more new clauses. */
  SPLIT,
  /** An old clause with no counterpart. */
  REMOVED,
  /** A new clause with no counterpart. */
  ADDED;

  /**
   * Returns the relation seen from the other side: {@code ADDED} for {@code REMOVED}, {@code SPLIT}
   * for {@code MERGED}, and so on.
   *
   * @return the mirrored relation
   */
  public Relation mirror() {
    return switch (this) {
      case MERGED -> SPLIT;
      case SPLIT -> MERGED;
      case REMOVED -> ADDED;
      case ADDED -> REMOVED;
      default -> this;
    };
  }
}
