package io.github.plandiff;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.plandiff.model.ClauseChange;
import io.github.plandiff.model.Comparison;
import io.github.plandiff.model.PlanDiffException;
import io.github.plandiff.model.Segment;
import io.github.plandiff.render.JsonRenderer;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzzes {@link PlanDiff#compareTexts}: any two texts give a comparison whose redlines are lossless
 * and cover every clause once, and which renders to JSON, or a {@link PlanDiffException}.
 */
class PlanDiffFuzzTest {

  @FuzzTest(maxDuration = "5m")
  void comparesAnyTexts(FuzzedDataProvider data) {
    String oldText = data.consumeString(4000);
    String newText = data.consumeRemainingAsString();
    Comparison c;
    try {
      c = PlanDiff.compareTexts(oldText, newText);
    } catch (PlanDiffException expected) {
      assertThat(expected.getMessage()).isNotBlank();
      return;
    }
    List<String> olds = new ArrayList<>();
    List<String> news = new ArrayList<>();
    for (ClauseChange change : c.changes()) {
      assertThat(Segment.oldText(change.redline()))
          .isEqualTo(InvariantPropertiesTest.side(c.oldDraft(), change.match().oldIds()));
      assertThat(Segment.newText(change.redline()))
          .isEqualTo(InvariantPropertiesTest.side(c.newDraft(), change.match().newIds()));
      olds.addAll(change.match().oldIds());
      news.addAll(change.match().newIds());
    }
    assertThat(olds).containsExactlyInAnyOrderElementsOf(InvariantPropertiesTest.ids(c.oldDraft()));
    assertThat(news).containsExactlyInAnyOrderElementsOf(InvariantPropertiesTest.ids(c.newDraft()));
    assertThat(new JsonRenderer().render(c)).startsWith("{");
  }
}
