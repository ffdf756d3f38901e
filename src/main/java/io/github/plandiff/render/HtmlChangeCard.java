package io.github.plandiff.render;

import static io.github.plandiff.render.HtmlRenderer.esc;

import io.github.plandiff.model.ClauseChange;
import io.github.plandiff.model.ClauseMatch;
import io.github.plandiff.model.Op;
import io.github.plandiff.model.Relation;
import io.github.plandiff.model.Segment;
import io.github.plandiff.model.Signal;
import java.util.List;

/**
 * One change on the HTML page: anchors, badges, signal chips, topics, and the redline inline and
 * side by side.
 */
final class HtmlChangeCard {

  private HtmlChangeCard() {}

  /**
   * Writes the card of a change.
   *
   * @param out where to write
   * @param change the change
   * @param n its position on the page, from 1
   */
  static void write(StringBuilder out, ClauseChange change, int n) {
    ClauseMatch m = change.match();
    out.append("<article class=\"change rel-")
        .append(Words.key(m.relation()))
        .append("\" id=\"change-")
        .append(n)
        .append("\" data-topics=\"")
        .append(esc(String.join(" ", change.topics())))
        .append("\">\n");
    for (String id : m.oldIds()) {
      out.append("<span class=\"anchor\" id=\"old-").append(esc(id)).append("\"></span>");
    }
    for (String id : m.newIds()) {
      out.append("<span class=\"anchor\" id=\"new-").append(esc(id)).append("\"></span>");
    }
    header(out, change);
    signals(out, change.signals());
    topics(out, change.topics());
    out.append("<div class=\"inline redline\">")
        .append(redline(change.redline(), null))
        .append("</div>\n<div class=\"side\"><div class=\"old\"><span class=\"caption\">old</span>")
        .append(side(change.redline(), Op.DELETE))
        .append("</div><div class=\"new\">")
        .append("<span class=\"caption\">new</span>")
        .append(side(change.redline(), Op.INSERT))
        .append("</div></div>\n</article>\n");
  }

  private static void header(StringBuilder out, ClauseChange change) {
    ClauseMatch m = change.match();
    out.append("\n<header><span class=\"badge rel\">")
        .append(Words.phrase(m.relation()))
        .append("</span> <h3>")
        .append(ids("old", m.oldIds()))
        .append(" \u2192 ")
        .append(ids("new", m.newIds()))
        .append("</h3>");
    if (m.moved()) {
      out.append(" <span class=\"badge flag\">moved</span>");
    }
    if (m.renumbered()) {
      out.append(" <span class=\"badge flag\">renumbered</span>");
    }
    change
        .significance()
        .ifPresent(
            sig ->
                out.append(" <span class=\"badge\">").append(Words.phrase(sig)).append("</span>"));
    if (m.relation() != Relation.ADDED && m.relation() != Relation.REMOVED) {
      out.append(" <span class=\"sim\">similarity ")
          .append(Words.score(m.similarity()))
          .append(", confidence ")
          .append(Words.score(m.confidence()))
          .append("</span>");
    } else if (!m.candidates().isEmpty()) {
      out.append(" <span class=\"sim\">").append(esc(Words.possibly(m))).append("</span>");
    }
    out.append("</header>\n");
  }

  private static void signals(StringBuilder out, List<Signal> signals) {
    if (signals.isEmpty()) {
      return;
    }
    out.append("<ul class=\"chips\">");
    for (Signal s : signals) {
      out.append("<li class=\"chip sig-")
          .append(Words.key(s.type()))
          .append("\" title=\"")
          .append(esc(Headline.title(s.type())))
          .append(" in clause ")
          .append(esc(s.clause()))
          .append("\"><span class=\"type\">")
          .append(Words.phrase(s.type()))
          .append("</span>");
      out.append(Headline.evidenceMarkup(s, HtmlRenderer::esc));
      out.append("</li>");
    }
    out.append("</ul>\n");
  }

  private static void topics(StringBuilder out, List<String> topics) {
    if (topics.isEmpty()) {
      return;
    }
    out.append("<ul class=\"topics\">");
    for (String topic : topics) {
      out.append("<li class=\"topic\">").append(esc(topic)).append("</li>");
    }
    out.append("</ul>\n");
  }

  private static String ids(String side, List<String> ids) {
    if (ids.isEmpty()) {
      return "<span class=\"none\">none</span>";
    }
    StringBuilder sb = new StringBuilder(side);
    String sep = " ";
    for (String id : ids) {
      sb.append(sep)
          .append("<a href=\"#")
          .append(side)
          .append('-')
          .append(esc(id))
          .append("\">")
          .append(esc(id))
          .append("</a>");
      sep = ", ";
    }
    return sb.toString();
  }

  /** The inline redline, or with {@code only} set, one side of it. */
  private static String redline(List<Segment> segments, Op only) {
    StringBuilder sb = new StringBuilder();
    for (Segment s : segments) {
      if (only != null && s.op() != Op.EQUAL && s.op() != only) {
        continue;
      }
      String mark = s.cosmetic() ? " class=\"cosmetic\" title=\"cosmetic change\"" : "";
      switch (s.op()) {
        case EQUAL -> sb.append(esc(s.text()));
        case DELETE ->
            sb.append("<del").append(mark).append('>').append(esc(s.text())).append("</del>");
        case INSERT ->
            sb.append("<ins").append(mark).append('>').append(esc(s.text())).append("</ins>");
      }
    }
    return sb.toString();
  }

  private static String side(List<Segment> segments, Op op) {
    String text = redline(segments, op);
    return "<div class=\"redline\">"
        + (text.isEmpty() ? "<span class=\"none\">none</span>" : text)
        + "</div>";
  }
}
