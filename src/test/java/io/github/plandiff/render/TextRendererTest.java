package io.github.plandiff.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextRendererTest {

  @Test
  void plainTextHasNoEscapeCodesAndMarksChangesWithBrackets() {
    String text = new TextRenderer(TextStyle.PLAIN).render(Fixtures.plan());
    assertThat(text).doesNotContain("\u001B");
    assertThat(text).contains("[-not exceed 600,000-]{+remain at 800,000+}");
  }

  @Test
  void colourTextStrikesDeletionsAndUnderlinesInsertions() {
    String text = new TextRenderer(TextStyle.COLOR).render(Fixtures.plan());
    assertThat(text)
        .contains("\u001B[31;9mnot exceed 600,000\u001B[0m")
        .contains("\u001B[32;4mremain at 800,000\u001B[0m")
        .doesNotContain("[-");
  }

  @Test
  void opensWithTheHeadline() {
    String text = new TextRenderer(TextStyle.PLAIN).render(Fixtures.plan());
    assertThat(text.indexOf("Commitments removed (1)"))
        .isPositive()
        .isLessThan(text.indexOf("REWORDED 3 -> 1"));
    assertThat(text)
        .contains("  old 1 \u2192 new 2: \u201C600,000\u201D \u2192 \u201C800,000\u201D");
  }

  @Test
  void headlineQuotesAreOneLineAndShort() {
    String longText = "word ".repeat(60).strip();
    assertThat(Headline.shorten(longText))
        .endsWith("word\u2026")
        .hasSizeLessThanOrEqualTo(Headline.MAX_QUOTE);
    assertThat(Headline.shorten("a\nb")).isEqualTo("a b");
    assertThat(Headline.shorten("x".repeat(300))).hasSize(Headline.MAX_QUOTE);
  }
}
