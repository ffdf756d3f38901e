package io.github.plandiff.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.plandiff.model.Comparison;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class JsonStreamTest {

  static final java.util.List<String> PAIRS = Samples.PAIRS;

  @ParameterizedTest
  @FieldSource("PAIRS")
  void aComparisonWrittenToAWriterIsTheRenderedText(String pair) {
    Comparison comparison = Samples.compare(pair);
    StringWriter out = new StringWriter();
    new JsonRenderer().render(comparison, out);
    assertThat(out.toString()).isEqualTo(new JsonRenderer().render(comparison)).endsWith("}\n");
  }
}
