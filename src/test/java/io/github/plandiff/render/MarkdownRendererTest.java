package io.github.plandiff.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

  private final String md = new MarkdownRenderer().render(Fixtures.plan());

  @Test
  void startsWithASummaryTable() {
    assertThat(md).startsWith("## plandiff: Round 1 \u2192 Round 2\n");
    assertThat(md)
        .contains(
            "| unchanged | reworded | merged | split | removed | added | moved | renumbered |\n"
                + "|---:|---:|---:|---:|---:|---:|---:|---:|\n"
                + "| 1 | 3 | 1 | 1 | 1 | 1 | 1 | 3 |\n");
    assertThat(md).contains("**Signals:** 1 modality weakened,");
    assertThat(md.indexOf("### What changed in the commitments"))
        .isLessThan(md.indexOf("### Changes"));
  }

  @Test
  void marksDeletionsAndInsertions() {
    assertThat(md)
        .contains("#### Reworded \u00B7 old 1 \u2192 new 2 \u00B7 renumbered")
        .contains(
            "armed forces will <del>not exceed 600,000</del><ins>remain at 800,000</ins> personnel\\.")
        .contains("- **quantity changed**: <del>600,000</del> \u2192 <ins>800,000</ins>")
        .contains("#### Removed \u00B7 old 6\n\n- **commitment removed**: <del>An amnesty")
        .contains("Topics: amnesty\n\n<del>An amnesty is granted to all parties\\.</del>\n");
  }

  @Test
  void countsUnchangedClausesWithoutListingThem() {
    assertThat(md)
        .contains("_1 unchanged clause not shown._")
        .doesNotContain("This agreement is binding");
  }

  @Test
  void hostileDraftTextCannotInjectLinksHtmlImagesOrMentions() {
    String hostile = new MarkdownRenderer().render(Fixtures.hostile());
    String withoutOurTags = hostile.replaceAll("</?(del|ins|br|details|summary)>", "");
    assertThat(withoutOurTags).doesNotContain("<");
    assertThat(hostile)
        .doesNotContainPattern("(?<!\\\\)\\]\\(")
        .doesNotContainPattern("(?<!\\\\)!\\[")
        .doesNotContainPattern("@[A-Za-z0-9]")
        .doesNotContainPattern("#[0-9]")
        .doesNotContainPattern("(?i)https?://")
        .doesNotContainPattern("(?i)javascript:")
        .doesNotContainPattern("(?i)www\\.");
    assertThat(hostile)
        .contains("&lt;script&gt;alert\\(1\\)&lt;/script&gt;")
        .contains("@\u200Boctocat")
        .contains("\\[click\\]\\(javascript\\:alert\\(3\\)\\)")
        .contains("&amp;amp;");
    assertThat(hostile.lines()).noneMatch(line -> line.startsWith("    ") || line.startsWith("> "));
  }

  @Test
  void keepsEachRedlineOnOneLine() {
    String text = MarkdownRenderer.esc("a\nb\r\nc");
    assertThat(text).isEqualTo("a<br>b<br>c");
  }

  @Test
  void staysWithinALengthByLeavingOutChangesAndSayingSo() {
    String full = new MarkdownRenderer().render(Samples.compare("ukraine-28__ukraine-20"));
    int head = full.indexOf("### Changes");
    int limit = head + (full.length() - head) / 2;
    String cut = new MarkdownRenderer(limit).render(Samples.compare("ukraine-28__ukraine-20"));
    assertThat(cut.length()).isLessThanOrEqualTo(limit).isLessThan(full.length());
    assertThat(cut)
        .containsPattern("_\\d+ more changes not shown, to keep this text short")
        .contains("| unchanged | reworded |");
    assertThat(full).doesNotContain("not shown, to keep");
  }

  @Test
  void rejectsATooSmallLimit() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new MarkdownRenderer(10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("10");
  }
}
