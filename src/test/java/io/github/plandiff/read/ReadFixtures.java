package io.github.plandiff.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.plandiff.model.Block;
import io.github.plandiff.model.BlockKind;
import io.github.plandiff.model.Document;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Test resources and checks shared by the reader tests. */
final class ReadFixtures {

  private ReadFixtures() {}

  static byte[] resource(String path) {
    try (InputStream in = ReadFixtures.class.getResourceAsStream("/read/" + path)) {
      assertThat(in).as("test resource /read/%s", path).isNotNull();
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(String path) {
    return new String(resource(path), StandardCharsets.UTF_8);
  }

  /**
   * The numbered paragraphs a reader found, each as "label text" with the label the format supplied
   * or the number written in the text: the same draft in any format gives the same list. Blank
   * lines and headings are left out; headings are checked apart.
   */
  static List<String> paragraphs(Document document) {
    List<String> out = new ArrayList<>();
    for (Block block : document.blocks()) {
      switch (block.kind()) {
        case TEXT -> out.add(block.text());
        case LIST_ITEM -> out.add(block.label().orElseThrow() + " " + block.text());
        default -> {}
      }
    }
    return out;
  }

  /**
   * Every non-blank block in order as "label text" (or the text alone when the format gave no
   * label), headings included: a draft read from .txt and the same draft from .docx, .html or .pdf
   * give the same list.
   */
  static List<String> sequence(Document document) {
    return document.blocks().stream()
        .filter(b -> b.kind() != BlockKind.BLANK)
        .map(b -> b.label().map(l -> l + " " + b.text()).orElse(b.text()))
        .toList();
  }

  /** The blocks without the blank lines that set paragraphs apart. */
  static List<Block> nonBlank(Document document) {
    return document.blocks().stream().filter(b -> b.kind() != BlockKind.BLANK).toList();
  }

  static List<String> headings(Document document) {
    return document.blocks().stream()
        .filter(b -> b.kind() == BlockKind.HEADING)
        .map(Block::text)
        .toList();
  }

  /** Every block's span covers exactly its text, on its line, in document order. */
  static void assertSpansHold(Document document) {
    String text = document.text();
    int previousEnd = -1;
    int previousLine = 0;
    for (Block block : document.blocks()) {
      assertThat(text.substring(block.span().start(), block.span().end()))
          .as("span of %s", block)
          .isEqualTo(block.text());
      assertThat(block.span().start()).isGreaterThan(previousEnd);
      assertThat(block.span().startLine()).isGreaterThan(previousLine);
      long newlines =
          text.substring(0, block.span().start()).chars().filter(c -> c == '\n').count();
      assertThat(block.span().startLine()).isEqualTo(newlines + 1);
      previousEnd = block.span().end();
      previousLine = block.span().endLine();
    }
  }
}
