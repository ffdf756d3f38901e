package io.github.plandiff.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The word table gives the same ids as a map from whole words, through growth and collisions. */
class WordTableTest {

  static Stream<Long> seeds() {
    return LongStream.rangeClosed(1, 20).boxed();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void findsEachWordByItsRangeInAnyTextAndNothingElse(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    WordTable table = new WordTable();
    Map<String, Integer> plain = new HashMap<>();
    for (int k = 0; k < 5_000; k++) {
      String word = word(random);
      String text = word(random) + " " + word + " " + word(random);
      int from = text.indexOf(' ') + 1;
      int id = table.get(text, from, from + word.length());
      assertThat(id).isEqualTo(plain.getOrDefault(word, -1));
      if (id < 0) {
        table.put(word, plain.size());
        plain.put(word, plain.size());
      }
    }
    for (Map.Entry<String, Integer> e : plain.entrySet()) {
      String text = "[" + e.getKey() + "]";
      assertThat(table.get(text, 1, text.length() - 1)).isEqualTo(e.getValue());
      assertThat(table.get(text, 0, text.length())).isEqualTo(-1);
    }
  }

  /** Short words over few letters, so that many repeat and many share a prefix. */
  private static String word(SplittableRandom random) {
    StringBuilder sb = new StringBuilder();
    int length = 1 + random.nextInt(6);
    for (int i = 0; i < length; i++) {
      sb.append("abc\u00e9\u0416".charAt(random.nextInt(5)));
    }
    return sb.toString();
  }
}
