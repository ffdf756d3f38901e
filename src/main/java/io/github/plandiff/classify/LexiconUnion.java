package io.github.plandiff.classify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How the components of two lexicons combine: lists joined without repeats, map entries of the
 * second winning, parties of the same name joined into one.
 */
final class LexiconUnion {

  private LexiconUnion() {}

  /** The items of a, then those of b not in a, in order. */
  static <T> List<T> lists(List<T> a, List<T> b) {
    LinkedHashSet<T> all = new LinkedHashSet<>(a);
    all.addAll(b);
    return new ArrayList<>(all);
  }

  /** The entries of a and b, those of b winning. */
  static <V> Map<String, V> maps(Map<String, V> a, Map<String, V> b) {
    Map<String, V> all = new TreeMap<>(a);
    all.putAll(b);
    return all;
  }

  /** The entries of a and b, the lists of a key in both joined. */
  static Map<String, List<String>> mapsOfLists(
      Map<String, List<String>> a, Map<String, List<String>> b) {
    Map<String, List<String>> all = new TreeMap<>(a);
    b.forEach((key, words) -> all.merge(key, words, LexiconUnion::lists));
    return all;
  }

  /** The parties of a and b in order of first mention, each with all its aliases and adjectives. */
  static List<Lexicon.Party> parties(List<Lexicon.Party> a, List<Lexicon.Party> b) {
    Map<String, List<String>> byName = new LinkedHashMap<>();
    Map<String, List<String>> adjectives = new LinkedHashMap<>();
    for (List<Lexicon.Party> side : List.of(a, b)) {
      for (Lexicon.Party p : side) {
        byName.computeIfAbsent(p.name(), k -> new ArrayList<>()).addAll(p.aliases());
        adjectives.computeIfAbsent(p.name(), k -> new ArrayList<>()).addAll(p.adjectives());
      }
    }
    List<Lexicon.Party> result = new ArrayList<>();
    byName.forEach(
        (name, aliases) ->
            result.add(
                new Lexicon.Party(
                    name, lists(aliases, List.of()), lists(adjectives.get(name), List.of()))));
    return result;
  }
}
