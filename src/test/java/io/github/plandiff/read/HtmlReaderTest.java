package io.github.plandiff.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.plandiff.model.Block;
import io.github.plandiff.model.BlockKind;
import io.github.plandiff.model.Document;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HtmlReaderTest {

  private static Document read(String html) {
    return new HtmlReader().read(html.getBytes(StandardCharsets.UTF_8), "draft.html");
  }

  @Test
  void labelsItemsFromOlStartAndCountsOn() {
    Document document = read("<ol start=\"3\"><li>Third</li><li>Fourth</li></ol>");

    assertThat(ReadFixtures.paragraphs(document)).containsExactly("3. Third", "4. Fourth");
    assertThat(ReadFixtures.nonBlank(document))
        .extracting(Block::kind)
        .containsOnly(BlockKind.LIST_ITEM);
  }

  @Test
  void labelsItemsInTheListTypeTheBrowserShows() {
    Document document =
        read(
            "<ol type=\"a\"><li>x</li><li>y</li></ol><ol type=\"I\" start=\"4\"><li>z</li></ol><ol"
                + " type=\"i\"><li>v</li><li value=\"9\">w</li></ol><ol type=\"A\""
                + " start=\"27\"><li>q</li></ol>");

    assertThat(ReadFixtures.nonBlank(document))
        .extracting(b -> b.label().orElseThrow())
        .containsExactly("a.", "b.", "IV.", "i.", "ix.", "AA.");
  }

  @Test
  void countsReversedListsDown() {
    Document document = read("<ol reversed><li>a</li><li>b</li><li>c</li></ol>");

    assertThat(ReadFixtures.nonBlank(document))
        .extracting(b -> b.label().orElseThrow())
        .containsExactly("3.", "2.", "1.");
  }

  @Test
  void nestsListsByLevelAndShowsAnItemWhoseTextIsOnlyASubList() {
    Document document =
        read(
            "<ol><li>Security guarantees:<ol type=\"a\"><li>United States;</li>"
                + "<li>Europe.</li></ol></li><li><ul><li>bullet</li></ul></li></ol>");

    assertThat(ReadFixtures.nonBlank(document))
        .extracting(b -> b.label().orElseThrow() + "@" + b.level() + " " + b.text())
        .containsExactly(
            "1.@0 Security guarantees:",
            "a.@1 United States;",
            "b.@1 Europe.",
            "2.@0 ",
            "•@1 bullet");
  }

  @Test
  void readsNumberedParagraphsAsTextWithTheirNumbers() {
    Document document =
        read("<p>1. Ukraine's sovereignty will be <b>confirmed</b>.</p>\n<p>2.&nbsp;A pact.</p>");

    assertThat(ReadFixtures.nonBlank(document))
        .extracting(Block::kind)
        .containsOnly(BlockKind.TEXT);
    assertThat(ReadFixtures.paragraphs(document))
        .containsExactly("1. Ukraine's sovereignty will be confirmed.", "2. A pact.");
  }

  @Test
  void splitsLinesAtBreaksAndKeepsHeadings() {
    Document document = read("<h1>Plan</h1><h3>Annex</h3><p>1. One<br>2. Two<br/>continued</p>");

    assertThat(ReadFixtures.nonBlank(document).get(0))
        .extracting(Block::kind, Block::text, Block::level)
        .containsExactly(BlockKind.HEADING, "Plan", 0);
    assertThat(ReadFixtures.nonBlank(document).get(1))
        .extracting(Block::kind, Block::text, Block::level)
        .containsExactly(BlockKind.HEADING, "Annex", 2);
    assertThat(ReadFixtures.paragraphs(document)).containsExactly("1. One", "2. Two", "continued");
    ReadFixtures.assertSpansHold(document);
  }

  @Test
  void setsParagraphsApartWithBlankLinesButNotLinesBrokenByBr() {
    Document document = read("<p>1. One<br>continued</p><p>2. Two</p>");

    assertThat(document.text()).isEqualTo("1. One\ncontinued\n\n2. Two");
    assertThat(document.blocks())
        .extracting(Block::kind)
        .containsExactly(BlockKind.TEXT, BlockKind.TEXT, BlockKind.BLANK, BlockKind.TEXT);
  }

  @Test
  void leavesOutScriptsStylesAndTheHead() {
    Document document =
        read(
            "<html><head><title>T</title><style>p{}</style></head><body>"
                + "<script>alert(1)</script><p>Text</p><noscript>x</noscript></body></html>");

    assertThat(document.text()).isEqualTo("Text");
  }

  @Test
  void keepsNumbersInTheTextWhenTheListHidesItsOwn() {
    Document document =
        read("<ol style=\"list-style-type: none\"><li>1. One</li><li>2. Two</li></ol>");

    assertThat(ReadFixtures.nonBlank(document))
        .extracting(Block::kind)
        .containsOnly(BlockKind.TEXT);
    assertThat(ReadFixtures.paragraphs(document)).containsExactly("1. One", "2. Two");
  }

  @Test
  void secondParagraphOfAnItemIsPlainText() {
    Document document = read("<ol><li><p>First.</p><p>More of the first.</p></li></ol>");

    assertThat(ReadFixtures.nonBlank(document))
        .extracting(Block::kind, Block::label)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(BlockKind.LIST_ITEM, Optional.of("1.")),
            org.assertj.core.groups.Tuple.tuple(BlockKind.TEXT, Optional.empty()));
  }

  @Test
  void decodesTheDeclaredCharacterSet() {
    byte[] bytes =
        "<html><head><meta charset=\"windows-1251\"></head><body><p>1. Мир</p></body></html>"
            .getBytes(Charset.forName("windows-1251"));

    Document document = new HtmlReader().read(bytes, "ru.html");

    assertThat(document.text()).isEqualTo("1. Мир");
    assertThat(document.warnings()).isEmpty();
  }

  @Test
  void readsTableCellsAsParagraphs() {
    Document document = read("<table><tr><td>1.</td><td>Ceasefire</td></tr></table>");

    assertThat(ReadFixtures.paragraphs(document)).containsExactly("1.", "Ceasefire");
  }
}
