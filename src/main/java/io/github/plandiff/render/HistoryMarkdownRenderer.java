package io.github.plandiff.render;

import io.github.plandiff.model.History;
import io.github.plandiff.model.Lineage;
import io.github.plandiff.model.LineageStep;
import java.util.List;

/**
 * Writes a {@link History} as GitHub-flavoured Markdown: the lineage matrix as a table (the same
 * cells as {@link HistoryTextRenderer}), a legend, then each lineage that changed with its wording
 * in every draft. Every text from a draft is escaped, so a draft cannot inject markup.
 */
public final class HistoryMarkdownRenderer {

  private static final int TEXT_WIDTH = 120;

  /** Creates a renderer. */
  public HistoryMarkdownRenderer() {}

  /**
   * Renders a history.
   *
   * @param history the history, not null
   * @return the Markdown text, ending with a newline
   */
  public String render(History history) {
    StringBuilder out = new StringBuilder();
    out.append("## plandiff history: ")
        .append(history.drafts().size())
        .append(" drafts, ")
        .append(history.lineages().size())
        .append(" lineages\n\n");
    List<List<String>> rows = HistoryTextRenderer.rows(history);
    row(out, rows.get(0));
    out.append('|');
    for (int c = 0; c < rows.get(0).size(); c++) {
      out.append(c == 0 ? "--:|" : "---|");
    }
    out.append('\n');
    for (List<String> row : rows.subList(1, rows.size())) {
      row(out, row);
    }
    out.append("\nMarks:");
    for (String[] entry : HistoryCells.LEGEND) {
      out.append(" `").append(entry[0]).append("` ").append(entry[1]).append(';');
    }
    out.setLength(out.length() - 1);
    out.append(".\n");
    details(out, history);
    return out.toString();
  }

  private static void row(StringBuilder out, List<String> cells) {
    out.append('|');
    for (String cell : cells) {
      out.append(' ').append(escape(cell)).append(" |");
    }
    out.append('\n');
  }

  private static void details(StringBuilder out, History history) {
    for (int i = 0; i < history.lineages().size(); i++) {
      Lineage lineage = history.lineages().get(i);
      if (HistoryCells.quiet(lineage) && history.drafts().size() > 1) {
        continue;
      }
      out.append("\n### ").append(i + 1).append("\n\n");
      for (LineageStep step : lineage.steps()) {
        out.append("- **")
            .append(escape(HistoryCells.draftLabel(history, step.draft())))
            .append("** ");
        if (step.ids().isEmpty()) {
          out.append('`')
              .append(HistoryCells.mark(step))
              .append("` ")
              .append(HistoryCells.word(step.status()))
              .append('\n');
        } else {
          out.append(escape(HistoryCells.printed(step)))
              .append(" `")
              .append(HistoryCells.mark(step))
              .append("` ")
              .append(escape(HistoryCells.oneLine(step.text(), TEXT_WIDTH)))
              .append('\n');
        }
      }
    }
  }

  /** Escapes Markdown and HTML specials so that draft text shows as written. */
  static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '\n', '\r' -> sb.append(' ');
        case '\\', '`', '*', '_', '[', ']', '|', '#', '~', '!', '(', ')' ->
            sb.append('\\').append(c);
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
