package io.github.plandiff.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What happened to one group of corresponding clauses between two drafts.
 *
 * @param match the alignment's correspondence: relation, ids, similarity, flags
 * @param significance for {@code REWORDED}, {@code MERGED} and {@code SPLIT}: whether the words
 *     changed; empty otherwise
 * @param signals what the change does to commitments, in text order
 * @param topics topic keys of the clauses, sorted
 * @param redline word-level segments from the old side's text to the new side's text
 * @param children for a top-level change, the changes of the sub-clauses under it (in the aligner's
 *     order, any depth, each sub-clause of both drafts in exactly one of them); signals are
 *     reported once, on the top-level change, since its text includes its sub-clauses
 */
public record ClauseChange(
    ClauseMatch match,
    Optional<Significance> significance,
    List<Signal> signals,
    List<String> topics,
    List<Segment> redline,
    List<ClauseChange> children) {

  /** Checks the components and copies the lists. */
  public ClauseChange {
    Objects.requireNonNull(match, "match");
    Objects.requireNonNull(significance, "significance");
    signals = List.copyOf(signals);
    topics = List.copyOf(topics);
    redline = List.copyOf(redline);
    children = List.copyOf(children);
  }

  /**
   * A change without sub-clause changes.
   *
   * @param match the correspondence
   * @param significance the significance, for matched rewordings
   * @param signals the signals
   * @param topics the topics
   * @param redline the segments
   */
  public ClauseChange(
      ClauseMatch match,
      Optional<Significance> significance,
      List<Signal> signals,
      List<String> topics,
      List<Segment> redline) {
    this(match, significance, signals, topics, redline, List.of());
  }

  /**
   * Returns this change with the changes of its sub-clauses.
   *
   * @param newChildren the sub-clause changes
   * @return a copy
   */
  public ClauseChange withChildren(List<ClauseChange> newChildren) {
    return new ClauseChange(match, significance, signals, topics, redline, newChildren);
  }

  /**
   * Returns the relation of this change.
   *
   * @return the relation
   */
  public Relation relation() {
    return match.relation();
  }

  /**
   * Returns this change with other signals and topics.
   *
   * @param newSignals the signals
   * @param newTopics the topics
   * @return a copy
   */
  public ClauseChange withClassification(List<Signal> newSignals, List<String> newTopics) {
    return new ClauseChange(match, significance, newSignals, newTopics, redline, children);
  }
}
