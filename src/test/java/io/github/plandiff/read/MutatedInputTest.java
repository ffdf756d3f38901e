package io.github.plandiff.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.plandiff.model.Document;
import io.github.plandiff.model.DraftReadException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Damaged files: each format's fixture with bytes flipped, cut or repeated, by seed. Every read
 * either gives a document whose spans hold or a {@link DraftReadException}; nothing else escapes.
 */
class MutatedInputTest {

  private static final Map<String, byte[]> VARIANTS = variants();

  private static Map<String, byte[]> variants() {
    Map<String, byte[]> all =
        new java.util.TreeMap<>(
            DraftVariants.of(ReadFixtures.text("draft/plan.txt").lines().toList()));
    all.put("bill.xml", ReadFixtures.resource("bills/h1037_eh.XML"));
    return all;
  }

  static Stream<Arguments> cases() {
    return VARIANTS.keySet().stream()
        .flatMap(name -> IntStream.range(0, 25).mapToObj(seed -> Arguments.of(name, seed)));
  }

  @ParameterizedTest(name = "{0} seed {1}")
  @MethodSource("cases")
  void readsOrRefusesADamagedFile(String name, int seed) {
    byte[] bytes = mutate(VARIANTS.get(name), new SplittableRandom(seed));

    try {
      Document document = DraftReaders.read(bytes, name);
      ReadFixtures.assertSpansHold(document);
    } catch (DraftReadException e) {
      assertThat(e.getMessage()).as("seed %d", seed).startsWith(name + ": ");
    }
  }

  static byte[] mutate(byte[] original, SplittableRandom random) {
    byte[] bytes = original.clone();
    switch (random.nextInt(4)) {
      case 0 -> {
        for (int i = 0, n = 1 + random.nextInt(20); i < n; i++) {
          bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        }
      }
      case 1 -> bytes = Arrays.copyOf(bytes, random.nextInt(bytes.length));
      case 2 -> {
        int from = random.nextInt(bytes.length);
        int length = Math.min(bytes.length - from, 1 + random.nextInt(512));
        byte[] longer = Arrays.copyOf(bytes, bytes.length + length);
        System.arraycopy(bytes, from, longer, from + length, bytes.length - from);
        bytes = longer;
      }
      default -> {
        int at = random.nextInt(bytes.length);
        Arrays.fill(bytes, at, Math.min(bytes.length, at + 1 + random.nextInt(64)), (byte) 0);
      }
    }
    return bytes;
  }

  static List<String> names() {
    return List.copyOf(VARIANTS.keySet());
  }
}
