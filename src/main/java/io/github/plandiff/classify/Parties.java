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

  /**
   * An alias and its pattern. {@code words} holds the alias's words, each character folded as the
   * pattern compares characters case-insensitively (upper case, then lower case); {@code whole}
   * says whether they are all of it (else only the characters before its first character outside
   * the Basic Multilingual Plane, none when that is its first).
   */
  private record Alias(
      String party, Pattern pattern, int length, String probe, char[][] words, boolean whole) {

    int first() {
      return words.length == 0 || words[0].length == 0 ? -1 : words[0][0];
    }

    /**
     * Whether the pattern can match at {@code p}: no letter, digit or $ just before, the words in
     * any case with blanks between them, and no letter, digit or $ just after. A quick test that
     * never rejects a match; the pattern decides.
     */
    boolean possibleAt(String text, int p) {
      if (p > 0 && joinsWord(text.charAt(p - 1))) {
        return false;
      }
      int at = p;
      for (int w = 0; w < words.length; w++) {
        if (w > 0) {
          int from = at;
          while (at < text.length() && isBlank(text.charAt(at))) {
            at++;
          }
          if (at == from) {
            return false;
          }
        }
        if (!wordAt(text, at, words[w])) {
          return false;
        }
        at += words[w].length;
      }
      return !whole || at >= text.length() || !joinsWord(text.charAt(at));
    }

    private static boolean wordAt(String text, int at, char[] word) {
      if (at + word.length > text.length()) {
        return false;
      }
      for (int j = 0; j < word.length; j++) {
        char c = text.charAt(at + j);
        if (word[j] != c && word[j] != Starts.fold(c)) {
          return false;
        }
      }
      return true;
    }

    /** A letter, digit or $: the pattern's look-behind and look-ahead refuse it next to a match. */
    private static boolean joinsWord(char c) {
      return Starts.joinsWord(c);
    }

    /** At least every character the pattern's {@code \s} matches. */
    private static boolean isBlank(char c) {
      return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
    }
  }

  private final List<Alias> aliases = new ArrayList<>();

  /** The first characters of the aliases, folded, each with a slot in a text's {@link Starts}. */
  private final Starts.Slots firsts;

  /** Each alias's slot in {@link #firsts}, in the order of {@link #aliases}; -1 for none. */
  private final int[] slots;

  /**
   * The aliases' distinct probes, each looked for at most once per text, for the aliases whose
   * first character is not indexed in {@link Starts}; the others are tried at their starts only.
   */
  private final List<String> probes = new ArrayList<>();

  /**
   * Each alias's probe, an index into {@link #probes}, in the order of {@link #aliases}; -1 for an
   * alias with an indexed first character.
   */
  private final int[] probeOf;

  Parties(List<Lexicon.Party> parties) {
    // A party's adjectives ("Russian", "European") name no actor: "Russian assets", "European
    // security". Only its names and aliases do, and an adjective before a noun for the party's
    // forces or its government ("Ukrainian troops", "the Russian side").
    for (Lexicon.Party party : parties) {
      for (String alias : PartyNames.of(party)) {
        add(party.name(), alias, "");
      }
    }
    // Longer aliases first, so "the Russian Federation" claims its words before "Russia" could.
    aliases.sort(Comparator.comparingInt((Alias a) -> -a.length).thenComparing(Alias::party));
    firsts =
        new Starts.Slots(
            aliases.stream()
                .filter(a -> a.first() >= 0)
                .map(a -> String.valueOf((char) a.first()))
                .collect(java.util.stream.Collectors.joining())
                .toCharArray());
    slots = new int[aliases.size()];
    probeOf = new int[aliases.size()];
    for (int k = 0; k < slots.length; k++) {
      int first = aliases.get(k).first();
      slots[k] = first < 0 ? -1 : firsts.slot((char) first);
      if (first >= 0) {
        // Tried at the starts of its first letter only: no probe.
        probeOf[k] = -1;
        continue;
      }
      String probe = aliases.get(k).probe;
      int index = probes.indexOf(probe);
      probeOf[k] = index >= 0 ? index : probes.size();
      if (index < 0) {
        probes.add(probe);
      }
    }
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
    boolean whole = a.chars().noneMatch(c -> Character.isSurrogate((char) c));
    String[] words = whole ? a.split(" ") : new String[] {lead(a)};
    char[][] folded = new char[words.length][];
    for (int w = 0; w < words.length; w++) {
      folded[w] = new char[words[w].length()];
      for (int j = 0; j < folded[w].length; j++) {
        folded[w][j] = (char) Starts.fold(words[w].charAt(j));
      }
    }
    aliases.add(new Alias(party, p, a.length(), probe, folded, whole));
  }

  /** The characters of an alias before its first space or surrogate. */
  private static String lead(String alias) {
    int end = 0;
    while (end < alias.length()
        && alias.charAt(end) != ' '
        && !Character.isSurrogate(alias.charAt(end))) {
      end++;
    }
    return alias.substring(0, end);
  }

  /** Short all-capital aliases ("US", "EU", "UN") are case-sensitive: "us" is a pronoun. */
  private static boolean isAcronym(String alias) {
    String letters = alias.replace(".", "");
    return letters.length() <= 3
        && letters.equals(letters.toUpperCase(Locale.ROOT))
        && !letters.equals(letters.toLowerCase(Locale.ROOT));
  }

  /**
   * Returns the parties named in the text, in text order, keyed by canonical name. Each alias's
   * pattern is tried only where its first character occurs (in any case), which finds the same
   * matches as scanning the whole text with it.
   */
  List<Mention> find(String text) {
    String folded = SameLengthFold.of(text);
    // Lowered only for an alias without a first character to index (none in the default lexicon).
    String lower = null;
    boolean[] taken = new boolean[text.length()];
    List<Mention> found = new ArrayList<>();
    Starts starts = new Starts(folded, firsts);
    // Per probe: 0 not looked for yet, 1 in the text, 2 not in it.
    byte[] probed = new byte[probes.size()];
    for (int a = 0; a < aliases.size(); a++) {
      Alias alias = aliases.get(a);
      int slot = slots[a];
      if (alias.first() >= 0 && starts.count(slot) == 0) {
        continue;
      }
      if (alias.first() < 0) {
        // No first character to index: the pattern scans the text where its probe occurs.
        lower = lower == null ? folded.toLowerCase(Locale.ROOT) : lower;
        if (!probeIn(lower, probeOf[a], probed)) {
          continue;
        }
        Matcher m = alias.pattern.matcher(folded);
        while (m.find()) {
          claim(alias, m.start(), m.end(), taken, found, text);
        }
        continue;
      }
      Matcher m = null;
      int from = 0;
      int[] at = starts.of(slot);
      for (int k = 0; k < starts.count(slot); k++) {
        if (at[k] < from || !alias.possibleAt(folded, at[k])) {
          continue;
        }
        if (m == null) {
          m = alias.pattern.matcher(folded);
          // Transparent bounds let the look-behind see the text before each start tried.
          m.useTransparentBounds(true);
        }
        m.region(at[k], folded.length());
        if (m.lookingAt()) {
          claim(alias, m.start(), m.end(), taken, found, text);
          from = m.end();
        }
      }
    }
    found.sort(Comparator.comparingInt(Mention::start));
    return found;
  }

  private boolean probeIn(String lower, int probe, byte[] probed) {
    if (probed[probe] == 0) {
      probed[probe] = (byte) (lower.contains(probes.get(probe)) ? 1 : 2);
    }
    return probed[probe] == 1;
  }

  private static void claim(
      Alias alias, int start, int end, boolean[] taken, List<Mention> out, String text) {
    if (!overlaps(taken, start, end) && !partOfName(text, end)) {
      for (int i = start; i < end; i++) {
        taken[i] = true;
      }
      out.add(new Mention(alias.party, start, end));
    }
  }

  /**
   * Whether a name goes on, on the same line, with a capitalised word: "United States Code" or
   * "United States Court of International Trade" name something else than the party.
   */
  private static boolean partOfName(String text, int end) {
    int at = end;
    while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\u00A0')) {
      at++;
    }
    return at > end && at < text.length() && Character.isUpperCase(text.codePointAt(at));
  }

  private static boolean overlaps(boolean[] taken, int from, int to) {
    for (int i = from; i < to; i++) {
      if (taken[i]) {
        return true;
      }
    }
    return false;
  }
}
