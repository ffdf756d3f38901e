package io.github.plandiff.render;

import io.github.plandiff.model.Annex;
import io.github.plandiff.model.Clause;
import io.github.plandiff.model.Draft;
import io.github.plandiff.model.Section;

/** A parsed draft for a terminal: its clause tree with the sections and annexes above it. */
final class DraftTextView {

  private static final String RESET = "\u001B[0m";
  private static final String BOLD = "\u001B[1m";

  private final TextStyle style;

  DraftTextView(TextStyle style) {
    this.style = style;
  }

  /** The draft's lines, without its warnings. */
  String render(Draft draft) {
    StringBuilder out = new StringBuilder();
    out.append(
            bold(
                draft.label()
                    + " ("
                    + draft.format()
                    + ", "
                    + draft.clauses().size()
                    + " top-level clauses)"))
        .append('\n');
    if (!draft.preamble().isEmpty()) {
      out.append("preamble: ").append(oneLine(draft.preamble(), 100)).append('\n');
    }
    for (Clause clause : draft.clauses()) {
      structure(out, draft, clause.id());
      clause(out, clause, 0);
    }
    for (Section s : draft.sections()) {
      if (s.clauses().isEmpty()) {
        section(out, s);
      }
    }
    for (Annex a : draft.annexes()) {
      if (a.clauses().isEmpty()) {
        annex(out, a);
      }
    }
    if (!draft.trailing().isEmpty()) {
      out.append("trailing: ").append(oneLine(draft.trailing(), 100)).append('\n');
    }
    return out.toString();
  }

  /** The section or annex that a top-level clause opens, above it. */
  private void structure(StringBuilder out, Draft draft, String id) {
    for (Section s : draft.sections()) {
      if (!s.clauses().isEmpty() && s.clauses().get(0).equals(id)) {
        section(out, s);
      }
    }
    for (Annex a : draft.annexes()) {
      if (!a.clauses().isEmpty() && a.clauses().get(0).equals(id)) {
        annex(out, a);
      }
    }
  }

  private void section(StringBuilder out, Section s) {
    out.append(bold("section [" + s.id() + "] " + (s.label().isEmpty() ? "" : s.label() + " ")))
        .append(oneLine(s.title(), 100))
        .append("  (lines ")
        .append(s.span().startLine())
        .append('-')
        .append(s.span().endLine())
        .append(")\n");
  }

  private void annex(StringBuilder out, Annex a) {
    out.append(bold("annex [" + a.id() + "] "))
        .append(oneLine(a.title(), 100))
        .append("  (lines ")
        .append(a.span().startLine())
        .append('-')
        .append(a.span().endLine())
        .append(")\n");
    if (!a.text().isEmpty()) {
      out.append("  text: ").append(oneLine(a.text(), 100)).append('\n');
    }
  }

  private void clause(StringBuilder out, Clause clause, int depth) {
    out.append("  ".repeat(depth)).append('[').append(clause.id()).append("] ");
    clause.heading().ifPresent(h -> out.append('{').append(h).append("} "));
    out.append(clause.label().isEmpty() ? "" : clause.label() + " ")
        .append(oneLine(clause.text(), 100))
        .append("  (lines ")
        .append(clause.span().startLine())
        .append('-')
        .append(clause.span().endLine())
        .append(")\n");
    for (Clause child : clause.children()) {
      clause(out, child, depth + 1);
    }
  }

  private String bold(String text) {
    return style == TextStyle.COLOR ? BOLD + text + RESET : text;
  }

  private static String oneLine(String text, int max) {
    String flat = text.replace('\n', ' ');
    return flat.length() <= max ? flat : flat.substring(0, max - 1) + "\u2026";
  }
}
