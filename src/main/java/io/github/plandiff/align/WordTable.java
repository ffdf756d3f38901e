package io.github.plandiff.align;

/**
 * Ids of distinct words, looked up by a range of characters of a text without cutting the word out
 * of it: a long draft repeats the same few thousand words hundreds of thousands of times. Open
 * addressing; not thread-safe.
 */
final class WordTable {
  private String[] keys = new String[1024];
  private int[] ids = new int[1024];
  private int size;

  /** The id of the word {@code text[from, to)}, or -1 if it has none. */
  int get(String text, int from, int to) {
    int mask = keys.length - 1;
    int len = to - from;
    for (int slot = hash(text, from, to) & mask; ; slot = (slot + 1) & mask) {
      String key = keys[slot];
      if (key == null) {
        return -1;
      }
      if (key.length() == len && key.regionMatches(0, text, from, len)) {
        return ids[slot];
      }
    }
  }

  /** Gives a word that has no id yet its id. */
  void put(String word, int id) {
    if (2 * (size + 1) > keys.length) {
      grow();
    }
    insert(word, id);
    size++;
  }

  private void insert(String word, int id) {
    int mask = keys.length - 1;
    int slot = hash(word, 0, word.length()) & mask;
    while (keys[slot] != null) {
      slot = (slot + 1) & mask;
    }
    keys[slot] = word;
    ids[slot] = id;
  }

  private void grow() {
    String[] oldKeys = keys;
    int[] oldIds = ids;
    keys = new String[oldKeys.length * 2];
    ids = new int[oldIds.length * 2];
    for (int k = 0; k < oldKeys.length; k++) {
      if (oldKeys[k] != null) {
        insert(oldKeys[k], oldIds[k]);
      }
    }
  }

  private static int hash(String text, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + text.charAt(i);
    }
    h *= 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
