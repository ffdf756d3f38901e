package io.github.plandiff.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.plandiff.model.History;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryMarkdownRendererTest {

  private static List<String> tableRows(String markdown) {
    return markdown.lines().filter(l -> l.startsWith("|")).toList();
  }

  private static long unescapedPipes(String line) {
    return line.replace("\\|", "").chars().filter(c -> c == '|').count();
  }

  @Test
  void rendersTheSmallHistoryAsItsGoldenFile() throws IOException {
    HistoryGolden.assertMatches(
        "history-small.md", new HistoryMarkdownRenderer().render(HistoryFixtures.small()));
  }

  @Test
  void givesOneTableRowPerLineageWithOneCellPerDraft() {
    History history = HistoryFixtures.ukraine();

    List<String> rows = tableRows(new HistoryMarkdownRenderer().render(history));

    assertThat(rows).hasSize(history.lineages().size() + 2);
    assertThat(rows)
        .allSatisfy(row -> assertThat(unescapedPipes(row)).isEqualTo(history.drafts().size() + 3));
    assertThat(rows).anySatisfy(row -> assertThat(row).startsWith("| 6 | 6 + | 6 \\~ | 4 \\~ |"));
    assertThat(rows).anySatisfy(row -> assertThat(row).startsWith("| 26 | 26 + | x |  |"));
  }

  @Test
  void escapesPipesAndMarkupInDraftText() {
    String markdown = new HistoryMarkdownRenderer().render(HistoryFixtures.hostile());

    assertThat(tableRows(markdown)).allSatisfy(row -> assertThat(unescapedPipes(row)).isEqualTo(5));
    assertThat(markdown)
        .doesNotContain("<script")
        .contains("&lt;script&gt;")
        .contains("\\*star\\*");
  }
}
