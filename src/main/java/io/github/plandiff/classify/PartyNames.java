package io.github.plandiff.classify;

import java.util.ArrayList;
import java.util.List;

/**
 * The ways a text names a party of the lexicon: its aliases, and its adjectives before a noun for
 * its forces or its government ("Ukrainian troops", "the Russian side"). An adjective alone names
 * no actor ("Russian assets", "European security").
 */
final class PartyNames {

  /** Nouns after a party's adjective that name the party acting: its forces or its government. */
  private static final List<String> ACTORS =
      List.of(
          "troops",
          "forces",
          "armed forces",
          "army",
          "military",
          "government",
          "authorities",
          "side",
          "delegation",
          "units");

  private PartyNames() {}

  /**
   * Whether a word ends a plural name of a party acting ("Ukrainian troops", "the Russian
   * authorities"), whose verb in the present tense takes the base form.
   */
  static boolean endsPluralActor(String norm) {
    return norm.endsWith("s")
        && ACTORS.stream().anyMatch(a -> a.endsWith(" " + norm) || a.equals(norm));
  }

  /**
   * The ways a text names a party: its aliases, and each adjective before each of {@link #ACTORS}.
   */
  static List<String> of(Lexicon.Party party) {
    List<String> out = new ArrayList<>(party.aliases());
    for (String adjective : party.adjectives()) {
      for (String actor : ACTORS) {
        out.add(adjective + " " + actor);
      }
    }
    return out;
  }
}
