package io.github.plandiff.render;

import io.github.plandiff.model.ClauseChange;
import io.github.plandiff.model.ClauseMatch;
import io.github.plandiff.model.Comparison;
import io.github.plandiff.model.Draft;
import io.github.plandiff.model.HeadingChange;
import io.github.plandiff.model.HeadingKind;
import io.github.plandiff.model.Op;
import io.github.plandiff.model.Relation;
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
  private static final String DIM = "\u001B[2m";

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
    LedgerPanel.text(out, comparison.ledger());
    warnings(out, comparison.warnings());
    List<List<HeadingChange>> places = HeadingPlaces.of(comparison);
    for (int i = 0; i < comparison.changes().size(); i++) {
      headings(out, places.get(i));
      out.append('\n');
      change(out, comparison.changes().get(i));
    }
    headings(out, places.get(comparison.changes().size()));
    return out.toString();
  }

  /**
   * Renders a draft's clauses, one line each, indented by depth, with the sections and annexes
   * above the clauses they hold.
   *
   * @param draft the draft
   * @return the text, ending with a newline
   */
  public String render(Draft draft) {
    StringBuilder out = new StringBuilder(new DraftTextView(style).render(draft));
    warnings(out, draft.warnings());
    return out.toString();
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

  static void warnings(StringBuilder out, List<Warning> warnings) {
    for (Warning w : warnings) {
      out.append("warning: ")
          .append(w.draft().isEmpty() ? "" : w.draft() + " ")
          .append(w.line() > 0 ? "line " + w.line() + ": " : "")
          .append(w.message())
          .append('\n');
    }
  }

  /**
   * The heading changes at one place: a kept section or annex heading as a line of its own, and
   * every heading that changed with its redline. Kept preambles, trailing texts and clause headings
   * are left out, as unchanged clauses' texts are not.
   */
  private void headings(StringBuilder out, List<HeadingChange> headings) {
    for (HeadingChange h : headings) {
      String kind = h.kind().name();
      if (h.relation() == Relation.UNCHANGED) {
        if (h.kind() == HeadingKind.SECTION || h.kind() == HeadingKind.ANNEX) {
          out.append('\n').append(bold(kind + " " + oneLine(h.newText(), 100))).append('\n');
        }
        continue;
      }
      out.append('\n')
          .append(
              bold(
                  kind
                      + " "
                      + h.relation().name()
                      + " "
                      + ids(h.oldIds())
                      + " -> "
                      + ids(h.newIds())))
          .append('\n')
          .append(indent(segments(h.relation(), h.redline())))
          .append('\n');
    }
  }

  private void change(StringBuilder out, ClauseChange change) {
    ClauseMatch m = change.match();
    StringBuilder head = new StringBuilder(m.relation().name());
    head.append(' ').append(ids(m.oldIds())).append(" -> ").append(ids(m.newIds()));
    if (m.relation() != Relation.ADDED && m.relation() != Relation.REMOVED) {
      head.append(String.format(Locale.ROOT, "  similarity %.2f", m.similarity()));
      head.append(String.format(Locale.ROOT, "  confidence %.2f", m.confidence()));
    } else if (!m.candidates().isEmpty()) {
      head.append("  ").append(Words.possibly(m));
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
    out.append(indent(segments(change.relation(), change.redline()))).append('\n');
  }

  private String segments(Relation relation, List<Segment> redline) {
    if (relation == Relation.UNCHANGED
        || relation == Relation.REMOVED
        || relation == Relation.ADDED) {
      return Segment.newText(redline).isEmpty()
          ? Segment.oldText(redline)
          : Segment.newText(redline);
    }
    StringBuilder sb = new StringBuilder();
    for (Segment s : redline) {
      if (s.cosmetic()) {
        sb.append(cosmetic(s));
        continue;
      }
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

  /**
   * A cosmetic edit is subdued: its new text, dim in colour and plain otherwise; its old text is
   * left out.
   */
  private String cosmetic(Segment s) {
    if (s.op() != Op.INSERT) {
      return "";
    }
    return style == TextStyle.COLOR ? DIM + s.text() + RESET : s.text();
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
