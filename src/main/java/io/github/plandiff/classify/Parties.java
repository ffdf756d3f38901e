package io.github.plandiff.classify;

import io.github.plandiff.model.TextNorm;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the parties of a gazetteer in a text. */
final class Parties {

  private record Alias(String party, Pattern pattern, int length, String probe) {}

  private final List<Alias> aliases = new ArrayList<>();

  /**
   * After an adjective, the noun it qualifies: a word that is not a conjunction. Before "and", "or"
   * or punctuation ("in Ukrainian and Russian") the adjective names a language.
   */
  private static final String QUALIFIED_NOUN =
      "(?=\\s+(?!(?:and|or|nor|but)(?![\\p{L}\\p{N}]))[\\p{L}\\p{N}])";

  Parties(List<Lexicon.Party> parties) {
    for (Lexicon.Party party : parties) {
      for (String alias : party.aliases()) {
        add(party.name(), alias, "");
      }
      for (String adjective : party.adjectives()) {
        add(party.name(), adjective, QUALIFIED_NOUN);
      }
    }
    // Longer aliases first, so "the Russian Federation" claims its words before "Russia" could.
    aliases.sort(Comparator.comparingInt((Alias a) -> -a.length).thenComparing(Alias::party));
  }

  private void add(String party, String alias, String after) {
    String a = TextNorm.forComparison(alias);
    if (a.isEmpty()) {
      return;
    }
    int flags = Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
    if (!isAcronym(a)) {
      flags |= Pattern.CASE_INSENSITIVE;
    }
    String body = Pattern.quote(a).replace(" ", "\\E\\s+\\Q");
    Pattern p =
        Pattern.compile("(?<![\\p{L}\\p{N}$])" + body + "(?![\\p{L}\\p{N}$])" + after, flags);
    String probe = a.toLowerCase(Locale.ROOT);
    probe = probe.substring(0, Math.min(3, probe.length()));
    aliases.add(new Alias(party, p, a.length(), probe));
  }

  /** Short all-capital aliases ("US", "EU", "UN") are case-sensitive: "us" is a pronoun. */
  private static boolean isAcronym(String alias) {
    String letters = alias.replace(".", "");
    return letters.length() <= 3
        && letters.equals(letters.toUpperCase(Locale.ROOT))
        && !letters.equals(letters.toLowerCase(Locale.ROOT));
  }

  /** Returns the parties named in the text, in text order, keyed by canonical name. */
  List<Mention> find(String text) {
    String folded = foldSameLength(text);
    String lower = folded.toLowerCase(Locale.ROOT);
    boolean[] taken = new boolean[text.length()];
    List<Mention> found = new ArrayList<>();
    for (Alias alias : aliases) {
      if (!lower.contains(alias.probe)) {
        continue;
      }
      Matcher m = alias.pattern.matcher(folded);
      while (m.find()) {
        if (!overlaps(taken, m.start(), m.end())) {
          for (int i = m.start(); i < m.end(); i++) {
            taken[i] = true;
          }
          found.add(new Mention(alias.party, m.start(), m.end()));
        }
      }
    }
    found.sort(Comparator.comparingInt(Mention::start));
    return found;
  }

  private static boolean overlaps(boolean[] taken, int from, int to) {
    for (int i = from; i < to; i++) {
      if (taken[i]) {
        return true;
      }
    }
    return false;
  }

  /** Folds quotes and dashes char by char so that offsets stay those of the original. */
  private static String foldSameLength(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      String one = TextNorm.forComparison(String.valueOf(text.charAt(i)));
      sb.append(
          one.length() == 1
              ? one.charAt(0)
              : Character.isWhitespace(text.charAt(i)) ? ' ' : text.charAt(i));
    }
    return sb.toString();
  }
}
