package io.github.plandiff.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class HistoryTextRendererTest {

  @Test
  void rendersTheSmallHistoryAsItsGoldenFile() throws IOException {
    HistoryGolden.assertMatches(
        "history-small.txt", new HistoryTextRenderer().render(HistoryFixtures.small()));
  }

  @Test
  void followsTheTroopCapAndTheAmnestyInTheUkraineDrafts() {
    String text = new HistoryTextRenderer().render(HistoryFixtures.ukraine());

    assertThat(text)
        .containsPattern("(?m)^6 +\\| 6 \\+ +\\| 6 ~ +\\| 4 ~ +\\| Ukraine's armed forces")
        .containsPattern("(?m)^26 +\\| 26 \\+ +\\| x +\\| +\\| Everyone who took part")
        .contains(
            "  EU counter  6.  ~   Ukraine's armed forces will not exceed 800,000 personnel in peacetime.")
        .contains(
            "  20-point    4)  ~   In peacetime, Ukraine\u2019s armed forces will remain at 800,000 personnel.");
  }

  @Test
  void endsWithANewlineAndUsesNoColour() {
    String text = new HistoryTextRenderer().render(HistoryFixtures.small());

    assertThat(text).endsWith("\n").doesNotContain("\u001B").doesNotContain("\r");
  }
}
