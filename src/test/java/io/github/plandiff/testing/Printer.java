package io.github.plandiff.testing;

import io.github.plandiff.testing.InvariantGenerator.Clause;
import io.github.plandiff.testing.InvariantGenerator.Draft;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Prints a generated draft as a plain-text source in its style. */
final class Printer {

  private static final String ITEM_LETTERS = "abcdefghijklmnopqrstuvwxyz";

  private Printer() {}

  static String print(Draft d) {
    List<String> lines = new ArrayList<>();
    boolean blank = d.style().blankLines();
    for (String t : d.title()) {
      lines.add(t);
      lines.add("");
    }
    for (int k = 0; k < d.clauses().size(); k++) {
      Clause c = d.clauses().get(k);
      String label = String.format(Locale.ROOT, d.style().label(), k + 1);
      lines.addAll(wrap(label + " " + String.join(" ", c.words()), d.style().width()));
      for (int i = 0; i < c.items().size(); i++) {
        String item = "(" + ITEM_LETTERS.charAt(i % 26) + ") " + String.join(" ", c.items().get(i));
        lines.addAll(wrap(item, d.style().width()));
      }
      if (blank) {
        lines.add("");
      }
    }
    for (String t : d.trailing()) {
      lines.add("");
      lines.add(t);
    }
    return String.join(d.style().lineEnd(), lines) + d.style().lineEnd();
  }

  /** Hard-wraps a line at spaces, as a word processor exporting text would. */
  static List<String> wrap(String line, int width) {
    if (width <= 0 || line.length() <= width) {
      return List.of(line);
    }
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String w : line.split(" ")) {
      if (current.length() > 0 && current.length() + 1 + w.length() > width) {
        out.add(current.toString());
        current.setLength(0);
      }
      current.append(current.length() == 0 ? "" : " ").append(w);
    }
    out.add(current.toString());
    return out;
  }

  /** Escapes control characters and line ends so that a failure message shows them. */
  static String escape(String text) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\n' -> sb.append("\\n\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20 || (c >= 0x7F && c < 0xA0)) {
            sb.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }
}
