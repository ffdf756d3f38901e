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
 */
public record ClauseChange(
    ClauseMatch match,
    Optional<Significance> significance,
    List<Signal> signals,
    List<String> topics,
    List<Segment> redline) {

  /** Checks the components and copies the lists. */
  public ClauseChange {
    Objects.requireNonNull(match, "match");
    Objects.requireNonNull(significance, "significance");
    signals = List.copyOf(signals);
    topics = List.copyOf(topics);
    redline = List.copyOf(redline);
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
    return new ClauseChange(match, significance, newSignals, newTopics, redline);
  }
}
