package io.github.plandiff.classify;

import java.util.Arrays;

/**
 * Numbers pairs of word ids in the order they are first seen: an open-addressing table of the pairs
 * as longs, so that no key or number is boxed.
 */
final class PairIds {
  private long[] keys = new long[256];
  private int[] ids = filled(256);
  private int size;

  /** The number of the pair {@code (a, b)}, a new one if it was not seen before. */
  int id(int a, int b) {
    long key = ((long) a << 32) | (b & 0xFFFF_FFFFL);
    int mask = keys.length - 1;
    int slot = slot(key, mask);
    while (ids[slot] >= 0) {
      if (keys[slot] == key) {
        return ids[slot];
      }
      slot = (slot + 1) & mask;
    }
    keys[slot] = key;
    ids[slot] = size++;
    if (2 * size > keys.length) {
      grow();
    }
    return size - 1;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldIds = ids;
    keys = new long[oldKeys.length * 2];
    ids = filled(oldKeys.length * 2);
    int mask = keys.length - 1;
    for (int k = 0; k < oldKeys.length; k++) {
      if (oldIds[k] >= 0) {
        int slot = slot(oldKeys[k], mask);
        while (ids[slot] >= 0) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = oldKeys[k];
        ids[slot] = oldIds[k];
      }
    }
  }

  private static int slot(long key, int mask) {
    long h = key * 0x9E37_79B9_7F4A_7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }

  private static int[] filled(int n) {
    int[] out = new int[n];
    Arrays.fill(out, -1);
    return out;
  }
}
