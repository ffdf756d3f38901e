package io.github.plandiff.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.plandiff.model.Block;
import io.github.plandiff.model.BlockKind;
import io.github.plandiff.model.Document;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MarkdownReaderTest {

  private static Document read(String markdown) {
    return new MarkdownReader().read(markdown.getBytes(StandardCharsets.UTF_8), "draft.md");
  }

  @Test
  void turnsHashHeadingsIntoHeadingsWithoutTheMarkup() {
    Document document = read("# Peace plan #\n\n## Annex 1\n");

    assertThat(document.blocks().get(0))
        .isEqualTo(
            new Block(
                BlockKind.HEADING,
                "Peace plan",
                Optional.empty(),
                0,
                document.blocks().get(0).span()));
    assertThat(document.blocks().get(2).kind()).isEqualTo(BlockKind.HEADING);
    assertThat(document.blocks().get(2).text()).isEqualTo("Annex 1");
    assertThat(document.blocks().get(2).level()).isEqualTo(1);
  }

  @Test
  void keepsOrderedItemNumbersInTheText() {
    Document document =
        read("1. Ukraine's sovereignty will be confirmed.\n2) A non-aggression pact.\n");

    assertThat(document.blocks()).extracting(Block::kind).containsOnly(BlockKind.TEXT);
    assertThat(ReadFixtures.paragraphs(document))
        .containsExactly(
            "1. Ukraine's sovereignty will be confirmed.", "2) A non-aggression pact.");
  }

  @Test
  void readsBulletsAsListItemsNestedByIndentation() {
    Document document = read("- first\n  * second\n    + third\n");

    assertThat(document.blocks()).extracting(Block::kind).containsOnly(BlockKind.LIST_ITEM);
    assertThat(document.blocks()).extracting(Block::label).containsOnly(Optional.of("•"));
    assertThat(document.blocks()).extracting(Block::level).containsExactly(0, 1, 2);
    assertThat(document.blocks())
        .extracting(Block::text)
        .containsExactly("first", "second", "third");
  }

  @Test
  void dropsEmphasisCodeAndLinkMarkupButKeepsTheWords() {
    Document document =
        read(
            "3. The **United States** will _not_ join [NATO](https://nato.int) `now`, 2 * 3 ="
                + " 6.\n");

    assertThat(document.blocks().get(0).text())
        .isEqualTo("3. The United States will not join NATO now, 2 * 3 = 6.");
  }

  @Test
  void keepsEscapedNumbersAsWritten() {
    Document document = read("2025\\. A year of talks.\n");

    assertThat(document.blocks().get(0).text()).isEqualTo("2025. A year of talks.");
  }

  @Test
  void readsUnderlinedHeadingsAndKeepsSourceLineNumbers() {
    Document document = read("Framework\n=========\n\n1. First point\n\n---\n2. Second point\n");

    assertThat(document.blocks().get(0).kind()).isEqualTo(BlockKind.HEADING);
    assertThat(document.blocks().get(0).text()).isEqualTo("Framework");
    Block second =
        document.blocks().stream().filter(b -> b.text().startsWith("2.")).findFirst().orElseThrow();
    assertThat(second.span().startLine()).isEqualTo(7);
    ReadFixtures.assertSpansHold(document);
  }

  @Test
  void keepsFencedTextAndDropsTheFences() {
    Document document = read("```\n# not a heading\n```\n");

    assertThat(document.blocks())
        .extracting(Block::kind)
        .containsExactly(BlockKind.BLANK, BlockKind.TEXT, BlockKind.BLANK);
    assertThat(document.blocks().get(1).text()).isEqualTo("# not a heading");
  }

  @Test
  void readsQuotedLinesAsTheirText() {
    Document document = read("> 4. Sanctions will be lifted in stages.\n");

    assertThat(document.blocks().get(0).text()).isEqualTo("4. Sanctions will be lifted in stages.");
  }
}
