package io.github.plandiff.render;

import io.github.plandiff.model.HeadingChange;
import io.github.plandiff.model.HeadingKind;
import io.github.plandiff.model.Relation;
import java.util.List;
import java.util.Locale;

/** Heading changes in a Markdown comparison, each before the change it stands before. */
final class MarkdownHeadings {

  private MarkdownHeadings() {}

  /** The headings that changed at one place, each with its redline; kept ones are left out. */
  static void write(StringBuilder out, List<HeadingChange> headings) {
    for (HeadingChange h : headings) {
      if (h.relation() == Relation.UNCHANGED) {
        continue;
      }
      out.append("\n#### ")
          .append(MarkdownRenderer.capitalise(h.kind().name().toLowerCase(Locale.ROOT)))
          .append(' ')
          .append(Words.phrase(h.relation()));
      if (!h.oldIds().isEmpty() && h.kind() != HeadingKind.CLAUSE) {
        out.append(" \u00B7 old ").append(MarkdownRenderer.esc(String.join(", ", h.oldIds())));
      }
      if (!h.newIds().isEmpty()) {
        out.append(h.kind() == HeadingKind.CLAUSE ? " \u00B7 clause " : " \u00B7 new ")
            .append(MarkdownRenderer.esc(String.join(", ", h.newIds())));
      }
      out.append("\n\n").append(MarkdownRenderer.redline(h.redline())).append('\n');
    }
  }
}
