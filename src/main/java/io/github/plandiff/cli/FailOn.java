package io.github.plandiff.cli;

import io.github.plandiff.model.ClauseChange;
import io.github.plandiff.model.Relation;
import io.github.plandiff.model.Signal;
import io.github.plandiff.model.SignalType;
import io.github.plandiff.model.Significance;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The names {@code check --fail-on} accepts, each a test on one change: relations ({@code removed},
 * {@code added}, {@code reworded}, {@code merged}, {@code split}, {@code moved}, {@code
 * renumbered}), signals ({@code weakened}, {@code quantity}, {@code party-removed}, …) and topics
 * ({@code topic:territory}).
 */
final class FailOn {

  /** The known names, in the order --help lists them. */
  static final Map<String, Predicate<ClauseChange>> NAMES = names();

  private static final Pattern TOPIC = Pattern.compile("topic:([a-z0-9][a-z0-9_-]*)");

  private FailOn() {}

  private static Map<String, Predicate<ClauseChange>> names() {
    Map<String, Predicate<ClauseChange>> names = new LinkedHashMap<>();
    names.put("removed", relation(Relation.REMOVED));
    names.put("added", relation(Relation.ADDED));
    // Cosmetic rewordings (case, punctuation, quote style) do not fail a build.
    names.put(
        "reworded",
        c ->
            c.relation() == Relation.REWORDED
                && c.significance().equals(Optional.of(Significance.SUBSTANTIVE)));
    names.put("merged", relation(Relation.MERGED));
    names.put("split", relation(Relation.SPLIT));
    names.put("moved", c -> c.match().moved());
    names.put("renumbered", c -> c.match().renumbered());
    names.put("weakened", signal(SignalType.MODALITY_WEAKENED));
    names.put("strengthened", signal(SignalType.MODALITY_STRENGTHENED));
    names.put("negation-added", signal(SignalType.NEGATION_ADDED));
    names.put("negation-removed", signal(SignalType.NEGATION_REMOVED));
    names.put("quantity", signal(SignalType.QUANTITY_CHANGED));
    names.put("deadline", signal(SignalType.DEADLINE_CHANGED));
    names.put("party-added", signal(SignalType.PARTY_ADDED));
    names.put("party-removed", signal(SignalType.PARTY_REMOVED));
    names.put("condition-added", signal(SignalType.CONDITION_ADDED));
    names.put("condition-removed", signal(SignalType.CONDITION_REMOVED));
    names.put("commitment-added", signal(SignalType.COMMITMENT_ADDED));
    names.put("commitment-removed", signal(SignalType.COMMITMENT_REMOVED));
    return names;
  }

  /** Other spellings: DESIGN.md's "softened", and every signal type's own name. */
  private static String canonical(String given) {
    String name = given.startsWith("topic:") ? given : given.replace('_', '-');
    if (name.equals("softened")) {
      return "weakened";
    }
    for (SignalType type : SignalType.values()) {
      if (name.equals(type.name().toLowerCase(Locale.ROOT).replace('_', '-'))) {
        return switch (type) {
          case MODALITY_WEAKENED -> "weakened";
          case MODALITY_STRENGTHENED -> "strengthened";
          case QUANTITY_CHANGED -> "quantity";
          case DEADLINE_CHANGED -> "deadline";
          default -> name;
        };
      }
    }
    return name;
  }

  /**
   * Parses one name.
   *
   * @param raw a name as given, case and surrounding space ignored
   * @return the test, or empty when the name is unknown
   */
  static Optional<Predicate<ClauseChange>> parse(String raw) {
    String name = canonical(raw.strip().toLowerCase(Locale.ROOT));
    var topic = TOPIC.matcher(name);
    if (topic.matches()) {
      String key = topic.group(1);
      return Optional.of(c -> c.relation() != Relation.UNCHANGED && c.topics().contains(key));
    }
    return Optional.ofNullable(NAMES.get(name));
  }

  /**
   * Returns the changes that any of the tests match, in order.
   *
   * @param changes the changes of a comparison
   * @param tests the tests
   * @return the matching changes
   */
  static List<ClauseChange> matching(
      List<ClauseChange> changes, List<Predicate<ClauseChange>> tests) {
    List<ClauseChange> found = new ArrayList<>();
    for (ClauseChange change : changes) {
      if (tests.stream().anyMatch(t -> t.test(change))) {
        found.add(change);
      }
    }
    return found;
  }

  private static Predicate<ClauseChange> relation(Relation relation) {
    return c -> c.relation() == relation;
  }

  private static Predicate<ClauseChange> signal(SignalType type) {
    return c -> c.signals().stream().map(Signal::type).anyMatch(type::equals);
  }
}
