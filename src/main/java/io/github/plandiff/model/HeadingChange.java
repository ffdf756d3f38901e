package io.github.plandiff.model;

import java.util.List;
import java.util.Objects;

/**
 * What happened to a heading, an annex's title or other text of a draft that is not a clause's own
 * text: a renamed, added or removed section heading is a change like a clause's. Together with the
 * clause changes, every word of both drafts is in the redline of exactly one change.
 *
 * @param kind what the text is
 * @param relation {@code UNCHANGED}, {@code REWORDED}, {@code ADDED} or {@code REMOVED}
 * @param oldIds the old side: a section's or annex's id, or the clause ids of a clause change for
 *     {@link HeadingKind#CLAUSE}; empty when the text is new, and for the preamble and trailing
 *     text
 * @param newIds the new side, in the same way
 * @param redline word-level segments from the old text to the new text; the old text is the {@code
 *     EQUAL} and {@code DELETE} segments, the new the {@code EQUAL} and {@code INSERT} ones
 * @param position the index in {@link Comparison#changes()} of the clause change this text stands
 *     before (the number of changes for text after the last one)
 * @param oldPosition the same for the old text: the index of the change that holds the first old
 *     clause under it, which differs from {@code position} when the clauses under the heading
 *     changed between the drafts; equal to {@code position} when there is no old text
 */
public record HeadingChange(
    HeadingKind kind,
    Relation relation,
    List<String> oldIds,
    List<String> newIds,
    List<Segment> redline,
    int position,
    int oldPosition) {

  /** Checks the components and copies the lists. */
  public HeadingChange {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(relation, "relation");
    oldIds = List.copyOf(oldIds);
    newIds = List.copyOf(newIds);
    redline = List.copyOf(redline);
    if (position < 0 || oldPosition < 0) {
      throw new IllegalArgumentException(
          "position " + position + " or old position " + oldPosition + " is negative");
    }
  }

  /**
   * A change whose old and new text stand at the same place.
   *
   * @param kind what the text is
   * @param relation the relation
   * @param oldIds the old side's ids
   * @param newIds the new side's ids
   * @param redline the segments
   * @param position where both texts stand
   */
  public HeadingChange(
      HeadingKind kind,
      Relation relation,
      List<String> oldIds,
      List<String> newIds,
      List<Segment> redline,
      int position) {
    this(kind, relation, oldIds, newIds, redline, position, position);
  }

  /**
   * Returns the old text: the {@code EQUAL} and {@code DELETE} segments.
   *
   * @return the old text, empty when the heading is new
   */
  public String oldText() {
    return Segment.oldText(redline);
  }

  /**
   * Returns the new text: the {@code EQUAL} and {@code INSERT} segments.
   *
   * @return the new text, empty when the heading was removed
   */
  public String newText() {
    return Segment.newText(redline);
  }
}
