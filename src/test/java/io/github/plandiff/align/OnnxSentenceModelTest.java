package io.github.plandiff.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** Both sentence models run through the one shared ONNX path, each with its own pooling. */
class OnnxSentenceModelTest {

  private static final List<String> TEXTS =
      List.of(
          "All prisoners of war shall be released within thirty days.",
          "Every captured soldier is to be freed before a month has passed.",
          "The central bank shall publish its accounts every year.");

  @Test
  void theBundledModelIsMiniLm() {
    assertThat(SemanticModels.bundled()).containsSame(OnnxSentenceModel.MINILM);
  }

  @Test
  void bgeSmallLoadsFromItsOwnFilesAndSaysAParaphraseIsCloserThanAnotherSubject() {
    SemanticModel bge = SemanticModels.find(() -> OnnxSentenceModel.BGE_SMALL).orElseThrow();
    List<float[]> v = bge.embed(TEXTS);
    assertThat(v).allSatisfy(x -> assertThat(x).hasSize(384));
    assertThat(Math.sqrt(dot(v.get(0), v.get(0)))).isCloseTo(1.0, Offset.offset(1e-4));
    assertThat(dot(v.get(0), v.get(1))).isGreaterThan(dot(v.get(0), v.get(2)) + 0.1);
  }

  @Test
  void theTwoModelsGiveDifferentVectors() {
    float[] minilm = OnnxSentenceModel.MINILM.embedUncached(TEXTS.subList(0, 1)).get(0);
    float[] bge = OnnxSentenceModel.BGE_SMALL.embedUncached(TEXTS.subList(0, 1)).get(0);
    assertThat(bge).hasSameSizeAs(minilm);
    assertThat(dot(minilm, bge)).isLessThan(0.9);
  }

  private static double dot(float[] a, float[] b) {
    double d = 0;
    for (int k = 0; k < a.length; k++) {
      d += a[k] * b[k];
    }
    return d;
  }
}
