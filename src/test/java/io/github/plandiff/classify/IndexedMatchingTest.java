package io.github.plandiff.classify;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.plandiff.model.TextNorm;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The indexed searches of the classifier (party aliases tried only where their first letters occur,
 * identical sentences paired through a hash map, words normalised without the rest of each word)
 * give exactly what the plain searches give: each is checked here against a straightforward version
 * of itself on random text.
 */
class IndexedMatchingTest {

  private static final Lexicon LEXICON = Lexicon.defaults();
  private static final Parties PARTIES = new Parties(LEXICON.parties());

  /** Words and characters that test case folding, word boundaries and the party aliases. */
  private static final String[] PIECES = {
    "Russia",
    "RUSSIA",
    "russia",
    "Russian",
    "the Russian Federation",
    "Russian  Federation",
    "Ukraine",
    "UKRAINIAN",
    "Ukrainian and",
    "Ukrainian forces",
    "US",
    "us",
    "U.S.",
    "u.s.",
    "USA",
    "EU",
    "E.U.",
    "Europe",
    "European",
    "European states",
    "the United States",
    "United\tStates",
    "NATO",
    "nato",
    "Washington",
    "Kyiv government",
    "Україна",
    "УКРАЇНА",
    "Росія",
    "россия",
    "РФ",
    "США",
    "Соединённые Штаты",
    "İstanbul",
    "ı",
    "K",
    "ſ",
    "ß",
    "$",
    "$US",
    "4US",
    "US4",
    "é",
    "e\u0301",
    "\u00A0",
    "\u2019",
    "\u201C",
    "—",
    "-",
    "'",
    ".",
    ",",
    ";",
    " ",
    " ",
    " ",
    "\n",
    "will",
    "may",
    "not",
    "shall",
    "the",
    "and",
    "or",
    "600,000",
    "600 000",
    "1.5",
    "100",
    "%",
    "€",
    "within 30 days",
    "\uD83D\uDE00",
    "a",
    "b",
    "c",
    "Russian\u00A0Federation",
    "Russian\u2003Federation",
    "Russian\u0085Federation",
    "Russian\u001CFederation",
    "the\u2028Russian Federation",
    "$Russia",
    "Russia$",
    "Russia5",
    "5Russia",
    "\u00B2Russia",
    "Russia\u2160",
    "United States of\nAmerica",
    "$",
    "12",
    "\u00E9"
  };

  static LongStream seeds() {
    return LongStream.range(0, 150);
  }

