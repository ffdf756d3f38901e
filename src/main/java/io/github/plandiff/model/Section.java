package io.github.plandiff.model;

import java.util.List;
import java.util.Objects;

/**
 * A heading above a group of top-level clauses of a draft's main body: a named section ("Security"
 * standing alone, a Markdown or Word heading) or a numbered one ("I. SECURITY", "Part 2 — Economy")
 * whose points are numbered on through all sections. The clauses it heads keep their own ids and
 * stay in {@link Draft#clauses()}; the section only names them.
 *
 * @param id unique among the draft's sections: the section's number as printed without punctuation
 *     ("I", "A", "2"), or {@code s} and its place among the sections ("s1", "s2") for a named one
 * @param label the number as printed ("I.", "Part 2 —"), or empty for a named section
 * @param title the heading's text without its number; lines of a heading of several lines are
 *     joined with {@code \n}
 * @param clauses the ids of the top-level clauses it heads, in source order, possibly empty
 * @param span where the heading lies in the draft's text (the heading only, not its clauses)
 */
public record Section(String id, String label, String title, List<String> clauses, Span span) {

  /** Checks that no component is null and copies the list. */
  public Section {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(span, "span");
    clauses = List.copyOf(clauses);
  }
}
