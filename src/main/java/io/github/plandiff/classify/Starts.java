package io.github.plandiff.classify;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Where in a text each of some characters occurs at the start of a word (not right after a letter,
 * digit or $), ignoring case as a case-insensitive {@link java.util.regex.Pattern} with {@code
 * UNICODE_CASE} does: by the character upper-cased, then lower-cased. A position is listed under
 * its character so folded and under the character itself, so every place where a case-insensitive
 * or a case-sensitive literal can start is listed.
 */
final class Starts {

  /** The characters to list positions for, each with its slot; made once, shared, immutable. */
  static final class Slots {
    private final int[] ascii = new int[128];
    private final Map<Character, Integer> other = new HashMap<>();
    private final int size;

    /**
     * @param wanted the folded characters to list positions for
     */
    Slots(char[] wanted) {
      Arrays.fill(ascii, -1);
      int n = 0;
      for (char c : wanted) {
        if (slot(c) < 0) {
          if (c < 128) {
            ascii[c] = n++;
          } else {
            other.put(c, n++);
          }
        }
      }
      size = n;
    }

    /** The slot of a character, or -1 when it is not wanted. */
    int slot(char c) {
      if (c < 128) {
        return ascii[c];
      }
      Integer s = other.get(c);
      return s == null ? -1 : s;
    }
  }

  private final int[][] positions;
  private final int[] counts;

  /**
   * Indexes the text.
   *
   * @param text the text
   * @param slots the characters to list positions for
   */
  Starts(String text, Slots slots) {
    positions = new int[slots.size][];
    counts = new int[slots.size];
    for (int p = 0; p < text.length(); p++) {
      char c = text.charAt(p);
      if (p > 0 && joinsWord(text.charAt(p - 1))) {
        // No alias can start here: its pattern's look-behind refuses a letter, digit or $ before.
        continue;
      }
      char f = (char) fold(c);
      add(slots.slot(f), p);
      if (c != f) {
        add(slots.slot(c), p);
      }
    }
  }

  /**
   * A letter, digit or $: no alias starts right after one (an alias's pattern refuses it in its
   * look-behind, which matches at least these characters).
   */
  static boolean joinsWord(char c) {
    if (c < 0x80) {
      // What Character.isLetter and isDigit give below U+0080.
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '$';
    }
    return Character.isLetter(c) || Character.isDigit(c);
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

  private void add(int slot, int p) {
    if (slot < 0) {
      return;
    }
    if (positions[slot] == null) {
      positions[slot] = new int[16];
    } else if (counts[slot] == positions[slot].length) {
      positions[slot] = Arrays.copyOf(positions[slot], counts[slot] * 2);
    }
    positions[slot][counts[slot]++] = p;
  }

  /** The positions listed in a slot, ascending, in the first {@link #count} entries. */
  int[] of(int slot) {
    return slot < 0 || positions[slot] == null ? new int[0] : positions[slot];
  }

  /** How many positions {@link #of} lists for a slot. */
  int count(int slot) {
    return slot < 0 ? 0 : counts[slot];
  }
}
