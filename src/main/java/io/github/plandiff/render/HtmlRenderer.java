package io.github.plandiff.render;

import io.github.plandiff.model.ClauseChange;
import io.github.plandiff.model.ClauseMatch;
import io.github.plandiff.model.Comparison;
import io.github.plandiff.model.Draft;
import io.github.plandiff.model.Op;
import io.github.plandiff.model.Relation;
import io.github.plandiff.model.Segment;
import io.github.plandiff.model.Signal;
import io.github.plandiff.model.SignalType;
import io.github.plandiff.model.Summary;
import io.github.plandiff.model.Warning;
import java.util.List;
import java.util.Map;

/**
 * Writes a comparison as one self-contained HTML page: no network, no external fonts or scripts.
 * The page has the headline summary, an inline and a side-by-side view (switched by CSS alone),
 * badges for moved, renumbered, merged and split clauses, signal chips with their evidence, topic
 * filters (a few lines of inline script), an anchor per clause ({@code #old-7}, {@code #new-5}) and
 * print styles. Deleted text is struck through and inserted text underlined, so changes do not
 * depend on colour. Every piece of draft text is escaped.
 */
public final class HtmlRenderer {

  private static final String STYLE = Words.resource("html-style.css");
  private static final String SCRIPT = Words.resource("html-script.js");

  /** Items of a headline group shown before the rest fold into "n more". */
  private static final int HEADLINE_SHOWN = 4;

  /** Creates a renderer. */
  public HtmlRenderer() {}

  /**
   * Renders a comparison.
   *
   * @param comparison the comparison, not null
   * @return the HTML document, ending with a newline
   */
  public String render(Comparison comparison) {
    Draft oldDraft = comparison.oldDraft();
    Draft newDraft = comparison.newDraft();
    StringBuilder out = new StringBuilder(16_384);
    String title = "plandiff: " + oldDraft.label() + " \u2192 " + newDraft.label();
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
        .append("style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n")
        .append("<meta name=\"generator\" content=\"plandiff\">\n")
        .append("<title>")
        .append(esc(title))
        .append("</title>\n<style>\n")
        .append(STYLE)
        .append("</style>\n</head>\n<body>\n")
        .append(
            "<input type=\"radio\" name=\"view\" id=\"view-inline\" class=\"view-toggle\" checked>\n")
        .append("<input type=\"radio\" name=\"view\" id=\"view-side\" class=\"view-toggle\">\n")
        .append("<input type=\"checkbox\" id=\"hide-unchanged\" class=\"filter-toggle\">\n");
    out.append("<header>\n<h1>plandiff: ")
        .append(esc(oldDraft.label()))
        .append(" \u2192 ")
        .append(esc(newDraft.label()))
        .append("</h1>\n<p class=\"sources\">old: ")
        .append(describe(oldDraft))
        .append(" \u00B7 new: ")
        .append(describe(newDraft))
        .append("</p>\n</header>\n");
    summary(out, comparison);
    controls(out, comparison.summary());
    out.append("<main>\n");
    int n = 0;
    for (ClauseChange change : comparison.changes()) {
      change(out, change, ++n);
    }
    out.append("</main>\n<footer>Deleted text is <del>struck through</del>, inserted text ")
        .append("<ins>underlined</ins>. Written by plandiff.</footer>\n<script>\n")
        .append(SCRIPT)
        .append("</script>\n</body>\n</html>\n");
    return out.toString();
  }

  private static String describe(Draft draft) {
    return esc(draft.label())
        + " ("
        + esc(draft.source())
        + ", "
        + draft.clauses().size()
        + " points)";
  }

