package io.github.plandiff.model;

import java.util.List;
import java.util.Objects;

/**
 * What a reader makes of one source: its text, normalised to {@code \n} line ends, and its blocks
 * in reading order. Spans of the blocks are offsets into {@link #text()}.
 *
 * @param source where it came from (a file name, or "-" for standard input)
 * @param format the format it was read as ("txt", "md", "html", "docx", "pdf", "uslm")
 * @param text the document's text
 * @param blocks the blocks in reading order
 * @param warnings what the reader noticed (encoding guessed, tracked changes, …)
 */
public record Document(
    String source, String format, String text, List<Block> blocks, List<Warning> warnings) {

  /** Checks and copies. */
  public Document {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(text, "text");
    blocks = List.copyOf(blocks);
    warnings = List.copyOf(warnings);
  }
}
