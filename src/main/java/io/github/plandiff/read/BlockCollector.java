package io.github.plandiff.read;

import io.github.plandiff.model.Block;
import io.github.plandiff.model.BlockKind;
import io.github.plandiff.model.Document;
import io.github.plandiff.model.Span;
import io.github.plandiff.model.Warning;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Collects the blocks of a structured source (HTML, DOCX, PDF, USLM) and builds the document text
 * from them: one line per block, so that every span points at its block's text.
 */
final class BlockCollector {

  private final boolean blankBetweenParagraphs;
  private final StringBuilder text = new StringBuilder();
  private final List<Block> blocks = new ArrayList<>();
  private final List<Warning> warnings = new ArrayList<>();
  private int line = 1;

  /** A collector for formats whose blocks follow each other with nothing between (bills). */
  BlockCollector() {
    this(false);
  }

  /**
   * A collector.
   *
   * @param blankBetweenParagraphs whether paragraphs are set apart by a blank line, as in a text
   *     draft, so that a paragraph format reads like the same draft saved as text
   */
  BlockCollector(boolean blankBetweenParagraphs) {
    this.blankBetweenParagraphs = blankBetweenParagraphs;
  }

  /**
   * Collapses runs of white space (no-break spaces included) to one space, drops control characters
   * and trims, so that a block is one line.
   */
  static String clean(CharSequence raw) {
    StringBuilder out = new StringBuilder(raw.length());
    boolean space = false;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      boolean blank =
          Character.isWhitespace(c) || Character.isSpaceChar(c) || c < 0x20 || c == 0x7F;
      if (blank) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  void text(String raw) {
    String clean = clean(raw);
    if (!clean.isEmpty()) {
      paragraph();
      add(BlockKind.TEXT, clean, Optional.empty(), 0);
    }
  }

  /** A line that continues the current paragraph after a line break. */
  void line(String raw) {
    String clean = clean(raw);
    if (!clean.isEmpty()) {
      add(BlockKind.TEXT, clean, Optional.empty(), 0);
    }
  }

  void heading(String raw, int level, Optional<String> label) {
    String clean = clean(raw);
    if (!clean.isEmpty() || label.isPresent()) {
      paragraph();
      add(BlockKind.HEADING, clean, label, level);
    }
  }

  void item(String label, String raw, int level) {
    paragraph();
    add(BlockKind.LIST_ITEM, clean(raw), Optional.of(clean(label)), level);
  }

  private void paragraph() {
    if (blankBetweenParagraphs) {
      blank();
    }
  }

  /** Adds a blank line, unless the document is empty or already ends with one. */
  void blank() {
    if (!blocks.isEmpty() && blocks.get(blocks.size() - 1).kind() != BlockKind.BLANK) {
      add(BlockKind.BLANK, "", Optional.empty(), 0);
    }
  }

  void warn(String message) {
    warnings.add(new Warning("", 0, message));
  }

  boolean isEmpty() {
    return blocks.isEmpty();
  }

  int size() {
    return blocks.size();
  }

  private void add(BlockKind kind, String content, Optional<String> label, int level) {
    if (!blocks.isEmpty()) {
      text.append('\n');
      line++;
    }
    int start = text.length();
    text.append(content);
    blocks.add(new Block(kind, content, label, level, new Span(start, text.length(), line, line)));
  }

  Document build(String source, String format) {
    int end = blocks.size();
    while (end > 0 && blocks.get(end - 1).kind() == BlockKind.BLANK) {
      end--;
    }
    List<Block> kept = blocks.subList(0, end);
    String all = end == 0 ? "" : text.substring(0, kept.get(end - 1).span().end());
    return new Document(source, format, all, kept, warnings);
  }
}
