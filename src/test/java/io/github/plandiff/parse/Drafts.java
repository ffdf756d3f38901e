package io.github.plandiff.parse;

import io.github.plandiff.model.Block;
import io.github.plandiff.model.BlockKind;
import io.github.plandiff.model.Clause;
import io.github.plandiff.model.Document;
import io.github.plandiff.model.Draft;
import io.github.plandiff.model.Span;
import io.github.plandiff.model.Warning;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds documents the way the plain-text reader does, and reads parse results, for tests. */
final class Drafts {

  private Drafts() {}

  /** One TEXT block per line, BLANK for blank lines, as the plain-text reader produces. */
  static Document txt(String text) {
    List<Block> blocks = new ArrayList<>();
    int start = 0;
    int line = 1;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      String content = text.substring(start, end);
      BlockKind kind = content.isBlank() ? BlockKind.BLANK : BlockKind.TEXT;
      blocks.add(new Block(kind, content, Optional.empty(), 0, new Span(start, end, line, line)));
      start = end + 1;
      line++;
    }
    return new Document("test.txt", "txt", text, blocks, List.of());
  }

  static Draft parse(String text) {
    return new DraftParser().parse(txt(text), "test");
  }

  static Draft sample(String name) {
    try (InputStream in = Drafts.class.getResourceAsStream("/drafts/" + name + ".txt")) {
      if (in == null) {
        throw new IllegalStateException("no sample " + name);
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
      return new DraftParser().parse(txt(text), name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> topIds(Draft draft) {
    return draft.clauses().stream().map(Clause::id).toList();
  }

  static List<String> allIds(Draft draft) {
    return draft.allClauses().stream().map(Clause::id).toList();
  }

  static List<String> childIds(Draft draft, String id) {
    return clause(draft, id).children().stream().map(Clause::id).toList();
  }

  static Clause clause(Draft draft, String id) {
    return draft
        .find(id)
        .orElseThrow(() -> new AssertionError("no clause " + id + " in " + allIds(draft)));
  }

  static List<String> messages(Draft draft) {
    return draft.warnings().stream().map(Warning::message).toList();
  }

  /** A block of a structured format. */
  static Block block(BlockKind kind, String label, int level, String text, int line) {
    return new Block(kind, text, Optional.ofNullable(label), level, new Span(0, 0, line, line));
  }

  /** A document of structured blocks whose text is the blocks' texts, one per line. */
  static Document structured(List<Block> blocks) {
    StringBuilder sb = new StringBuilder();
    List<Block> placed = new ArrayList<>();
    int line = 1;
    for (Block b : blocks) {
      int start = sb.length();
      sb.append(b.text());
      placed.add(
          new Block(
              b.kind(), b.text(), b.label(), b.level(), new Span(start, sb.length(), line, line)));
      sb.append('\n');
      line++;
    }
    return new Document("test.html", "html", sb.toString(), placed, List.of());
  }
}
