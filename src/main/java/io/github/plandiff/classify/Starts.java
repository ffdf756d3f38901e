package io.github.plandiff.classify;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Where in a text each of some characters occurs, ignoring case as a case-insensitive {@link
 * java.util.regex.Pattern} with {@code UNICODE_CASE} does: by the character upper-cased, then
 * lower-cased. A position is listed under its character so folded and under the character itself,
 * so every place where a case-insensitive or a case-sensitive literal can start is listed.
 */
final class Starts {

  private final Map<Character, Integer> slots = new HashMap<>();
  private final int[] ascii = new int[128];
  private final int[][] positions;
  private final int[] counts;

  /**
   * Indexes the text.
   *
   * @param text the text
   * @param wanted the folded characters to list positions for
   */
  Starts(String text, char[] wanted) {
    Arrays.fill(ascii, -1);
    for (char c : wanted) {
      if (!slots.containsKey(c)) {
        int slot = slots.size();
        slots.put(c, slot);
        if (c < 128) {
          ascii[c] = slot;
        }
      }
    }
    positions = new int[slots.size()][];
    counts = new int[slots.size()];
    for (int s = 0; s < positions.length; s++) {
      positions[s] = new int[16];
    }
    for (int p = 0; p < text.length(); p++) {
      char c = text.charAt(p);
      char f = (char) fold(c);
      add(slot(f), p);
      if (c != f) {
        add(slot(c), p);
      }
    }
  }

  /**
   * The fold a case-insensitive, Unicode-case pattern compares a character by. For ASCII it lowers
   * A to Z and leaves the rest, as the general rule does.
   */
  static int fold(char c) {
    if (c < 0x80) {
      return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
    }
    return Character.toLowerCase(Character.toUpperCase(c));
  }

  private int slot(char c) {
    if (c < 128) {
      return ascii[c];
    }
    Integer s = slots.get(c);
    return s == null ? -1 : s;
  }

  private void add(int slot, int p) {
    if (slot < 0) {
      return;
    }
    if (counts[slot] == positions[slot].length) {
      positions[slot] = Arrays.copyOf(positions[slot], counts[slot] * 2);
    }
    positions[slot][counts[slot]++] = p;
  }

  /** The positions of a wanted character, ascending, in the first {@link #count} entries. */
  int[] of(char c) {
    int s = slot(c);
    return s < 0 ? new int[0] : positions[s];
  }

  /** How many positions {@link #of} lists for a wanted character. */
  int count(char c) {
    int s = slot(c);
    return s < 0 ? 0 : counts[s];
  }
}