  private static void summary(StringBuilder out, Comparison comparison) {
    Summary s = comparison.summary();
    out.append(
        "<section id=\"summary\" class=\"summary\">\n<h2>Summary</h2>\n<ul class=\"counts\">");
    for (Relation r : Relation.values()) {
      out.append("<li class=\"rel-")
          .append(Words.key(r))
          .append("\"><b>")
          .append(s.count(r))
          .append("</b> ")
          .append(Words.phrase(r))
          .append("</li>");
    }
    out.append("<li><b>")
        .append(s.moved())
        .append("</b> moved</li><li><b>")
        .append(s.renumbered())
        .append("</b> renumbered</li></ul>\n");
    if (!s.signals().isEmpty()) {
      out.append("<ul class=\"counts signals\">");
      for (Map.Entry<SignalType, Integer> e : s.signals().entrySet()) {
        out.append("<li class=\"sig-")
            .append(Words.key(e.getKey()))
            .append("\"><b>")
            .append(e.getValue())
            .append("</b> ")
            .append(Words.phrase(e.getKey()))
            .append("</li>");
      }
      out.append("</ul>\n");
    }
    List<Headline.Group> groups = Headline.of(comparison);
    if (!groups.isEmpty()) {
      out.append("<div class=\"headline\">\n");
      for (Headline.Group group : groups) {
        out.append("<div><h3>")
            .append(esc(group.title()))
            .append(" (")
            .append(group.items().size())
            .append(")</h3><ul>");
        List<Headline.Item> items = group.items();
        for (int i = 0; i < items.size(); i++) {
          if (i == HEADLINE_SHOWN && items.size() > HEADLINE_SHOWN + 1) {
            out.append("</ul><details><summary>")
                .append(items.size() - i)
                .append(" more</summary><ul>");
          }
          Headline.Item item = items.get(i);
          out.append("<li><a href=\"#")
              .append(esc(Headline.anchor(item)))
              .append("\">")
              .append(esc(Headline.where(item.change())))
              .append("</a>: ")
              .append(esc(Headline.evidence(item.signal())))
              .append("</li>");
        }
        out.append(items.size() > HEADLINE_SHOWN + 1 ? "</ul></details></div>\n" : "</ul></div>\n");
      }
      out.append("</div>\n");
    }
    List<Warning> warnings = comparison.warnings();
    if (!warnings.isEmpty()) {
      out.append("<ul class=\"warnings\">");
      for (Warning w : warnings) {
        out.append("<li>")
            .append(esc(w.draft()))
            .append(w.line() > 0 ? " line " + w.line() : "")
            .append(": ")
            .append(esc(w.message()))
            .append("</li>");
      }
      out.append("</ul>\n");
    }
    out.append("</section>\n");
  }

  private static void controls(StringBuilder out, Summary s) {
    out.append("<nav class=\"controls\" aria-label=\"view and filters\">")
        .append("<span class=\"label\">View</span>")
        .append("<label for=\"view-inline\">Inline</label>")
        .append("<label for=\"view-side\">Side by side</label>")
        .append("<label for=\"hide-unchanged\">Hide unchanged</label>");
    if (!s.topics().isEmpty()) {
      out.append("<span class=\"label\">Topics</span>")
          .append("<button type=\"button\" data-topic=\"\" aria-pressed=\"true\">all</button>");
      for (Map.Entry<String, Integer> e : s.topics().entrySet()) {
        out.append("<button type=\"button\" data-topic=\"")
            .append(esc(e.getKey()))
            .append("\" aria-pressed=\"false\">")
            .append(esc(e.getKey()))
            .append(" (")
            .append(e.getValue())
            .append(")</button>");
      }
    }
    out.append("</nav>\n");
  }

  private static void change(StringBuilder out, ClauseChange change, int n) {
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
          .append("</span>");
    }
    out.append("</header>\n");
    signals(out, change.signals());
    if (!change.topics().isEmpty()) {
      out.append("<ul class=\"topics\">");
      for (String topic : change.topics()) {
        out.append("<li class=\"topic\">").append(esc(topic)).append("</li>");
      }
      out.append("</ul>\n");
    }
    out.append("<div class=\"inline redline\">")
        .append(redline(change.redline(), null))
        .append("</div>\n<div class=\"side\"><div class=\"old\"><span class=\"caption\">old</span>")
        .append(side(change.redline(), Op.DELETE))
        .append("</div><div class=\"new\">")
        .append("<span class=\"caption\">new</span>")
        .append(side(change.redline(), Op.INSERT))
        .append("</div></div>\n</article>\n");
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
      String oldText = Headline.shorten(s.oldText());
      String newText = Headline.shorten(s.newText());
      if (!oldText.isEmpty()) {
        out.append("<del>").append(esc(oldText)).append("</del>");
      }
      if (!oldText.isEmpty() && !newText.isEmpty()) {
        out.append(" \u2192 ");
      }
      if (!newText.isEmpty()) {
        out.append("<ins>").append(esc(newText)).append("</ins>");
      }
      out.append("</li>");
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
      switch (s.op()) {
        case EQUAL -> sb.append(esc(s.text()));
        case DELETE -> sb.append("<del>").append(esc(s.text())).append("</del>");
        case INSERT -> sb.append("<ins>").append(esc(s.text())).append("</ins>");
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

  /**
   * Escapes text for HTML element content and quoted attribute values.
   *
   * @param text any text, not null
   * @return the text with {@code & < > " '} replaced by character references
   */
  static String esc(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
