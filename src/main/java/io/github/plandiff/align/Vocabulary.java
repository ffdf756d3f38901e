package io.github.plandiff.align;

import io.github.plandiff.model.TextNorm;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of texts as ids: each word of a text normalised for comparison, lower-cased and cut
 * into tokens ({@link #tokenEnd}) gets the id of its first appearance. One vocabulary serves all
 * the levels of an alignment. Each distinct word is stemmed and cut into n-grams once. Not
 * thread-safe: one alignment uses it at a time.
 *
 * <p>The static methods are the plain definitions of the terms of a text ({@link #terms}: words and
 * numbers, stemmed, then word bigrams) and of its character n-grams ({@link #grams}); the {@link
 * TermSpace} built from a vocabulary gives exactly their vectors.
 */
final class Vocabulary {
  private final WordTable wordIds = new WordTable();
  private final List<String> words = new ArrayList<>();
  private final Map<String, Integer> stems = new HashMap<>();
  private final Map<String, Integer> grams = new HashMap<>();
  private final Map<String, int[]> read = new HashMap<>();
  private int[][] stemKeys = new int[0][];
  private int[][] gramKeys = new int[0][];

  /**
   * The word ids of a text, in order. A text read before gives the same array back: drafts repeat
   * most of their clauses.
   */
  int[] read(String text) {
    return readNormalised(TextNorm.forComparison(text));
  }

  /** {@link #read} of a text already normalised by {@link TextNorm#forComparison}. */
  int[] readNormalised(String normalised) {
    int[] ids = read.get(normalised);
    if (ids == null) {
      ids = tokens(normalised);
      read.put(normalised, ids);
    }
    return ids;
  }

  private int[] tokens(String normalised) {
    String norm = normalised.toLowerCase(Locale.ROOT);
    int[] ids = new int[8];
    int size = 0;
    int i = 0;
    while (i < norm.length()) {
      int end = tokenEnd(norm, i);
      if (end == i) {
        i += Character.charCount(norm.codePointAt(i));
        continue;
      }
      int id = wordIds.get(norm, i, end);
      if (id < 0) {
        String w = norm.substring(i, end);
        id = words.size();
        wordIds.put(w, id);
        words.add(w);
      }
      if (size == ids.length) {
        ids = Arrays.copyOf(ids, size * 2);
      }
      ids[size++] = id;
      i = end;
    }
    return Arrays.copyOf(ids, size);
  }

  /** The word with an id. */
  String word(int id) {
    return words.get(id);
  }

  /** Per word, the id of its stem among all stems; one entry per word read so far. */
  int[][] stemKeys() {
    int from = stemKeys.length;
    stemKeys = Arrays.copyOf(stemKeys, words.size());
    for (int w = from; w < stemKeys.length; w++) {
      stemKeys[w] = new int[] {stems.computeIfAbsent(stem(words.get(w)), x -> stems.size())};
    }
    return stemKeys;
  }

  /** Per word, the ids of its n-grams among all n-grams; one entry per word read so far. */
  int[][] gramKeys() {
    int from = gramKeys.length;
    gramKeys = Arrays.copyOf(gramKeys, words.size());
    List<String> out = new ArrayList<>();
    for (int w = from; w < gramKeys.length; w++) {
      out.clear();
      gramsOf(words.get(w), out);
      gramKeys[w] = new int[out.size()];
      for (int g = 0; g < out.size(); g++) {
        gramKeys[w][g] = grams.computeIfAbsent(out.get(g), x -> grams.size());
      }
    }
    return gramKeys;
  }

  private static final Pattern TOKEN =
      Pattern.compile("\\p{N}+(?:[.,:/]\\p{N}+)*|[\\p{L}\\p{M}]+(?:['][\\p{L}\\p{M}]+)*");

  /** Letters in a character n-gram. */
  static final int GRAM = 4;

  /** The terms of a text: its normalised words and numbers, then its word bigrams. */
  static List<String> terms(String text) {
    String norm = TextNorm.forComparison(text).toLowerCase(Locale.ROOT);
    List<String> words = new ArrayList<>();
    Matcher m = TOKEN.matcher(norm);
    while (m.find()) {
      words.add(stem(m.group()));
    }
    List<String> terms = new ArrayList<>(words.size() * 2);
    terms.addAll(words);
    for (int i = 0; i + 1 < words.size(); i++) {
      terms.add(words.get(i) + ' ' + words.get(i + 1));
    }
    return terms;
  }

  /**
   * The character n-grams of a text's words, each word padded with a space on both sides (so a
   * short word is one gram and word starts count). Numbers are kept whole, like in {@link #terms}.
   */
  static List<String> grams(String text) {
    String norm = TextNorm.forComparison(text).toLowerCase(Locale.ROOT);
    List<String> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(norm);
    while (m.find()) {
      gramsOf(m.group(), out);
    }
    return out;
  }

  private static void gramsOf(String w, List<String> out) {
    if (!Character.isLetter(w.charAt(0)) || w.length() + 2 <= GRAM) {
      out.add(w);
      return;
    }
    String padded = ' ' + w + ' ';
    for (int i = 0; i + GRAM <= padded.length(); i++) {
      out.add(padded.substring(i, i + GRAM));
    }
  }

  /**
   * A light English suffix stripper ("guarantees" and "guaranteed" → "guarante"), so that a
   * reworded clause keeps credit for the same word in another form. Numbers and short words are
   * kept whole.
   */
  static String stem(String w) {
    if (w.length() <= 4 || !Character.isLetter(w.charAt(0))) {
      return w;
    }
    for (String suffix : SUFFIXES) {
      if (w.endsWith(suffix) && w.length() - suffix.length() >= 4) {
        return w.substring(0, w.length() - suffix.length());
      }
    }
    return w;
  }

  private static final String[] SUFFIXES = {
    "ations", "ation", "ments", "ment", "ings", "ing", "ies", "ied", "es", "ed", "ly", "s", "e", "y"
  };

  /**
   * Where the token starting at {@code i} ends, or {@code i} if none starts there: a run of digits
   * with single separators inside ("600,000", "50:50"), or a run of letters and marks with single
   * apostrophes inside.
   */
  static int tokenEnd(String s, int i) {
    int cp = s.codePointAt(i);
    if (isNumber(cp)) {
      int end = run(s, i, true);
      while (end + 1 < s.length() && ".,:/".indexOf(s.charAt(end)) >= 0) {
        int next = run(s, end + 1, true);
        if (next == end + 1) {
          break;
        }
        end = next;
      }
      return end;
    }
    if (isLetter(cp)) {
      int end = run(s, i, false);
      while (end + 1 < s.length() && s.charAt(end) == '\'') {
        int next = run(s, end + 1, false);
        if (next == end + 1) {
          break;
        }
        end = next;
      }
      return end;
    }
    return i;
  }

  private static int run(String s, int i, boolean numbers) {
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      if (numbers ? !isNumber(cp) : !isLetter(cp)) {
        break;
      }
      i += Character.charCount(cp);
    }
    return i;
  }

  /** {@code \p{N}}: a digit, a letter number or another number. */
  private static boolean isNumber(int cp) {
    if (cp < 0x80) {
      return cp >= '0' && cp <= '9';
    }
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  /** {@code [\p{L}\p{M}]}: a letter or a mark. */
  private static boolean isLetter(int cp) {
    if (cp < 0x80) {
      return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z';
    }
    int type = Character.getType(cp);
    return Character.isLetter(cp)
        || type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }
}
