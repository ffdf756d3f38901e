package io.github.plandiff;

import io.github.plandiff.model.Clause;
import io.github.plandiff.redline.TokenizedText;
import java.util.HashMap;
import java.util.Map;

/**
 * One side of a top-level change: the full text of its clause, where the full text of each clause
 * under it lies inside that text, and its tokens, made once when first needed. Sub-clause changes
 * take their texts and tokens from here instead of building and tokenising them again at each
 * depth.
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

  TokenizedText tokens() {
    if (tokens == null) {
      tokens = TokenizedText.of(text);
    }
    return tokens;
  }

  /** Where the full text of a clause under the top one lies in the text, or null if elsewhere. */
  int[] range(String id) {
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
