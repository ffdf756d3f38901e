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

  @Test
  void showsSectionsAndAnnexesAboveTheClausesOfAParsedDraft() {
    String text =
        "Plan\n\nI. SECURITY\n1. A ceasefire.\n2. Talks.\nII. ECONOMY\n3. A fund.\n\n"
            + "Annex I. Exchange\n\nThe parties agree:\n1. All for all.\n";
    io.github.plandiff.model.Draft draft =
        io.github.plandiff.PlanDiff.parse(
            text.getBytes(java.nio.charset.StandardCharsets.UTF_8), "p.txt", "p");
    String out = new TextRenderer(TextStyle.PLAIN).render(draft);

    assertThat(out)
        .contains("section [I] I. SECURITY  (lines 3-3)\n[1] 1. A ceasefire.")
        .contains("section [II] II. ECONOMY  (lines 6-6)\n[3] 3. A fund.")
        .contains("annex [Annex I] Annex I. Exchange  (lines 9-12)\n  text: The parties agree:\n")
        .contains("[Annex I/1] 1. All for all.");
  }

  @Test
  void showsAChangedSectionHeadingBeforeTheChangeItStandsBefore() {
    String old = "Plan\n\nSecurity\n\n1. A ceasefire.\n\nEconomy\n\n2. A fund.\n";
    String now =
        "Plan\n\nSecurity\n\n1. A ceasefire.\n\nEconomy and reconstruction\n\n2. A fund.\n";
    String out =
        new TextRenderer(TextStyle.PLAIN)
            .render(io.github.plandiff.PlanDiff.compareTexts(old, now));

    assertThat(out)
        .contains("SECTION Security\n\nUNCHANGED 1 -> 1")
        .contains(
            "SECTION REWORDED s2 -> s2\n    Economy{+ and reconstruction+}\n\nUNCHANGED 2 -> 2");
  }
}
