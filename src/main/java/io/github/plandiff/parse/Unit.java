package io.github.plandiff.parse;

import io.github.plandiff.model.Block;
import io.github.plandiff.model.BlockKind;
import io.github.plandiff.model.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A block as the parser works on it: its text stripped of surrounding white space, with offsets
 * moved to match, and whether a blank line comes before it.
 *
 * @param kind the block's kind
 * @param text the stripped text
 * @param label the format-supplied label of a list item
 * @param level the format-supplied nesting level
 * @param start offset of the text's first character in the document
 * @param end offset after the text's last character
 * @param line the source line, from 1
 * @param blankBefore whether a blank line separates it from the previous block
 */
record Unit(
    BlockKind kind,
    String text,
    Optional<String> label,
    int level,
    int start,
    int end,
    int line,
    boolean blankBefore) {

  static List<Unit> of(Document document) {
    List<Unit> units = new ArrayList<>(document.blocks().size());
    boolean blank = false;
    for (Block b : document.blocks()) {
      boolean isBlank =
          b.kind() == BlockKind.BLANK || b.text().isBlank() && b.kind() != BlockKind.LIST_ITEM;
      if (isBlank) {
        blank = true;
        continue;
      }
      String raw = b.text();
      int lead = 0;
      while (lead < raw.length() && Character.isWhitespace(raw.charAt(lead))) {
        lead++;
      }
      String text = raw.strip();
      int start = Math.min(b.span().start() + lead, b.span().end());
      int end = Math.max(start, Math.min(start + text.length(), b.span().end()));
      units.add(
          new Unit(b.kind(), text, b.label(), b.level(), start, end, b.span().startLine(), blank));
      blank = false;
    }
    return units;
  }

  /** The part of this unit before {@code at}, stripped. */
  Unit head(int at) {
    String t = text.substring(0, at).stripTrailing();
    return new Unit(
        kind, t, label, level, start, Math.min(end, start + t.length()), line, blankBefore);
  }

  /** The part of this unit from {@code at}: a new line of text, without the list label. */
  Unit tail(int at) {
    int s = Math.min(end, start + at);
    return new Unit(
        BlockKind.TEXT, text.substring(at), Optional.empty(), level, s, end, line, false);
  }

  /** The text as printed: a list item's label, then its text. */
  String printed() {
    String l = label.map(String::strip).orElse("");
    if (kind != BlockKind.LIST_ITEM || l.isEmpty()) {
      return text;
    }
    return text.isEmpty() ? l : l + " " + text;
  }

  boolean isText() {
    return kind == BlockKind.TEXT;
  }
}
