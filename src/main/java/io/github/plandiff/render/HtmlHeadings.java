package io.github.plandiff.render;

import static io.github.plandiff.render.HtmlRenderer.esc;

import io.github.plandiff.model.HeadingChange;
import io.github.plandiff.model.HeadingKind;
import io.github.plandiff.model.Relation;
import io.github.plandiff.model.Segment;
import java.util.List;
import java.util.Locale;

/**
 * Heading changes in an HTML comparison: a kept section or annex heading as a heading of the page,
 * a changed heading as a card with its redline, each before the change it stands before.
 */
final class HtmlHeadings {

  private HtmlHeadings() {}

  static void write(StringBuilder out, List<HeadingChange> headings) {
    for (HeadingChange h : headings) {
      String kind = h.kind().name().toLowerCase(Locale.ROOT);
      if (h.relation() == Relation.UNCHANGED) {
        if (h.kind() == HeadingKind.SECTION || h.kind() == HeadingKind.ANNEX) {
          out.append("<h2 class=\"heading ")
              .append(kind)
              .append("\">")
              .append(esc(h.newText()).replace("\n", "<br>"))
              .append("</h2>\n");
        }
        continue;
      }
      out.append("<section class=\"heading-change ")
          .append(h.relation().name().toLowerCase(Locale.ROOT))
          .append("\">\n<h3>")
          .append(esc(Character.toUpperCase(kind.charAt(0)) + kind.substring(1)))
          .append(' ')
          .append(esc(Words.phrase(h.relation())))
          .append(ids(" \u00B7 old ", h.oldIds()))
          .append(ids(" \u00B7 new ", h.newIds()))
          .append("</h3>\n<div class=\"redline\">")
          .append(redline(h.redline()))
          .append("</div>\n</section>\n");
    }
  }

  private static String ids(String prefix, List<String> ids) {
    return ids.isEmpty() ? "" : prefix + esc(String.join(", ", ids));
  }

  private static String redline(List<Segment> segments) {
    StringBuilder sb = new StringBuilder();
    for (Segment s : segments) {
      String text = esc(s.text()).replace("\n", "<br>");
      switch (s.op()) {
        case EQUAL -> sb.append(text);
        case DELETE -> sb.append("<del>").append(text).append("</del>");
        case INSERT -> sb.append("<ins>").append(text).append("</ins>");
      }
    }
    return sb.toString();
  }
}
