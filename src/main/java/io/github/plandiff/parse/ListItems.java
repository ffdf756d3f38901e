package io.github.plandiff.parse;

import io.github.plandiff.parse.Label.Reading;
import io.github.plandiff.parse.Label.Style;

/** Readings and numbering checks for list items whose label and level a format supplies. */
final class ListItems {

  private ListItems() {}

  /** The reading that continues the parent's last child, else a first value, else the first. */
  static Reading choose(Node parent, Label label) {
    Node last = parent.children.isEmpty() ? null : parent.children.get(parent.children.size() - 1);
    if (last != null && last.style != null) {
      for (Reading r : label.readings()) {
        if (last.style.compatible(label.style(r)) && r.value() == last.value + 1) {
          return r;
        }
      }
    }
    for (Reading r : label.readings()) {
      if (r.value() == 1) {
        return r;
      }
    }
    return label.readings().get(0);
  }

  /** A warning when a list item repeats or skips its predecessor's number, else null. */
  static String irregular(Node parent, Style style, Reading r, String printed) {
    if (r.scheme() == NumberingScheme.BULLET || parent.children.isEmpty()) {
      return null;
    }
    Node last = parent.children.get(parent.children.size() - 1);
    if (last.style == null || !last.style.compatible(style)) {
      return null;
    }
    if (r.value() == last.value) {
      return "number " + printed + " appears twice";
    }
    if (r.value() > last.value + 1) {
      return "number "
          + (last.value + 1)
          + (r.value() > last.value + 2 ? " and after" : "")
          + " missing before "
          + printed;
    }
    return null;
  }
}
