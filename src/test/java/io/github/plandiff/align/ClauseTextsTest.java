package io.github.plandiff.align;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.plandiff.model.Clause;
import io.github.plandiff.model.Span;
import io.github.plandiff.model.TextNorm;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The key and words of a clause built from its parts equal those read from its whole text, on
 * random clause trees with hostile text (combining marks, compatibility characters, final sigma,
 * odd whitespace, empty parts).
 */
class ClauseTextsTest {

  private static final String[] PIECES = {
    "the", "Parties", "shall", "600,000", "50:50", "ΟΔΟΣ", "Σ", "σ", "İ", "ﬁ", "①", "e\u0301",
    "\u0301", "a\u00A0b", "  ", "\t", "\u2003", "\u3000", "", "—", "“quoted”", "’", "x'", "😀",
    "\u200B", "한", "\u1100\u1161", "Україна", "l'accord", "(a)", ";", "\n", "1.", "ǅ"
  };

  static Stream<Long> seeds() {
    return LongStream.rangeClosed(1, 150).boxed();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void keyAndWordsFromThePartsEqualThoseOfTheWholeText(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Clause root = clause(random, 0);
    ClauseTexts texts = new ClauseTexts();
    root.forEach(
        c -> {
          assertThat(texts.key(c)).isEqualTo(TextNorm.forComparison(c.fullText()));
          String termText = c.heading().map(h -> h + "\n").orElse("") + c.fullText();
          assertThat(words(texts, texts.words(c)))
              .as("words of %s", termText)
              .isEqualTo(words(texts, texts.vocabulary().read(termText)));
        });
  }

  @ParameterizedTest
  @MethodSource("fewSeeds")
  void preparingManyClausesAtOnceGivesTheSameKeysAndWords(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Clause> all = new ArrayList<>();
    while (all.size() < CandidatePairs.PARALLEL_FROM) {
      clause(random, 0).forEach(all::add);
    }
    ClauseTexts prepared = new ClauseTexts();
    prepared.prepare(all);
    ClauseTexts plain = new ClauseTexts();
    for (Clause c : all) {
      assertThat(prepared.key(c)).isEqualTo(plain.key(c));
      assertThat(words(prepared, prepared.words(c))).isEqualTo(words(plain, plain.words(c)));
    }
  }

  static Stream<Long> fewSeeds() {
    return LongStream.rangeClosed(1, 5).boxed();
  }

  private static List<String> words(ClauseTexts texts, int[] ids) {
    return Arrays.stream(ids).mapToObj(texts.vocabulary()::word).toList();
  }

  private static Clause clause(SplittableRandom random, int depth) {
    List<Clause> children = new ArrayList<>();
    int count = depth >= 3 ? 0 : random.nextInt(4);
    for (int k = 0; k < count; k++) {
      children.add(clause(random, depth + 1));
    }
    Optional<String> heading =
        random.nextInt(3) == 0 ? Optional.of(text(random, 3)) : Optional.empty();
    String label = random.nextInt(4) == 0 ? text(random, 1) : "(" + random.nextInt(9) + ")";
    return new Clause(
        "c" + depth + "-" + random.nextInt(1000),
        label,
        heading,
        text(random, 8),
        children,
        Span.NONE);
  }

  private static String text(SplittableRandom random, int most) {
    StringBuilder sb = new StringBuilder();
    int pieces = random.nextInt(most + 1);
    for (int k = 0; k < pieces; k++) {
      sb.append(PIECES[random.nextInt(PIECES.length)]);
      if (random.nextBoolean()) {
        sb.append(' ');
      }
    }
    return sb.toString();
  }
}
