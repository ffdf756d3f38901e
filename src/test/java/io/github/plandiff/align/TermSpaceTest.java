package io.github.plandiff.align;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.plandiff.align.TermSpace.Vec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The term space read with interned words gives exactly the vectors of the plain definition: every
 * text cut into {@link TermSpace#terms} or {@link TermSpace#grams} strings, ids in order of first
 * use, TF-IDF weights; and the one-pass pair score equals the separate measures.
 */
class TermSpaceTest {

  private static final String[] WORDS = {
    "the",
    "parties",
    "shall",
    "guarantees",
    "guaranteed",
    "rebuilding",
    "rebuilt",
    "600,000",
    "50:50",
    "1.5",
    "Україна",
    "гарантії",
    "naïve",
    "cafe\u0301",
    "l'accord",
    "o'clock",
    "at",
    "a",
    "İstanbul",
    "ß",
    "x'",
    "'y",
    "3/4",
    "1,",
    "١٢٣",
    "Ⅻ",
    "e\u0301\u0301",
    "\u0301ab",
    "😀",
    "fiancée",
    "ﬁre",
    "Ⅸ",
    "²",
    "ÅNGSTRÖM",
    "co-operation",
    "U.S.",
    "—",
    "‘quoted’"
  };

  static Stream<Long> seeds() {
    return LongStream.rangeClosed(1, 40).boxed();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void readingOnceGivesTheVectorsOfTheTermStrings(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<String> olds = texts(random);
    List<String> news = texts(random);
    Reading reading = Reading.of(olds, news);
    assertSame(TermSpace.fit(reading), reference(olds, news, Vocabulary::terms));
    assertSame(TermSpace.fitGrams(reading), reference(olds, news, Vocabulary::grams));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void onePassScoreEqualsTheSeparateMeasures(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    TermSpace space = TermSpace.fit(texts(random), texts(random));
    for (int i = 0; i < space.olds.length; i++) {
      for (int j = 0; j < space.news.length; j++) {
        Vec a = space.olds[i];
        Vec b = space.news[j];
        CandidatePairs.Pair p = PairScores.score(i, j, a, b);
        assertThat(p.cosine()).isEqualTo(TermSpace.cosine(a, b));
        assertThat(p.oldInNew()).isEqualTo(TermSpace.containment(a, b));
        assertThat(p.newInOld()).isEqualTo(TermSpace.containment(b, a));
      }
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void everyWeightIsPositiveAndFiniteSoThatThePlainMinimumIsMathMin(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Reading reading = Reading.of(texts(random), texts(random));
    for (TermSpace space : List.of(TermSpace.fit(reading), TermSpace.fitGrams(reading))) {
      for (int i = 0; i < space.olds.length; i++) {
        assertThat(Arrays.stream(space.old(i).raw())).allMatch(w -> w >= 1 && Double.isFinite(w));
      }
      for (int j = 0; j < space.news.length; j++) {
        assertThat(Arrays.stream(space.neu(j).raw())).allMatch(w -> w >= 1 && Double.isFinite(w));
      }
    }
    double[] weights = {1, 1.5, 2.75, 1e300};
    for (double x : weights) {
      for (double y : weights) {
        assertThat(PairScores.smaller(x, y)).isEqualTo(Math.min(x, y));
      }
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void scoringAgainstATableOfTheOldTermsGivesTheSameFigures(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    TermSpace space = TermSpace.fit(texts(random), texts(random));
    int[] table = new int[space.df.length];
    for (int i = 0; i < space.olds.length; i++) {
      Vec a = space.olds[i];
      PairScores.spread(table, a);
      for (int j = 0; j < space.news.length; j++) {
        assertThat(PairScores.score(i, j, a, table, space.news[j]))
            .isEqualTo(PairScores.score(i, j, a, space.news[j]));
      }
      PairScores.clear(table, a);
      assertThat(table).containsOnly(0);
    }
  }

  @ParameterizedTest
  @MethodSource("fewSeeds")
  void readingTextsEnoughToShareTheWorkGivesTheSameVectors(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<String> olds = texts(random, CandidatePairs.PARALLEL_FROM + random.nextInt(500));
    List<String> news = texts(random, CandidatePairs.PARALLEL_FROM + random.nextInt(500));
    Reading reading = Reading.of(olds, news);
    assertSame(TermSpace.fit(reading), reference(olds, news, Vocabulary::terms));
    assertSame(TermSpace.fitGrams(reading), reference(olds, news, Vocabulary::grams));
  }

  static Stream<Long> fewSeeds() {
    return LongStream.rangeClosed(1, 3).boxed();
  }

  private static List<String> texts(SplittableRandom random) {
    return texts(random, 1 + random.nextInt(12));
  }

  private static List<String> texts(SplittableRandom random, int count) {
    List<String> texts = new ArrayList<>();
    for (int t = 0; t < count; t++) {
      if (!texts.isEmpty() && random.nextInt(4) == 0) {
        texts.add(texts.get(random.nextInt(texts.size())));
        continue;
      }
      StringBuilder sb = new StringBuilder();
      int words = random.nextInt(14);
      for (int w = 0; w < words; w++) {
        sb.append(WORDS[random.nextInt(WORDS.length)]);
        sb.append(random.nextInt(5) == 0 ? ",\n " : " ");
      }
      texts.add(sb.toString());
    }
    return texts;
  }

  /** The plain definition: term strings, ids by first use, TF-IDF with sublinear frequency. */
  private record Reference(Vec[] olds, Vec[] news, int[] df) {}

  private static Reference reference(
      List<String> olds, List<String> news, Function<String, List<String>> split) {
    Map<String, Integer> ids = new HashMap<>();
    List<int[]> counts = new ArrayList<>();
    for (String text : concat(olds, news)) {
      int[] idsOf =
          split.apply(text).stream()
              .mapToInt(t -> ids.computeIfAbsent(t, x -> ids.size()))
              .toArray();
      counts.add(idsOf);
    }
    int[] df = new int[ids.size()];
    for (int[] c : counts) {
      Arrays.stream(c).distinct().forEach(id -> df[id]++);
    }
    int n = olds.size() + news.size();
    Vec[] vecs = new Vec[n];
    for (int k = 0; k < n; k++) {
      int[] terms = Arrays.stream(counts.get(k)).distinct().sorted().toArray();
      double[] raw = new double[terms.length];
      for (int t = 0; t < terms.length; t++) {
        int term = terms[t];
        long tf = Arrays.stream(counts.get(k)).filter(id -> id == term).count();
        double idf = Math.log((n + 1.0) / (df[term] + 1.0)) + 1.0;
        raw[t] = (1 + Math.log(tf)) * idf;
      }
      vecs[k] = new Vec(terms, raw, new double[0], Arrays.stream(raw).sum());
    }
    return new Reference(
        Arrays.copyOfRange(vecs, 0, olds.size()), Arrays.copyOfRange(vecs, olds.size(), n), df);
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static void assertSame(TermSpace actual, Reference expected) {
    assertThat(actual.df).containsExactly(expected.df());
    Vec[] olds = IntStream.range(0, actual.olds.length).mapToObj(actual::old).toArray(Vec[]::new);
    Vec[] news = IntStream.range(0, actual.news.length).mapToObj(actual::neu).toArray(Vec[]::new);
    assertVecs(olds, expected.olds());
    assertVecs(news, expected.news());
  }

  private static void assertVecs(Vec[] actual, Vec[] expected) {
    assertThat(actual).hasSameSizeAs(expected);
    for (int k = 0; k < actual.length; k++) {
      assertThat(actual[k].terms()).as("terms of text %d", k).containsExactly(expected[k].terms());
      assertThat(actual[k].raw()).as("weights of text %d", k).containsExactly(expected[k].raw());
    }
  }
}
