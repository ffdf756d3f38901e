package io.github.plandiff.model;

import java.util.List;
import java.util.Objects;

/**
 * An annex, appendix, schedule or similar part after a draft's main body, whose numbering restarts.
 * Its numbered points are clauses of the draft, listed after the main body's in {@link
 * Draft#clauses()}, with ids that start with the annex's id and a slash ({@code Annex I/1}, {@code
 * Annex I/1.a}), so they are aligned, redlined and classified like any other clause.
 *
 * @param id unique among the draft's annexes: the keyword and number of the title ("Annex I",
 *     "Schedule 2", "Appendix A"), or the keyword alone ("Annex") when it has no number
 * @param title the title line as printed ("Annex I. Exchange procedure")
 * @param text the annex's text before its first point, or all of it when it has no points; empty
 *     when there is none
 * @param clauses the ids of the annex's top-level clauses, in source order, possibly empty
 * @param span where the annex lies in the draft's text, title to last line
 */
public record Annex(String id, String title, String text, List<String> clauses, Span span) {

  /** Checks that no component is null and copies the list. */
  public Annex {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
    clauses = List.copyOf(clauses);
  }
}
