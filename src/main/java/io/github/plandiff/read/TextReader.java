package io.github.plandiff.read;

import io.github.plandiff.model.Block;
import io.github.plandiff.model.BlockKind;
import io.github.plandiff.model.Document;
import io.github.plandiff.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads a plain-text draft: one block per line, blank lines as {@link BlockKind#BLANK}. */
public final class TextReader implements DraftReader {

  @Override
  public String format() {
    return "txt";
  }

  @Override
  public Document read(byte[] bytes, String source) {
    TextDecoder.Decoded decoded = TextDecoder.decode(bytes, source);
    return new Document(
        source, format(), decoded.text(), lines(decoded.text()), decoded.warnings());
  }

  /**
   * Splits text into one block per line.
   *
   * @param text text with {@code \n} line ends
   * @return the blocks, blank lines included
   */
  static List<Block> lines(String text) {
    List<Block> blocks = new ArrayList<>();
    int start = 0;
    int line = 1;
    int length = text.length();
    while (start < length) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = length;
      }
      String content = text.substring(start, end);
      BlockKind kind = content.isBlank() ? BlockKind.BLANK : BlockKind.TEXT;
      blocks.add(new Block(kind, content, Optional.empty(), 0, new Span(start, end, line, line)));
      start = end + 1;
      line++;
    }
    return blocks;
  }
}
