package io.github.plandiff.redline;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A text with its {@link Tokenizer} tokens, so that the texts of nested clauses can share one
 * tokenisation: {@link #slice} gives a part of the text with the tokens it already has. Immutable.
 */
public final class TokenizedText {

  private final String text;
  private final List<String> tokens;

  /** Where each token starts in the text, then the text's length. */
  private final int[] starts;

  private TokenizedText(String text, List<String> tokens, int[] starts) {
    this.text = text;
    this.tokens = tokens;
    this.starts = starts;
  }

  /**
   * Tokenises a text.
   *
   * @param text any text, not null
   * @return the text with its tokens
   */
  public static TokenizedText of(String text) {
    List<String> tokens = Tokenizer.tokenize(text);
    int[] starts = new int[tokens.size() + 1];
    int at = 0;
    for (int k = 0; k < tokens.size(); k++) {
      starts[k] = at;
      at += tokens.get(k).length();
    }
    starts[tokens.size()] = at;
    return new TokenizedText(text, tokens, starts);
  }

  /**
   * Returns a part of this text with its tokens. When the part starts and ends where tokens of this
   * text start or end, its tokens are those of this text in between: tokenising the part alone
   * gives the same ones, since no token decision looks back before the token it is in, and one that
   * looked past the part's end would have carried the token past it. Otherwise the part is
   * tokenised anew.
   *
   * @param from the first character, 0 to {@code to}
   * @param to the end, exclusive, up to the text's length
   * @return the part and its tokens
   * @throws IndexOutOfBoundsException if the range is not inside the text
   */
  public TokenizedText slice(int from, int to) {
    Objects.checkFromToIndex(from, to, text.length());
    String part = text.substring(from, to);
    int first = Arrays.binarySearch(starts, from);
    int last = Arrays.binarySearch(starts, to);
    if (first < 0 || last < 0) {
      return of(part);
    }
    int[] partStarts = new int[last - first + 1];
    for (int k = 0; k < partStarts.length; k++) {
      partStarts[k] = starts[first + k] - from;
    }
    return new TokenizedText(part, tokens.subList(first, last), partStarts);
  }

  /**
   * Returns the text.
   *
   * @return the text, never null
   */
  public String text() {
    return text;
  }

  List<String> tokens() {
    return tokens;
  }
}
