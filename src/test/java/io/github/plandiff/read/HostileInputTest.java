package io.github.plandiff.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.plandiff.model.BlockKind;
import io.github.plandiff.model.Document;
import io.github.plandiff.model.DraftReadException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Inputs meant to break readers: each gives a document or a clear error, never a hang or a crash.
 */
class HostileInputTest {

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @ValueSource(strings = {"line.txt", "line.md", "line.html"})
  void readsASingleFiveMegabyteLine(String name) {
    String line = "1. " + "peace ".repeat(5 * 1024 * 1024 / 6) + "now.";
    String content = name.endsWith(".html") ? "<p>" + line + "</p>" : line;

    Document document = DraftReaders.read(utf8(content), name);

    assertThat(document.blocks().size()).isEqualTo(1);
    assertThat(document.blocks().get(0).text().equals(line)).as("the line is kept whole").isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"many.txt", "many.md"})
  void readsOneHundredThousandNumberedLines(String name) {
    StringBuilder text = new StringBuilder();
    for (int i = 1; i <= 100_000; i++) {
      text.append(i).append(". Point number ").append(i).append('\n');
    }

    Document document = DraftReaders.read(utf8(text.toString()), name);

    assertThat(document.blocks()).hasSize(100_000);
    assertThat(document.blocks().get(99_999).text()).isEqualTo("100000. Point number 100000");
    assertThat(document.blocks().get(99_999).span().startLine()).isEqualTo(100_000);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "**a ", "[", "](", "*a ", "_a ", "`", "\\", "# ", "| ", "- ", "1. ", "![", "__a ", "> ",
      })
  void readsAdversarialMarkdownInLinearTime(String unit) {
    String line = unit.repeat(400_000 / unit.length()) + "x";

    Document document = new MarkdownReader().read(utf8(line + "\n" + line), "evil.md");

    assertThat(document.blocks().size()).isEqualTo(2);
  }

  @Test
  void readsMarkdownHeadingWithAMegabyteOfSpaces() {
    Document document =
        new MarkdownReader().read(utf8("# " + " ".repeat(1 << 20) + "x #"), "spaces.md");

    assertThat(document.blocks().get(0).kind()).isEqualTo(BlockKind.HEADING);
    assertThat(document.blocks().get(0).text()).isEqualTo("x");
  }

  @Test
  void readsFiftyThousandNestedBrackets() {
    String text = "1. " + "(".repeat(50_000) + "x" + ")".repeat(50_000);

    for (String name : new String[] {"b.txt", "b.md"}) {
      assertThat(DraftReaders.read(utf8(text), name).blocks().get(0).text().equals(text)).isTrue();
    }
    assertThat(DraftReaders.read(utf8("<p>" + text + "</p>"), "b.html").text().equals(text))
        .isTrue();
  }

  @Test
  void readsThreeHundredNestedHtmlListsWithoutOverflowingTheStack() {
    String html = "<ol><li>x".repeat(300) + "</li></ol>".repeat(300);

    Document document = DraftReaders.read(utf8(html), "deep.html");

    assertThat(ReadFixtures.nonBlank(document))
        .hasSize(300)
        .allMatch(b -> b.kind() == BlockKind.LIST_ITEM);
    assertThat(ReadFixtures.nonBlank(document).get(100).level()).isEqualTo(100);
  }

  @Test
  void readsThreeHundredNestedBillLevelsAndRefusesAbsurdDepth() {
    String open = "<bill xmlns=\"http://schemas.gpo.gov/xml/uslm\">";
    String deep =
        open
            + "<section><num>(1)</num><content>t</content>".repeat(300)
            + "</section>".repeat(300)
            + "</bill>";
    String absurd = open + "<section>".repeat(5000) + "</section>".repeat(5000) + "</bill>";

    Document document = DraftReaders.read(utf8(deep), "deep.xml");

    assertThat(document.blocks()).hasSize(300);
    assertThat(document.blocks().get(299).level()).isEqualTo(299);
    assertThatThrownBy(() -> new UslmReader().read(utf8(absurd), "absurd.xml"))
        .isInstanceOf(DraftReadException.class)
        .hasMessageStartingWith("absurd.xml: ")
        .hasMessageContaining("nest deeper than 1000 levels");
  }

  @Test
  void keepsEmojiFlagsCombiningMarksAndRightToLeftTextIntact() {
    String text = "1. Peace 🕊️ 🇺🇦🇪🇺 e\u0301 שלום عربي 👩🏽‍⚖️";

    for (String name : new String[] {"u.txt", "u.md"}) {
      assertThat(DraftReaders.read(utf8(text), name).blocks().get(0).text()).isEqualTo(text);
    }
    assertThat(DraftReaders.read(utf8("<p>" + text + "</p>"), "u.html").text()).isEqualTo(text);
  }

  @Test
  void readsUtf16WithoutBomWithAWarning() {
    byte[] bytes = "1. Ceasefire.\n2. Elections.\n".getBytes(StandardCharsets.UTF_16LE);

    Document document = DraftReaders.read(bytes, "utf16.txt");

    assertThat(ReadFixtures.paragraphs(document)).containsExactly("1. Ceasefire.", "2. Elections.");
    assertThat(document.warnings())
        .singleElement()
        .satisfies(w -> assertThat(w.message()).contains("UTF-16LE"));
  }

  @Test
  void readsInvalidUtf8AsALegacyEncodingWithAWarning() {
    byte[] bytes = {'1', '.', ' ', (byte) 0xC3, (byte) 0x28, ' ', 'x'};

    Document document = DraftReaders.read(bytes, "bad.txt");

    assertThat(document.blocks()).hasSize(1);
    assertThat(document.warnings()).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"<html></html>", "<html><body> \n </body></html>", "<p></p>"})
  void readsEmptyHtmlAsAnEmptyDocument(String html) {
    Document document = DraftReaders.read(utf8(html), "empty.html");

    assertThat(document.blocks()).isEmpty();
    assertThat(document.text()).isEmpty();
  }

  @Test
  void readsAnEmptyWordDocumentAsAnEmptyDocument() {
    Document document = DraftReaders.read(new DocxFixtures().bytes(), "empty.docx");

    assertThat(document.blocks()).isEmpty();
  }

  @Test
  void readsAnEmptyBillAsAnEmptyDocument() {
    Document document =
        DraftReaders.read(utf8("<bill xmlns=\"http://schemas.gpo.gov/xml/uslm\"/>"), "e.xml");

    assertThat(document.format()).isEqualTo("uslm");
    assertThat(document.blocks()).isEmpty();
  }
}
