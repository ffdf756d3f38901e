package io.github.plandiff.parse;

import io.github.plandiff.model.Section;
import io.github.plandiff.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * The sections of a draft's main body while it is parsed: a heading waits for the first top-level
 * clause after it, and every top-level clause until the next heading belongs to its section.
 */
final class Sections {

  /** A section being built. */
  private static final class Open {
    final String label;
    final String key;
    final String title;
    final Span span;
    final List<String> clauses = new ArrayList<>();

    Open(String label, String key, String title, Span span) {
      this.label = label;
      this.key = key;
      this.title = title;
      this.span = span;
    }
  }

  private final List<Open> sections = new ArrayList<>();

  /**
   * Starts a section at a heading.
   *
   * @param label the number as printed, or empty
   * @param key the number without punctuation, or empty
   * @param title the heading's text
   * @param lines the heading's units, at least one
   */
  void heading(String label, String key, String title, List<Unit> lines) {
    Unit first = lines.get(0);
    Unit last = lines.get(lines.size() - 1);
    Span span =
        new Span(first.start(), Math.max(first.start(), last.end()), first.line(), last.line());
    sections.add(new Open(label, key, title, span));
  }

  /** A top-level clause just opened: it belongs to the latest section, if any. */
  void clause(String id) {
    if (!sections.isEmpty()) {
      sections.get(sections.size() - 1).clauses.add(id);
    }
  }

  /** The sections, with ids unique among them. */
  List<Section> build() {
    Ids ids = new Ids();
    List<Section> built = new ArrayList<>(sections.size());
    for (int i = 0; i < sections.size(); i++) {
      Open s = sections.get(i);
      String id = ids.unique(s.key.isEmpty() ? "s" + (i + 1) : s.key);
      built.add(new Section(id, s.label, s.title, s.clauses, s.span));
    }
    return built;
  }
}
