package io.github.plandiff.classify;

/**
 * Something found in a text: a canonical key and where it is.
 *
 * @param key what was found, in canonical form (e.g. "600000|count", a party name)
 * @param start offset of the first character
 * @param end offset after the last character
 */
record Mention(String key, int start, int end) {

  /** This mention moved by {@code delta} characters. */
  Mention shifted(int delta) {
    return new Mention(key, start + delta, end + delta);
  }
}
