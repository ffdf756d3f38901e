package io.github.plandiff.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HistoryHtmlRendererTest {

  private static List<String> all(String regex, String html) {
    Matcher m = Pattern.compile(regex).matcher(html);
    List<String> found = new ArrayList<>();
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  @Test
  void rendersTheSmallHistoryAsItsGoldenFile() throws java.io.IOException {
    HistoryGolden.assertMatches(
        "history-small.html", new HistoryHtmlRenderer().render(HistoryFixtures.small()));
  }

  @Test
  void everyCellLinksToTheRedlineOfItsStep() {
    String html = new HistoryHtmlRenderer().render(HistoryFixtures.ukraine());

    List<String> targets = all("href=\"#(step-[0-9]+-[0-9]+)\"", html);
    List<String> sections = all("<section class=\"step\" id=\"(step-[0-9]+-[0-9]+)\"", html);
    assertThat(targets).isNotEmpty().containsExactlyInAnyOrderElementsOf(sections);
    assertThat(html).contains(".step:target{display:block}");
  }

  @Test
  void showsTheTroopCapRedlineBehindItsCell() {
    String html = new HistoryHtmlRenderer().render(HistoryFixtures.ukraine());

    int troops = html.indexOf("<section class=\"step\" id=\"step-6-2\">");
    String section = html.substring(troops, html.indexOf("</section>", troops));
    assertThat(section)
        .contains("EU counter 6.: reworded (from 28-point 6)")
        .contains("<del>600,000</del>")
        .contains("<ins>800,000");
  }

  @Test
  void marksRemovedRestoredAndWeakenedCells() {
    String html = new HistoryHtmlRenderer().render(HistoryFixtures.small());

    assertThat(html)
        .contains("<td class=\"cell REMOVED\" title=\"removed\"><a href=\"#step-2-2\">x</a></td>")
        .contains("<a href=\"#step-2-3\">3 R</a>")
        .contains("<td class=\"cell REWORDED weakened\"")
        .contains("2 ~v")
        .contains("modality weakened: <del>will</del> <ins>may</ins>");
  }

  @Test
  void escapesEveryTextAndNeedsNothingFromOutside() {
    String html = new HistoryHtmlRenderer().render(HistoryFixtures.hostile());

    assertThat(html)
        .doesNotContain("<script")
        .doesNotContain("<b>old")
        .doesNotContain("http://")
        .doesNotContain("https://")
        .doesNotContain("src=")
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
        .contains("&lt;b&gt;old&lt;/b&gt; | draft");
  }
}
