package io.github.plandiff.parse;

import io.github.plandiff.model.Warning;
import java.util.ArrayList;
import java.util.List;

/** The parser's warnings, capped so that a hostile draft cannot make millions of them. */
final class Warnings {

  static final int MAX = 1000;

  private final List<Warning> list = new ArrayList<>();
  private int suppressed;

  void add(int line, String message) {
    if (list.size() >= MAX) {
      suppressed++;
      return;
    }
    list.add(new Warning("", line, message));
  }

  List<Warning> list() {
    if (suppressed == 0) {
      return list;
    }
    List<Warning> all = new ArrayList<>(list);
    all.add(new Warning("", 0, suppressed + " further warnings not shown"));
    return all;
  }
}
