package io.github.plandiff;

import io.github.plandiff.model.Clause;
import io.github.plandiff.redline.TokenizedText;
import java.util.HashMap;
import java.util.Map;

/**
 * One side of a top-level change: the full text of its clause, where the full text of each clause
 * under it lies inside that text, and its tokens, made once when first needed. Sub-clause changes
 * take their texts and tokens from here instead of building and tokenising them again at each
 * depth. Thread-safe: the sub-clause changes under one top-level change may be worked on by several
 * processors.
 */
final class NestedTexts {

  private final Clause top;
  private final String text;
  private Map<String, int[]> ranges;
  private TokenizedText tokens;

  /**
   * @param top the top-level clause
   * @param text its full text, as {@link Clause#fullText()} gives it
   */
  NestedTexts(Clause top, String text) {
    this.top = top;
    this.text = text;
  }

  String text() {
    return text;
  }

  /**
   * Lays out where each clause under the top one lies now, and tokenises the text too when {@code
   * tokens}, so that the sub-clause changes worked on by several processors do not wait for each
   * other to do it.
   */
  NestedTexts prepared(boolean tokens) {
    range(top.id());
    if (tokens) {
      tokens();
    }
    return this;
  }

  synchronized TokenizedText tokens() {
    if (tokens == null) {
      tokens = TokenizedText.of(text);
    }
    return tokens;
  }

  /** Where the full text of a clause under the top one lies in the text, or null if elsewhere. */
  synchronized int[] range(String id) {
    if (ranges == null) {
      ranges = new HashMap<>();
      layout(top, 0, ranges);
    }
    return ranges.get(id);
  }

  /**
   * Lays out a clause's full text as {@link Clause#fullText()} builds it (its own text, then each
   * child on a new line after its label and a space) and records where each clause's lies.
   *
   * @return the length of the clause's full text
   */
  static int layout(Clause clause, int at, Map<String, int[]> out) {
    int length = clause.text().length();
    for (Clause child : clause.children()) {
      if (length > 0) {
        length++;
      }
      if (!child.label().isEmpty()) {
        length += child.label().length() + 1;
      }
      length += layout(child, at + length, out);
    }
    out.put(clause.id(), new int[] {at, at + length});
    return length;
  }
}
