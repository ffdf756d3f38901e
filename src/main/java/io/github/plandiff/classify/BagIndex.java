package io.github.plandiff.classify;

/**
 * An inverted index of bags of word ids, so that the bags sharing words with a query bag, and how
 * many words each shares (the size of the multiset intersection), are found without merging the
 * query with every bag. Bags that share no word are never visited.
 */
final class BagIndex {

  private final int[] starts;
  private final int[] bagOf;
  private final int[] countOf;
  private final int[] shared;
  private final int[] touched;
  private int touchedCount;

  /**
   * Indexes some of the bags.
   *
   * @param bags the bags, ids below {@code vocabulary}
   * @param include which bags to index, or null for all
   * @param vocabulary one more than the largest id
   */
  BagIndex(Bag[] bags, boolean[] include, int vocabulary) {
    starts = new int[vocabulary + 1];
    int total = 0;
    for (int j = 0; j < bags.length; j++) {
      if (include == null || include[j]) {
        for (int id : bags[j].ids) {
          starts[id + 1]++;
          total++;
        }
      }
    }
    for (int v = 0; v < vocabulary; v++) {
      starts[v + 1] += starts[v];
    }
    bagOf = new int[total];
    countOf = new int[total];
    int[] next = starts.clone();
    for (int j = 0; j < bags.length; j++) {
      if (include == null || include[j]) {
        for (int k = 0; k < bags[j].ids.length; k++) {
          int at = next[bags[j].ids[k]]++;
          bagOf[at] = j;
          countOf[at] = bags[j].counts[k];
        }
      }
    }
    shared = new int[bags.length];
    touched = new int[bags.length];
  }

  /**
   * Finds the indexed bags that share a word with a query. Afterwards {@link #touched()} bags, in
   * {@link #bag(int)}, each share {@link #shared(int)} words with it, until the next query.
   *
   * @param query the query bag
   */
  void query(Bag query) {
    for (int k = 0; k < touchedCount; k++) {
      shared[touched[k]] = 0;
    }
    touchedCount = 0;
    for (int q = 0; q < query.ids.length; q++) {
      int id = query.ids[q];
      if (id + 1 >= starts.length) {
        continue;
      }
      int count = query.counts[q];
      for (int at = starts[id]; at < starts[id + 1]; at++) {
        int j = bagOf[at];
        if (shared[j] == 0) {
          touched[touchedCount++] = j;
        }
        shared[j] += Math.min(count, countOf[at]);
      }
    }
  }

  /** How many bags the last query touched. */
  int touched() {
    return touchedCount;
  }

  /** The k-th bag the last query touched. */
  int bag(int k) {
    return touched[k];
  }

  /** How many words the last query shares with a bag it touched. */
  int shared(int bag) {
    return shared[bag];
  }
}
