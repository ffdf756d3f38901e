package io.github.plandiff.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts over a comparison.
 *
 * @param relations number of changes per relation, every relation present
 * @param moved number of changes flagged moved
 * @param renumbered number of changes flagged renumbered
 * @param signals number of signals per type, only types that occur
 * @param topics number of changes (other than {@code UNCHANGED}) per topic, only topics that occur
 */
public record Summary(
    Map<Relation, Integer> relations,
    int moved,
    int renumbered,
    Map<SignalType, Integer> signals,
    Map<String, Integer> topics) {

  /** Copies the maps into unmodifiable sorted maps. */
  public Summary {
    relations = Collections.unmodifiableMap(new EnumMap<>(relations));
    signals = signals.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(signals));
    topics = Collections.unmodifiableMap(new TreeMap<>(topics));
  }

  /**
   * Counts the changes.
   *
   * @param changes the changes of a comparison
   * @return the summary
   */
  public static Summary of(List<ClauseChange> changes) {
    Map<Relation, Integer> relations = new EnumMap<>(Relation.class);
    for (Relation r : Relation.values()) {
      relations.put(r, 0);
    }
    Map<SignalType, Integer> signals = new EnumMap<>(SignalType.class);
    Map<String, Integer> topics = new TreeMap<>();
    int moved = 0;
    int renumbered = 0;
    for (ClauseChange change : changes) {
      relations.merge(change.relation(), 1, Integer::sum);
      if (change.match().moved()) {
        moved++;
      }
      if (change.match().renumbered()) {
        renumbered++;
      }
      for (Signal signal : change.signals()) {
        signals.merge(signal.type(), 1, Integer::sum);
      }
      if (change.relation() != Relation.UNCHANGED) {
        for (String topic : change.topics()) {
          topics.merge(topic, 1, Integer::sum);
        }
      }
    }
    return new Summary(relations, moved, renumbered, signals, topics);
  }

  /**
   * Returns the number of changes with a relation.
   *
   * @param relation the relation
   * @return the count, 0 when none
   */
  public int count(Relation relation) {
    return relations.getOrDefault(relation, 0);
  }
}
