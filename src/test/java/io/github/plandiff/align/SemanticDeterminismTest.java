package io.github.plandiff.align;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.plandiff.model.Alignment;
import io.github.plandiff.model.Draft;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The semantic model gives the same bits run after run, and so the same alignment. */
class SemanticDeterminismTest {

  @Test
  void embeddingTheSameTextsTwiceWithoutTheCacheGivesTheSameBits() {
    List<String> texts =
        SampleAlignmentTest.sample("minsk-2").clauses().stream().map(c -> c.fullText()).toList();
    List<float[]> first = OnnxSentenceModel.MINILM.embedUncached(texts);
    List<float[]> second = OnnxSentenceModel.MINILM.embedUncached(texts);
    for (int k = 0; k < texts.size(); k++) {
      assertThat(second.get(k)).as("text %d", k).containsExactly(first.get(k));
    }
  }

  @Test
  void aligningTheSameDraftsTwiceGivesEqualAlignments() {
    Draft o = SampleAlignmentTest.sample("minsk-1");
    Draft n = SampleAlignmentTest.sample("minsk-2");
    Alignment first = new Aligner(AlignerSettings.DEFAULTS).align(o, n);
    Alignment second = new Aligner(AlignerSettings.DEFAULTS).align(o, n);
    assertThat(second).isEqualTo(first);
    assertThat(first.warnings()).isEmpty();
  }
}
