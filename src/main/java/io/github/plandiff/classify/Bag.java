package io.github.plandiff.classify;

import java.util.Arrays;

/** A multiset of ids: distinct ids ascending, each with its count, and the total count. */
final class Bag {
  final int[] ids;
  final int[] counts;
  final int size;

  private Bag(int[] ids, int[] counts, int size) {
    this.ids = ids;
    this.counts = counts;
    this.size = size;
  }

  static Bag of(int[] items) {
    int[] sorted = items.clone();
    Arrays.sort(sorted);
    int distinct = 0;
    for (int k = 0; k < sorted.length; k++) {
      if (k == 0 || sorted[k] != sorted[k - 1]) {
        distinct++;
      }
    }
    int[] ids = new int[distinct];
    int[] counts = new int[distinct];
    int d = -1;
    for (int k = 0; k < sorted.length; k++) {
      if (k == 0 || sorted[k] != sorted[k - 1]) {
        ids[++d] = sorted[k];
      }
      counts[d]++;
    }
    return new Bag(ids, counts, sorted.length);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Bag other
        && Arrays.equals(ids, other.ids)
        && Arrays.equals(counts, other.counts);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(ids) + Arrays.hashCode(counts);
  }

  /** The size of the multiset intersection: a merge of the two sorted id arrays. */
  static int common(Bag a, Bag b) {
    int[] aIds = a.ids;
    int[] bIds = b.ids;
    int[] aCounts = a.counts;
    int[] bCounts = b.counts;
    int n = 0;
    int i = 0;
    int j = 0;
    while (i < aIds.length && j < bIds.length) {
      int x = aIds[i];
      int y = bIds[j];
      if (x == y) {
        n += Math.min(aCounts[i++], bCounts[j++]);
      } else if (x < y) {
        i++;
      } else {
        j++;
      }
    }
    return n;
  }
}
