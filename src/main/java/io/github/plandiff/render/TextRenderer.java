package io.github.plandiff.render;

import io.github.plandiff.model.Annex;
import io.github.plandiff.model.Clause;
import io.github.plandiff.model.ClauseChange;
import io.github.plandiff.model.ClauseMatch;
import io.github.plandiff.model.Comparison;
import io.github.plandiff.model.Draft;
import io.github.plandiff.model.Relation;
import io.github.plandiff.model.Section;
import io.github.plandiff.model.Segment;
import io.github.plandiff.model.Signal;
import io.github.plandiff.model.SignalType;
import io.github.plandiff.model.Summary;
import io.github.plandiff.model.Warning;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a comparison or a draft for a terminal: the summary counts, then each change with its old
 * and new numbers and an inline redline.
 */
public final class TextRenderer {

  private static final String RESET = "\u001B[0m";
  private static final String DELETED = "\u001B[31;9m";
  private static final String INSERTED = "\u001B[32;4m";
  private static final String BOLD = "\u001B[1m";

  private final TextStyle style;

  /**
   * Creates a renderer.
   *
   * @param style plain or coloured
   */
  public TextRenderer(TextStyle style) {
    this.style = java.util.Objects.requireNonNull(style, "style");
  }

  /**
   * Renders a comparison.
   *
   * @param comparison the comparison
   * @return the text, ending with a newline
   */
  public String render(Comparison comparison) {
    StringBuilder out = new StringBuilder();
    Draft oldDraft = comparison.oldDraft();
    Draft newDraft = comparison.newDraft();
    out.append(
            bold(
                "plandiff: "
                    + oldDraft.label()
                    + " ("
                    + oldDraft.clauses().size()
                    + " points) -> "
                    + newDraft.label()
                    + " ("
                    + newDraft.clauses().size()
                    + " points)"))
        .append('\n');
    summary(out, comparison.summary());
    headline(out, comparison);
    warnings(out, comparison.warnings());
    for (ClauseChange change : comparison.changes()) {
      out.append('\n');
      change(out, change);
    }
    return out.toString();
  }

  /**
   * Renders a draft's clauses, one line each, indented by depth.
   *
   * @param draft the draft
   * @return the text, ending with a newline
   */
  public String render(Draft draft) {
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
    warnings(out, draft.warnings());
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

  private static void summary(StringBuilder out, Summary s) {
    StringBuilder line = new StringBuilder();
    for (Relation r : Relation.values()) {
      if (line.length() > 0) {
        line.append(", ");
      }
      line.append(s.count(r)).append(' ').append(r.name().toLowerCase(Locale.ROOT));
    }
    out.append(line)
        .append("; ")
        .append(s.moved())
        .append(" moved, ")
        .append(s.renumbered())
        .append(" renumbered\n");
    if (!s.signals().isEmpty()) {
      StringBuilder signals = new StringBuilder("signals: ");
      boolean first = true;
      for (Map.Entry<SignalType, Integer> e : s.signals().entrySet()) {
        signals
            .append(first ? "" : ", ")
            .append(e.getKey().name())
            .append(' ')
            .append(e.getValue());
        first = false;
      }
      out.append(signals).append('\n');
    }
    if (!s.topics().isEmpty()) {
      StringBuilder topics = new StringBuilder("topics: ");
      String sep = "";
      for (Map.Entry<String, Integer> e : s.topics().entrySet()) {
        topics.append(sep).append(e.getKey()).append(' ').append(e.getValue());
        sep = ", ";
      }
      out.append(topics).append('\n');
    }
  }

  private void headline(StringBuilder out, Comparison comparison) {
    for (Headline.Group group : Headline.of(comparison)) {
      out.append(bold(group.title() + " (" + group.items().size() + ")")).append('\n');
      for (Headline.Item item : group.items()) {
        out.append("  ")
            .append(Headline.where(item.change()))
            .append(": ")
            .append(Headline.evidence(item.signal()))
            .append('\n');
      }
    }
  }

  private static void warnings(StringBuilder out, List<Warning> warnings) {
    for (Warning w : warnings) {
      out.append("warning: ")
          .append(w.draft().isEmpty() ? "" : w.draft() + " ")
          .append(w.line() > 0 ? "line " + w.line() + ": " : "")
          .append(w.message())
          .append('\n');
    }
  }

  private void change(StringBuilder out, ClauseChange change) {
    ClauseMatch m = change.match();
    StringBuilder head = new StringBuilder(m.relation().name());
    head.append(' ').append(ids(m.oldIds())).append(" -> ").append(ids(m.newIds()));
    if (m.relation() != Relation.ADDED && m.relation() != Relation.REMOVED) {
      head.append(String.format(Locale.ROOT, "  similarity %.2f", m.similarity()));
    }
    change
        .significance()
        .ifPresent(sig -> head.append("  ").append(sig.name().toLowerCase(Locale.ROOT)));
    if (m.moved()) {
      head.append("  moved");
    }
    if (m.renumbered()) {
      head.append("  renumbered");
    }
    out.append(bold(head.toString())).append('\n');
    for (Signal s : change.signals()) {
      out.append("  ! ")
          .append(s.type().name())
          .append(": \"")
          .append(s.oldText())
          .append("\" -> \"")
          .append(s.newText())
          .append("\"\n");
    }
    if (!change.topics().isEmpty()) {
      out.append("  topics: ").append(String.join(", ", change.topics())).append('\n');
    }
    out.append(indent(redline(change))).append('\n');
  }

  private String redline(ClauseChange change) {
    if (change.relation() == Relation.UNCHANGED
        || change.relation() == Relation.REMOVED
        || change.relation() == Relation.ADDED) {
      return Segment.newText(change.redline()).isEmpty()
          ? Segment.oldText(change.redline())
          : Segment.newText(change.redline());
    }
    StringBuilder sb = new StringBuilder();
    for (Segment s : change.redline()) {
      switch (s.op()) {
        case EQUAL -> sb.append(s.text());
        case DELETE ->
            sb.append(
                style == TextStyle.COLOR ? DELETED + s.text() + RESET : "[-" + s.text() + "-]");
        case INSERT ->
            sb.append(
                style == TextStyle.COLOR ? INSERTED + s.text() + RESET : "{+" + s.text() + "+}");
      }
    }
    return sb.toString();
  }

  private String bold(String text) {
    return style == TextStyle.COLOR ? BOLD + text + RESET : text;
  }

  private static String indent(String text) {
    return "    " + text.replace("\n", "\n    ");
  }

  private static String ids(List<String> ids) {
    return ids.isEmpty() ? "-" : String.join(",", ids);
  }

  private static String oneLine(String text, int max) {
    String flat = text.replace('\n', ' ');
    return flat.length() <= max ? flat : flat.substring(0, max - 1) + "\u2026";
  }
}
