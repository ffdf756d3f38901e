package io.github.plandiff.render;

import io.github.plandiff.model.ClauseChange;
import io.github.plandiff.model.Comparison;
import io.github.plandiff.model.Signal;
import io.github.plandiff.model.SignalType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The list an analyst reads first: signals grouped by what they do to commitments, most
 * consequential first, each with the change it belongs to. Shared by every renderer so that all
 * formats open with the same headline.
 */
final class Headline {

  /** One signal and the change it was found in. */
  record Item(ClauseChange change, Signal signal) {}

  /** The items of one signal type, with a title for people. */
  record Group(SignalType type, String title, List<Item> items) {}

  /** Order of the groups: losses of commitments first, then changes of strength, then details. */
  private static final List<SignalType> ORDER =
      List.of(
          SignalType.COMMITMENT_REMOVED,
          SignalType.COMMITMENT_ADDED,
          SignalType.MODALITY_WEAKENED,
          SignalType.MODALITY_STRENGTHENED,
          SignalType.NEGATION_ADDED,
          SignalType.NEGATION_REMOVED,
          SignalType.QUANTITY_CHANGED,
          SignalType.DEADLINE_CHANGED,
          SignalType.PARTY_ADDED,
          SignalType.PARTY_REMOVED,
          SignalType.CONDITION_ADDED,
          SignalType.CONDITION_REMOVED);

  private Headline() {}

  /**
   * Groups the signals of a comparison; groups without signals are left out.
   *
   * @param comparison the comparison
   * @return the groups in headline order, items in change order
   */
  static List<Group> of(Comparison comparison) {
    Map<SignalType, List<Item>> byType = new EnumMap<>(SignalType.class);
    for (ClauseChange change : comparison.changes()) {
      for (Signal signal : change.signals()) {
        byType.computeIfAbsent(signal.type(), t -> new ArrayList<>()).add(new Item(change, signal));
      }
    }
    List<Group> groups = new ArrayList<>();
    for (SignalType type : ORDER) {
      List<Item> items = byType.get(type);
      if (items != null) {
        groups.add(new Group(type, title(type), List.copyOf(items)));
      }
    }
    return groups;
  }

  /**
   * Returns a title for a signal type, as a heading over its items.
   *
   * @param type the type
   * @return the title
   */
  static String title(SignalType type) {
    return switch (type) {
      case COMMITMENT_REMOVED -> "Commitments removed";
      case COMMITMENT_ADDED -> "Commitments added";
      case MODALITY_WEAKENED -> "Weakened";
      case MODALITY_STRENGTHENED -> "Strengthened";
      case NEGATION_ADDED -> "Negation added";
      case NEGATION_REMOVED -> "Negation removed";
      case QUANTITY_CHANGED -> "Quantities changed";
      case DEADLINE_CHANGED -> "Deadlines changed";
      case PARTY_ADDED -> "Parties added";
      case PARTY_REMOVED -> "Parties removed";
      case CONDITION_ADDED -> "Conditions added";
      case CONDITION_REMOVED -> "Conditions removed";
    };
  }

  /**
   * Returns the side and id a signal points to, for links: "new-5" or "old-7".
   *
   * @param item the item
   * @return the anchor name, without '#'
   */
  static String anchor(Item item) {
    List<String> newIds = item.change().match().newIds();
    List<String> ids = newIds.isEmpty() ? item.change().match().oldIds() : newIds;
    String clause = item.signal().clause();
    String id = ids.contains(clause) || ids.isEmpty() ? clause : ids.get(0);
    return (newIds.isEmpty() ? "old-" : "new-") + id;
  }

  /**
   * Describes where a change lies: "old 7 → new 5", "old 7", "new 5".
   *
   * @param change the change
   * @return the description
   */
  static String where(ClauseChange change) {
    List<String> oldIds = change.match().oldIds();
    List<String> newIds = change.match().newIds();
    if (oldIds.isEmpty()) {
      return "new " + String.join(", ", newIds);
    }
    if (newIds.isEmpty()) {
      return "old " + String.join(", ", oldIds);
    }
    return "old " + String.join(", ", oldIds) + " \u2192 new " + String.join(", ", newIds);
  }

  /**
   * Describes a signal's evidence: "“will” → “may”", "removed “Europe”", "added “Europe”".
   *
   * @param signal the signal
   * @return the description
   */
  static String evidence(Signal signal) {
    String oldText = shorten(signal.oldText());
    String newText = shorten(signal.newText());
    if (oldText.isEmpty()) {
      return "added \u201C" + newText + "\u201D";
    }
    if (newText.isEmpty()) {
      return "removed \u201C" + oldText + "\u201D";
    }
    return "\u201C" + oldText + "\u201D \u2192 \u201C" + newText + "\u201D";
  }

  /**
   * A signal's old and new words, shortened, as markup: {@code <del>old</del> → <ins>new</ins>},
   * either part left out when empty.
   *
   * @param signal the signal
   * @param escape escapes text for the output format
   * @return the markup
   */
  static String evidenceMarkup(Signal signal, UnaryOperator<String> escape) {
    String oldText = shorten(signal.oldText());
    String newText = shorten(signal.newText());
    StringBuilder sb = new StringBuilder();
    if (!oldText.isEmpty()) {
      sb.append("<del>").append(escape.apply(oldText)).append("</del>");
    }
    if (!oldText.isEmpty() && !newText.isEmpty()) {
      sb.append(" \u2192 ");
    }
    if (!newText.isEmpty()) {
      sb.append("<ins>").append(escape.apply(newText)).append("</ins>");
    }
    return sb.toString();
  }

  /** Longest quotation in the headline; the whole text is in the change itself. */
  static final int MAX_QUOTE = 100;

  /** One line, at most {@link #MAX_QUOTE} chars, cut at a word with an ellipsis. */
  static String shorten(String text) {
    String flat = text.replace('\n', ' ').strip();
    if (flat.length() <= MAX_QUOTE) {
      return flat;
    }
    int cut = flat.lastIndexOf(' ', MAX_QUOTE - 1);
    if (cut <= MAX_QUOTE / 2) {
      cut = Character.isHighSurrogate(flat.charAt(MAX_QUOTE - 2)) ? MAX_QUOTE - 2 : MAX_QUOTE - 1;
    }
    return flat.substring(0, cut) + "\u2026";
  }
}
