package io.github.plandiff.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The quick test of a number's first word turns away only words the full reading turns away. */
class NumbersTest {

  private static final Rules RULES = new Rules(Lexicon.defaults());

  private static final String[] PIECES = {
    "one",
    "twenty-five",
    "hundred",
    "thousand",
    "million",
    "and",
    "days",
    "600,000",
    "1.5",
    "1-9",
    "10bn",
    "bn",
    "half",
    "third",
    "the",
    "Parties",
    "shall",
    "-",
    "x-ray",
    "Thirty",
    "2027",
    "$5",
    "٣",
    "one-and",
    "100%",
    "a"
  };

  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void readsEveryWordAsTheFullReadingDoes(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    StringBuilder text = new StringBuilder();
    for (int k = 0; k < 4 + rnd.nextInt(20); k++) {
      text.append(PIECES[rnd.nextInt(PIECES.length)]).append(rnd.nextInt(4) == 0 ? "" : " ");
    }
    List<Word> words = Words.split(text.toString(), 0, text.length());

    for (int i = 0; i < words.size(); i++) {
      assertThat(Numbers.parse(RULES, words, i))
          .as("word %d of %s", i, text)
          .isEqualTo(Numbers.parseFully(RULES, words, i));
    }
  }

  @Test
  void stillReadsNumbersInWordsAndDigits() {
    List<Word> words = Words.split("twenty-five thousand and 600,000", 0, 32);

    assertThat(Numbers.parse(RULES, words, 0).value())
        .isEqualByComparingTo(BigDecimal.valueOf(25_000));
    assertThat(Numbers.parse(RULES, words, 3).value())
        .isEqualByComparingTo(BigDecimal.valueOf(600_000));
    assertThat(Numbers.parse(RULES, words, 2)).isNull();
  }
}
