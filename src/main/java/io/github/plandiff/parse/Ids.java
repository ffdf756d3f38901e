package io.github.plandiff.parse;

import java.util.HashMap;
import java.util.Map;

/**
 * Hands out clause ids unique within one draft: the first "7" stays "7", a second becomes "7~2", a
 * third "7~3". Constant time per id, however many repeats.
 */
final class Ids {

  /** For each id handed out, the next suffix to try; never iterated. */
  private final Map<String, Integer> next = new HashMap<>();

  String unique(String id) {
    Integer n = next.get(id);
    if (n == null) {
      next.put(id, 2);
      return id;
    }
    String candidate = id + "~" + n;
    while (next.containsKey(candidate)) {
      n++;
      candidate = id + "~" + n;
    }
    next.put(id, n + 1);
    next.put(candidate, 2);
    return candidate;
  }
}
