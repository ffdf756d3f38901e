package io.github.plandiff.classify;

import io.github.plandiff.model.SignalType;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The signal types that an edit of {@link SignalReviser} should raise, by the labelling conventions
 * of labelled-pairs.txt: the edit's own types, and each party named on one side of the clause only.
 * Written from the edit, never from what the classifier does.
 */
final class SignalTruth {

  /** Adjectives of parties, in phrases that qualify a noun; they name no party. */
  static final String[][] ADJECTIVES = {
    {"European", "Europe"},
    {"American", "United States"},
    {"Ukrainian", "Ukraine"},
    {"Russian", "Russia"}
  };

  /** Parties the sentences name, with the spellings used here (whole words). */
  private static final Map<String, Pattern> PARTIES = parties();

  /**
   * The signal types an edit should raise, by the labelling conventions: the edit's own types, and
   * a party named on one side of the clause only.
   */
  static Set<SignalType> expected(
      SignalReviser.Kind kind, String oldModal, String newModal, String oldText, String newText) {
    Set<SignalType> out = EnumSet.noneOf(SignalType.class);
    switch (kind) {
      case WEAKEN -> out.add(SignalType.MODALITY_WEAKENED);
      case STRENGTHEN -> out.add(SignalType.MODALITY_STRENGTHENED);
      case NEGATE -> out.add(SignalType.NEGATION_ADDED);
      case UNNEGATE -> out.add(SignalType.NEGATION_REMOVED);
      case QUANTITY -> out.add(SignalType.QUANTITY_CHANGED);
      case DEADLINE -> out.add(SignalType.DEADLINE_CHANGED);
      case CONDITION_ADD -> out.add(SignalType.CONDITION_ADDED);
      case CONDITION_REMOVE -> out.add(SignalType.CONDITION_REMOVED);
      case COMMITMENT_ADD -> out.add(SignalType.COMMITMENT_ADDED);
      case COMMITMENT_REMOVE -> out.add(SignalType.COMMITMENT_REMOVED);
      default -> {}
    }
    // "may not" binds like "must not": negating "may" strengthens it, and back; a prohibition
    // turned into a permission also loses its negation.
    if (kind == SignalReviser.Kind.NEGATE && oldModal.equals("may")) {
      out.add(SignalType.MODALITY_STRENGTHENED);
    }
    if (kind == SignalReviser.Kind.UNNEGATE && oldModal.equals("may not")) {
      out.add(SignalType.MODALITY_WEAKENED);
    }
    if (kind == SignalReviser.Kind.WEAKEN
        && oldModal.endsWith(" not")
        && !newModal.endsWith(" not")) {
      out.add(SignalType.NEGATION_REMOVED);
    }
    Set<String> before = named(oldText);
    Set<String> after = named(newText);
    if (!before.containsAll(after)) {
      out.add(SignalType.PARTY_ADDED);
    }
    if (!after.containsAll(before)) {
      out.add(SignalType.PARTY_REMOVED);
    }
    return out;
  }

  private static Set<String> named(String text) {
    Set<String> out = new TreeSet<>();
    for (Map.Entry<String, Pattern> e : PARTIES.entrySet()) {
      if (e.getValue().matcher(text).find()) {
        out.add(e.getKey().replace(" (adjective)", "").split("\\|")[0]);
      }
    }
    return out;
  }

  private static Map<String, Pattern> parties() {
    Map<String, Pattern> m = new LinkedHashMap<>();
    for (String p :
        List.of(
            "Russia|Russian Federation",
            "Ukraine",
            "United States",
            "Europe",
            "NATO",
            "European Union",
            "IAEA",
            "United Nations",
            "Peace Council")) {
      m.put(p, Pattern.compile("(?<!\\p{L})(" + p + ")(?!\\p{L})", Pattern.CASE_INSENSITIVE));
    }
    // An adjective names no party ("with European support"): only names and aliases do.
    return m;
  }

  private SignalTruth() {}
}
