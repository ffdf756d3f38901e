package io.github.plandiff.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlRendererTest {

  private final String html = new HtmlRenderer().render(Fixtures.plan());

  private static int count(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  @Test
  void isOneSelfContainedDocument() {
    assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
    assertThat(html)
        .doesNotContainPattern("(?i)(src|href)\\s*=\\s*\"?(https?:)?//")
        .doesNotContainPattern("(?i)<link\\b")
        .doesNotContainPattern("(?i)@import")
        .doesNotContainPattern("(?i)url\\(");
    assertThat(count(html, "<script")).isEqualTo(1);
    assertThat(count(html, "<style")).isEqualTo(1);
    assertThat(html).contains("Content-Security-Policy").contains("default-src 'none'");
  }

  @Test
  void opensWithTheHeadlineSummary() {
    int summary = html.indexOf("id=\"summary\"");
    int firstChange = html.indexOf("<article");
    assertThat(summary).isPositive().isLessThan(firstChange);
    String head = html.substring(summary, firstChange);
    assertThat(head)
        .contains("<b>3</b> reworded")
        .contains("<b>1</b> merged")
        .contains("<b>1</b> modality weakened")
        .contains("Commitments removed (1)")
        .contains(
            "<a href=\"#old-6\">old 6</a>: removed \u201CAn amnesty is granted to all parties.\u201D")
        .contains(
            "<a href=\"#new-2\">old 1 \u2192 new 2</a>: \u201C600,000\u201D \u2192 \u201C800,000\u201D")
        .contains("number 7 appears twice");
  }

  @Test
  void hasAnAnchorForEveryClauseOfBothDrafts() {
    for (int i = 1; i <= 8; i++) {
      assertThat(html).contains("id=\"old-" + i + "\"").contains("id=\"new-" + i + "\"");
    }
  }

  @Test
  void badgesMovedRenumberedMergedAndSplitClauses() {
    assertThat(html)
        .contains("<span class=\"badge flag\">moved</span>")
        .contains("<span class=\"badge flag\">renumbered</span>")
        .contains("<article class=\"change rel-merged\"")
        .contains("<article class=\"change rel-split\"")
        .contains("<span class=\"badge rel\">merged</span>")
        .contains("<span class=\"badge rel\">split</span>");
  }

  @Test
  void showsSignalChipsWithTheirEvidence() {
    assertThat(html)
        .contains("<li class=\"chip sig-quantity-changed\"")
        .contains(
            "<span class=\"type\">quantity changed</span><del>600,000</del> \u2192 <ins>800,000</ins>")
        .contains("<span class=\"type\">party removed</span><del>Europe</del></li>")
        .contains(
            "<span class=\"type\">condition added</span><ins>provided that Russia withdraws</ins>");
  }

  @Test
  void offersTopicFiltersAndBothViews() {
    assertThat(html)
        .contains("data-topic=\"armed-forces\"")
        .contains("armed-forces (1)")
        .contains("data-topics=\"elections timelines\"")
        .contains("<label for=\"view-inline\">")
        .contains("<label for=\"view-side\">")
        .contains("#view-side:checked ~ main .side { display: grid; }");
    assertThat(html).contains("<div class=\"side\"><div class=\"old\">");
  }

  @Test
  void marksChangesByMoreThanColour() {
    assertThat(html)
        .containsPattern("del \\{[^}]*text-decoration: line-through")
        .containsPattern("ins \\{[^}]*text-decoration: underline")
        .contains("@media print");
    assertThat(html).contains("Ukraine&#39;s armed forces will <del>not exceed 600,000</del>");
  }

  @Test
  void hostileDraftTextIsInert() {
    String hostile = new HtmlRenderer().render(Fixtures.hostile());
    assertThat(count(hostile, "(?i)<script")).isEqualTo(1);
    assertThat(hostile)
        .doesNotContainPattern("(?i)<img")
        .doesNotContainPattern("(?i)<a href=\"http")
        .doesNotContainPattern("(?i)<b>old")
        .doesNotContainPattern("(?i)href=\"javascript");
    // Draft text cannot contain a raw quote, so dropping quoted values leaves only our own markup.
    String markup = hostile.replaceAll("\"[^\"]*\"", "\"\"");
    assertThat(markup).doesNotContainPattern("(?i)<[^>]*\\son\\w+\\s*=");
    assertThat(hostile)
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .contains("&quot;&gt;&lt;img src=x onerror=alert(2)&gt;")
        .contains("data-topics=\"&lt;script&gt; x&quot; onmouseover=&quot;alert(5)\"")
        .contains("&amp;amp; &amp;lt;");
  }

  @Test
  void sameComparisonGivesTheSameText() {
    assertThat(new HtmlRenderer().render(Fixtures.plan())).isEqualTo(html);
  }

  @Test
  void everyClauseOfTheSamplesHasItsAnchor() {
    for (String pair : Samples.PAIRS) {
      io.github.plandiff.model.Comparison c = Samples.compare(pair);
      String page = new HtmlRenderer().render(c);
      c.oldDraft()
          .clauses()
          .forEach(
              cl ->
                  assertThat(page)
                      .as(pair)
                      .contains("id=\"old-" + HtmlRenderer.esc(cl.id()) + "\""));
      c.newDraft()
          .clauses()
          .forEach(
              cl ->
                  assertThat(page)
                      .as(pair)
                      .contains("id=\"new-" + HtmlRenderer.esc(cl.id()) + "\""));
    }
  }
}
