package io.github.plandiff.render;

import static io.github.plandiff.render.HtmlRenderer.esc;

import io.github.plandiff.model.Comparison;
import io.github.plandiff.model.Relation;
import io.github.plandiff.model.SignalType;
import io.github.plandiff.model.Summary;
import io.github.plandiff.model.Warning;
import java.util.List;
import java.util.Map;

/** The top of the HTML page: counts, headline and warnings, then the view and topic controls. */
final class HtmlSummary {

  /** Items of a headline group shown before the rest fold into "n more". */
  private static final int HEADLINE_SHOWN = 4;

  private HtmlSummary() {}

  /** Writes the summary section. */
  static void section(StringBuilder out, Comparison comparison) {
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
    signalCounts(out, s);
    headline(out, Headline.of(comparison));
    warnings(out, comparison.warnings());
    out.append("</section>\n");
  }

  private static void signalCounts(StringBuilder out, Summary s) {
    if (s.signals().isEmpty()) {
      return;
    }
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

  private static void headline(StringBuilder out, List<Headline.Group> groups) {
    if (groups.isEmpty()) {
      return;
    }
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
        headlineItem(out, items.get(i));
      }
      out.append(items.size() > HEADLINE_SHOWN + 1 ? "</ul></details></div>\n" : "</ul></div>\n");
    }
    out.append("</div>\n");
  }

  private static void headlineItem(StringBuilder out, Headline.Item item) {
    out.append("<li><a href=\"#")
        .append(esc(Headline.anchor(item)))
        .append("\">")
        .append(esc(Headline.where(item.change())))
        .append("</a>: ")
        .append(esc(Headline.evidence(item.signal())))
        .append("</li>");
  }

  private static void warnings(StringBuilder out, List<Warning> warnings) {
    if (warnings.isEmpty()) {
      return;
    }
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

  /** Writes the controls: inline or side by side, hide unchanged, and a filter per topic. */
  static void controls(StringBuilder out, Summary s) {
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
}
