package io.github.plandiff.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.plandiff.model.Block;
import io.github.plandiff.model.Document;
import io.github.plandiff.model.DraftReadException;

/**
 * Fuzzes format detection and decoding. In a normal build the committed inputs under {@code
 * DraftReadersFuzzTestInputs/readsAnyBytes} replay as regression tests; {@code JAZZER_FUZZ=1}
 * fuzzes (docs/robustness.md).
 */
class DraftReadersFuzzTest {

  @FuzzTest(maxDuration = "5m")
  void readsAnyBytes(byte[] bytes) {
    Document document;
    try {
      document = DraftReaders.read(bytes, "fuzz.txt");
    } catch (DraftReadException expected) {
      assertThat(expected.getMessage()).startsWith("fuzz.txt: ");
      return;
    }
    assertThat(document.text()).doesNotContain("\r").doesNotContain("\0");
    for (Block block : document.blocks()) {
      assertThat(block.span().end()).isLessThanOrEqualTo(document.text().length());
      assertThat(document.text().substring(block.span().start(), block.span().end()))
          .isEqualTo(block.text());
    }
  }
}
