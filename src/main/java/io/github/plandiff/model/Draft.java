package io.github.plandiff.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A parsed draft: its clause tree and everything of the source that belongs to no clause.
 *
 * @param label a human name for the draft ("28-point, 2025-11-20")
 * @param source where it came from (a file name, or "-" for standard input)
 * @param format the format it was read from ("txt", "md", "html", "docx", "pdf", "uslm")
 * @param preamble the text before the first clause (title, preamble, headings), possibly empty
 * @param clauses the top-level clauses in source order: the main body's, then each annex's
 * @param trailing the text after the last clause that belongs to none (signatures, an annex the
 *     parser could not read as one)
 * @param text the full normalised text that spans refer to
 * @param warnings what the reader and parser noticed
 * @param sections the headings above groups of main-body clauses, in source order
 * @param annexes the annexes, appendices and schedules, in source order
 */
public record Draft(
    String label,
    String source,
    String format,
    String preamble,
    List<Clause> clauses,
    String trailing,
    String text,
    List<Warning> warnings,
    List<Section> sections,
    List<Annex> annexes) {

  /** Checks that no component is null and copies the lists. */
  public Draft {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(preamble, "preamble");
    Objects.requireNonNull(trailing, "trailing");
    Objects.requireNonNull(text, "text");
    clauses = List.copyOf(clauses);
    warnings = List.copyOf(warnings);
    sections = List.copyOf(sections);
    annexes = List.copyOf(annexes);
  }

  /**
   * A draft without sections or annexes.
   *
   * @param label a human name for the draft
   * @param source where it came from
   * @param format the format it was read from
   * @param preamble the text before the first clause
   * @param clauses the top-level clauses in source order
   * @param trailing the text after the last clause that belongs to none
   * @param text the full normalised text that spans refer to
   * @param warnings what the reader and parser noticed
   */
  public Draft(
      String label,
      String source,
      String format,
      String preamble,
      List<Clause> clauses,
      String trailing,
      String text,
      List<Warning> warnings) {
    this(label, source, format, preamble, clauses, trailing, text, warnings, List.of(), List.of());
  }

  /**
   * Returns every clause of the tree, parents before children, in source order.
   *
   * @return a new list
   */
  public List<Clause> allClauses() {
    List<Clause> all = new ArrayList<>();
    for (Clause clause : clauses) {
      clause.forEach(all::add);
    }
    return all;
  }

  /**
   * Finds a clause by id anywhere in the tree.
   *
   * @param id the clause id
   * @return the clause, or empty
   */
  public Optional<Clause> find(String id) {
    Map<String, Clause> byId = new HashMap<>();
    for (Clause clause : allClauses()) {
      byId.put(clause.id(), clause);
    }
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * Returns this draft under another label.
   *
   * @param newLabel the label, not null
   * @return a copy with the label replaced
   */
  public Draft withLabel(String newLabel) {
    return new Draft(
        newLabel, source, format, preamble, clauses, trailing, text, warnings, sections, annexes);
  }
}