  private static String randomText(SplittableRandom rnd, int pieces) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < pieces; i++) {
      sb.append(PIECES[rnd.nextInt(PIECES.length)]);
      if (rnd.nextInt(3) > 0) {
        sb.append(' ');
      }
    }
    return sb.toString();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void findsThePartiesAScanOfTheWholeTextFinds(long seed) {
    String text = randomText(new SplittableRandom(seed), 5 + (int) (seed % 60));

    assertThat(PARTIES.find(text)).isEqualTo(ScanningParties.of(LEXICON.parties()).find(text));
  }

  @Test
  void findsPartiesInAnyCaseTheyMatchIn() {
    ScanningParties scan = ScanningParties.of(LEXICON.parties());
    for (String text :
        List.of(
            "RUSSIA and the russian federation; US forces, us, U.S.A.",
            "ſanctions on the United ſtates",
            "УКРАЇНА та РОСІЯ",
            "Kelvin \u212Aremlin")) {
      assertThat(PARTIES.find(text)).isEqualTo(scan.find(text));
    }
    assertThat(PARTIES.find("RUSSIA and us")).extracting(Mention::key).containsExactly("Russia");
  }

  @Test
  void foldsEveryCharacterAsThePatternCaseRuleDoes() {
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      assertThat(Starts.fold(c)).isEqualTo(Character.toLowerCase(Character.toUpperCase((int) c)));
    }
  }

  @Test
  void joinsWordsAtEveryCharacterAsTheGeneralTestDoes() {
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      assertThat(Starts.joinsWord(c))
          .as("U+%04X", (int) c)
          .isEqualTo(Character.isLetter(c) || Character.isDigit(c) || c == '$');
    }
  }

  @Test
  void foldsAsciiTextOnlyWhereItHasOtherWhitespaceThanSpaces() {
    assertThat(SameLengthFold.of("the Parties, 12 $")).isEqualTo("the Parties, 12 $");
    assertThat(SameLengthFold.of("the\tParties\n")).isEqualTo("the Parties ");
    assertThat(SameLengthFold.of("\u201CUS\u201D x")).isEqualTo("\"US\" x");
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void pairsSentencesAsTheGreedyPassOverAllScoresDoes(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    List<Sentence> olds = Sentence.split(sentences(rnd));
    List<Sentence> news = Sentence.split(sentences(rnd));

    SentencePairing fast = new SentencePairing(olds, news);
    AllPairs plain = new AllPairs(olds, news);

    assertThat(fast.oldToNew).containsExactly(plain.oldToNew);
    assertThat(fast.newToOld).containsExactly(plain.newToOld);
    assertThat(fast.oldCovered).containsExactly(plain.oldCovered);
    assertThat(fast.newCovered).containsExactly(plain.newCovered);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void pairsSentencesByTheirWordsNormalFormsAsByTheSentences(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    List<Sentence> olds = Sentence.split(sentences(rnd));
    List<Sentence> news = Sentence.split(sentences(rnd));

    SentencePairing bySentences = new SentencePairing(olds, news);
    SentencePairing byNorms = SentencePairing.ofNorms(norms(olds), norms(news));

    assertThat(byNorms.oldToNew).containsExactly(bySentences.oldToNew);
    assertThat(byNorms.newToOld).containsExactly(bySentences.newToOld);
    assertThat(byNorms.oldCovered).containsExactly(bySentences.oldCovered);
    assertThat(byNorms.newCovered).containsExactly(bySentences.newCovered);
    for (int k = 0; k < olds.size(); k++) {
      assertThat(norms(olds).get(k)).isEqualTo(Words.norms(olds.get(k).text()));
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void scoresEveryPairOfTwoListsAsThePairAloneIsScored(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    List<List<String>> olds = norms(Sentence.split(sentences(rnd)));
    List<List<String>> news = norms(Sentence.split(sentences(rnd)));

    Similarities all = new Similarities(olds, news);

    for (int x = 0; x < olds.size(); x++) {
      for (int y = 0; y < news.size(); y++) {
        assertThat(all.of(x, y)).isEqualTo(SentencePairing.similarity(olds.get(x), news.get(y)));
      }
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void normalisesWordsAsTheFullSplitDoes(long seed) {
    String text = randomText(new SplittableRandom(seed), 5 + (int) (seed % 60));

    assertThat(Words.norms(text))
        .isEqualTo(Words.split(text, 0, text.length()).stream().map(Word::norm).toList());
  }

  private static List<List<String>> norms(List<Sentence> sentences) {
    return sentences.stream().map(s -> s.words().stream().map(Word::norm).toList()).toList();
  }

  /** Sentences drawn from a few, so that many repeat on both sides, some reworded or reordered. */
  private static String sentences(SplittableRandom rnd) {
    String[] pool = {
      "Russia will withdraw its forces.",
      "Russia will withdraw its forces!",
      "Forces will withdraw Russia.",
      "Ukraine may join NATO.",
      "Ukraine may not join NATO.",
      "The United States shall provide guarantees.",
      "Guarantees.",
      "Guarantees;",
      "Elections will be held within 100 days.",
      "Elections will be held within 60 days.",
      "Sanctions will be lifted in stages.",
      "Sanctions will be lifted.",
      "The parties agree.",
      "Agree.",
    };
    StringBuilder sb = new StringBuilder();
    int n = 1 + rnd.nextInt(9);
    for (int i = 0; i < n; i++) {
      sb.append(pool[rnd.nextInt(pool.length)]).append(rnd.nextBoolean() ? " " : "\n");
    }
    return sb.toString();
  }

  /** The party search as a scan of the whole text with each alias's pattern. */
  private record ScanningParties(List<Object[]> aliases) {

    static ScanningParties of(List<Lexicon.Party> parties) {
      List<Object[]> aliases = new ArrayList<>();
      for (Lexicon.Party party : parties) {
        for (String alias : PartyNames.of(party)) {
          add(aliases, party.name(), alias, "");
        }
      }
      aliases.sort(
          Comparator.comparingInt((Object[] a) -> -(int) a[2]).thenComparing(a -> (String) a[0]));
      return new ScanningParties(aliases);
    }

    private static void add(List<Object[]> out, String party, String alias, String after) {
      String a = TextNorm.forComparison(alias);
      if (a.isEmpty()) {
        return;
      }
      String letters = a.replace(".", "");
      boolean acronym =
          letters.length() <= 3
              && letters.equals(letters.toUpperCase(Locale.ROOT))
              && !letters.equals(letters.toLowerCase(Locale.ROOT));
      int flags = Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
      if (!acronym) {
        flags |= Pattern.CASE_INSENSITIVE;
      }
      String body = Pattern.quote(a).replace(" ", "\\E\\s+\\Q");
      Pattern p =
          Pattern.compile("(?<![\\p{L}\\p{N}$])" + body + "(?![\\p{L}\\p{N}$])" + after, flags);
      String probe = a.toLowerCase(Locale.ROOT);
      out.add(new Object[] {party, p, a.length(), probe.substring(0, Math.min(3, probe.length()))});
    }

    List<Mention> find(String text) {
      String folded = SameLengthFold.of(text);
      String lower = folded.toLowerCase(Locale.ROOT);
      boolean[] taken = new boolean[text.length()];
      List<Mention> found = new ArrayList<>();
      for (Object[] alias : aliases) {
        if (!lower.contains((String) alias[3])) {
          continue;
        }
        Matcher m = ((Pattern) alias[1]).matcher(folded);
        while (m.find()) {
          boolean free = true;
          for (int i = m.start(); i < m.end(); i++) {
            free &= !taken[i];
          }
          // A name followed on its line by a capitalised word ("United States Code") is not the
          // party.
          String rest = text.substring(m.end()).replaceFirst("^[ \u00A0]+", "");
          boolean longerName =
              rest.length() < text.length() - m.end()
                  && !rest.isEmpty()
                  && Character.isUpperCase(rest.codePointAt(0));
          if (free && !longerName) {
            Arrays.fill(taken, m.start(), m.end(), true);
            found.add(new Mention((String) alias[0], m.start(), m.end()));
          }
        }
      }
      found.sort(Comparator.comparingInt(Mention::start));
      return found;
    }
  }

  /** Sentence pairing as a greedy pass over the scores of all pairs, on hash-map word bags. */
  private static final class AllPairs {
    final int[] oldToNew;
    final int[] newToOld;
    final boolean[] oldCovered;
    final boolean[] newCovered;

    AllPairs(List<Sentence> olds, List<Sentence> news) {
      oldToNew = new int[olds.size()];
      newToOld = new int[news.size()];
      Arrays.fill(oldToNew, -1);
      Arrays.fill(newToOld, -1);
      List<Map<String, Integer>> a = bags(olds, false);
      List<Map<String, Integer>> b = bags(news, false);
      List<Map<String, Integer>> a2 = bags(olds, true);
      List<Map<String, Integer>> b2 = bags(news, true);
      List<double[]> candidates = new ArrayList<>();
      for (int i = 0; i < olds.size(); i++) {
        for (int j = 0; j < news.size(); j++) {
          double score = (dice(a.get(i), b.get(j)) + dice(a2.get(i), b2.get(j))) / 2;
          if (score >= SentencePairing.PAIR_THRESHOLD || olds.size() == 1 && news.size() == 1) {
            candidates.add(new double[] {score, i, j});
          }
        }
      }
      candidates.sort(
          Comparator.comparingDouble((double[] c) -> -c[0])
              .thenComparingDouble(c -> c[1])
              .thenComparingDouble(c -> c[2]));
      for (double[] c : candidates) {
        int i = (int) c[1];
        int j = (int) c[2];
        if (oldToNew[i] < 0 && newToOld[j] < 0) {
          oldToNew[i] = j;
          newToOld[j] = i;
        }
      }
      oldCovered = covered(a, b, oldToNew);
      newCovered = covered(b, a, newToOld);
    }

    private static boolean[] covered(
        List<Map<String, Integer>> side, List<Map<String, Integer>> other, int[] paired) {
      boolean[] out = new boolean[side.size()];
      for (int i = 0; i < side.size(); i++) {
        for (Map<String, Integer> o : other) {
          int sa = size(side.get(i));
          double containment = sa == 0 ? 1 : (double) common(side.get(i), o) / sa;
          out[i] |= paired[i] < 0 && containment >= SentencePairing.COVERED_THRESHOLD;
        }
      }
      return out;
    }

    private static List<Map<String, Integer>> bags(List<Sentence> sentences, boolean pairs) {
      List<Map<String, Integer>> out = new ArrayList<>();
      for (Sentence s : sentences) {
        Map<String, Integer> bag = new HashMap<>();
        List<Word> w = s.words();
        for (int i = 0; i < w.size(); i++) {
          if (!pairs) {
            bag.merge(w.get(i).norm(), 1, Integer::sum);
          } else if (i + 1 < w.size()) {
            bag.merge(w.get(i).norm() + " " + w.get(i + 1).norm(), 1, Integer::sum);
          }
        }
        out.add(bag);
      }
      return out;
    }

    private static double dice(Map<String, Integer> a, Map<String, Integer> b) {
      int sa = size(a);
      int sb = size(b);
      return sa + sb == 0 ? 1 : 2.0 * common(a, b) / (sa + sb);
    }

    private static int common(Map<String, Integer> a, Map<String, Integer> b) {
      int n = 0;
      for (Map.Entry<String, Integer> e : a.entrySet()) {
        n += Math.min(e.getValue(), b.getOrDefault(e.getKey(), 0));
      }
      return n;
    }

    private static int size(Map<String, Integer> bag) {
      return bag.values().stream().mapToInt(Integer::intValue).sum();
    }
  }
}
