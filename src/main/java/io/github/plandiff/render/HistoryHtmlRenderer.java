package io.github.plandiff.render;

import io.github.plandiff.model.ClauseChange;
import io.github.plandiff.model.Draft;
import io.github.plandiff.model.History;
import io.github.plandiff.model.Lineage;
import io.github.plandiff.model.LineageStep;
import io.github.plandiff.model.Segment;
import io.github.plandiff.model.Signal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes a {@link History} as one self-contained HTML page: the lineage matrix (rows are lineages,
 * columns are drafts, each cell the clause number and a status mark); clicking a cell shows the
 * redline of that step. No script and no network: the steps are sections shown by the CSS {@code
 * :target} rule. Every text from a draft is escaped.
 */
public final class HistoryHtmlRenderer {

  private static final String STYLE =
      String.join(
          "\n",
          "body{font-family:system-ui,sans-serif;margin:2em;color:#222}",
          "table{border-collapse:collapse}",
          "th,td{border:1px solid #ccc;padding:.2em .5em;text-align:left;vertical-align:top}",
          "td.cell a{text-decoration:none;color:inherit;display:block}",
          ".INTRODUCED{background:#eef6ff}.UNCHANGED{background:#fff}",
          ".REWORDED{background:#fff6dd}.MERGED,.SPLIT{background:#f1e9ff}",
          ".REMOVED{background:#ffe3e3}.RESTORED{background:#e2f7e2}",
          ".weakened{box-shadow:inset 0 -3px #d33}.strengthened{box-shadow:inset 0 -3px #2a2}",
          ".step{display:none;border:1px solid #999;padding:.5em 1em;margin:1em 0}",
          ".step:target{display:block}",
          ".redline{white-space:pre-wrap}",
          "del{background:#fdd;color:#900}ins{background:#dfd;color:#060}",
          "del.cosmetic,ins.cosmetic{background:none;color:#777;text-decoration-style:dotted}");

  /** Creates a renderer. */
  public HistoryHtmlRenderer() {}

  /**
   * Renders a history.
   *
   * @param history the history, not null
   * @return the HTML page, ending with a newline
   */
  public String render(History history) {
    StringBuilder out = new StringBuilder();
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>plandiff history</title>\n<style>\n")
        .append(STYLE)
        .append("\n</style>\n</head>\n<body>\n<h1>plandiff history</h1>\n<p>")
        .append(history.drafts().size())
        .append(" drafts, ")
        .append(history.lineages().size())
        .append(" lineages. Click a cell to see that step&#8217;s redline.</p>\n");
    matrix(out, history);
    out.append("<p class=\"legend\">");
    for (String[] entry : HistoryCells.LEGEND) {
      out.append("<code>")
          .append(escape(entry[0]))
          .append("</code> ")
          .append(escape(entry[1]))
          .append("; ");
    }
    out.setLength(out.length() - 2);
    out.append("</p>\n");
    for (int i = 0; i < history.lineages().size(); i++) {
      for (LineageStep step : history.lineages().get(i).steps()) {
        step(out, history, i, step);
      }
    }
    out.append("</body>\n</html>\n");
    return out.toString();
  }

  private static void matrix(StringBuilder out, History history) {
    out.append("<table class=\"matrix\">\n<thead><tr><th>#</th>");
    for (Draft draft : history.drafts()) {
      out.append("<th>").append(escape(draft.label())).append("</th>");
    }
    out.append("<th>text</th></tr></thead>\n<tbody>\n");
    for (int i = 0; i < history.lineages().size(); i++) {
      Lineage lineage = history.lineages().get(i);
      out.append("<tr id=\"lineage-").append(i + 1).append("\"><td>").append(i + 1).append("</td>");
      for (int d = 0; d < history.drafts().size(); d++) {
        Optional<LineageStep> step = lineage.stepIn(d);
        if (step.isEmpty()) {
          out.append("<td></td>");
          continue;
        }
        String direction = HistoryCells.direction(step.get().signals());
        out.append("<td class=\"cell ")
            .append(step.get().status().name())
            .append(direction.contains("v") ? " weakened" : "")
            .append(direction.contains("^") ? " strengthened" : "")
            .append("\" title=\"")
            .append(HistoryCells.word(step.get().status()))
            .append("\"><a href=\"#")
            .append(anchor(i, d))
            .append("\">")
            .append(escape(HistoryCells.cell(lineage, d)))
            .append("</a></td>");
      }
      out.append("<td>").append(escape(HistoryCells.excerpt(lineage, 80))).append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n");
  }

  private static void step(StringBuilder out, History history, int lineage, LineageStep step) {
    out.append("<section class=\"step\" id=\"")
        .append(anchor(lineage, step.draft()))
        .append("\">\n<h2>#")
        .append(lineage + 1)
        .append(" in ")
        .append(escape(HistoryCells.draftLabel(history, step.draft())));
    if (!step.ids().isEmpty()) {
      out.append(" ").append(escape(HistoryCells.printed(step)));
    }
    out.append(": ").append(HistoryCells.word(step.status()));
    if (step.fromDraft() >= 0) {
      out.append(" (from ").append(escape(HistoryCells.draftLabel(history, step.fromDraft())));
      step.change()
          .ifPresent(c -> out.append(' ').append(escape(String.join(" + ", c.match().oldIds()))));
      out.append(')');
    }
    out.append("</h2>\n<p class=\"redline\">");
    Optional<ClauseChange> change = step.change();
    if (change.isPresent()) {
      redline(out, change.get().redline());
    } else {
      out.append(escape(step.text()));
    }
    out.append("</p>\n");
    List<Signal> signals = step.signals();
    if (!signals.isEmpty()) {
      out.append("<ul class=\"signals\">\n");
      for (Signal s : signals) {
        out.append("<li>")
            .append(s.type().name().toLowerCase(Locale.ROOT).replace('_', ' '))
            .append(": <del>")
            .append(escape(s.oldText()))
            .append("</del> <ins>")
            .append(escape(s.newText()))
            .append("</ins></li>\n");
      }
      out.append("</ul>\n");
    }
    out.append("<p><a href=\"#lineage-")
        .append(lineage + 1)
        .append("\">back to the matrix</a></p>\n")
        .append("</section>\n");
  }

  private static void redline(StringBuilder out, List<Segment> segments) {
    for (Segment s : segments) {
      String mark = s.cosmetic() ? " class=\"cosmetic\" title=\"cosmetic change\"" : "";
      switch (s.op()) {
        case EQUAL -> out.append(escape(s.text()));
        case DELETE ->
            out.append("<del").append(mark).append('>').append(escape(s.text())).append("</del>");
        case INSERT ->
            out.append("<ins").append(mark).append('>').append(escape(s.text())).append("</ins>");
      }
    }
  }

  private static String anchor(int lineage, int draft) {
    return "step-" + (lineage + 1) + "-" + (draft + 1);
  }

  /** Escapes the five HTML specials. */
  static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
