package io.github.plandiff.render;

import io.github.plandiff.model.Draft;
import io.github.plandiff.model.History;
import io.github.plandiff.model.Lineage;
import io.github.plandiff.model.LineageStep;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a {@link History} for a terminal: the lineage matrix (rows are lineages, columns are
 * drafts, each cell the clause number and a status mark), a legend, then each lineage that changed
 * with its wording in every draft. Plain text, no colour.
 */
public final class HistoryTextRenderer {

  private static final int TEXT_WIDTH = 90;

  /** Creates a renderer. */
  public HistoryTextRenderer() {}

  /**
   * Renders a history.
   *
   * @param history the history, not null
   * @return the text, ending with a newline
   */
  public String render(History history) {
    StringBuilder out = new StringBuilder();
    out.append("plandiff history: ")
        .append(history.drafts().size())
        .append(" drafts, ")
        .append(history.lineages().size())
        .append(" lineages\n");
    for (int d = 0; d < history.drafts().size(); d++) {
      Draft draft = history.drafts().get(d);
      out.append("  ")
          .append(d + 1)
          .append(". ")
          .append(draft.label())
          .append(" (")
          .append(draft.clauses().size())
          .append(" points, ")
          .append(draft.source())
          .append(")\n");
    }
    out.append('\n');
    table(out, rows(history));
    out.append("\nmarks:");
    for (String[] entry : HistoryCells.LEGEND) {
      out.append(' ').append(entry[0]).append(' ').append(entry[1]).append(';');
    }
    out.setLength(out.length() - 1);
    out.append('\n');
    details(out, history);
    return out.toString();
  }

  /** The header and one row per lineage: number, one cell per draft, first text. */
  static List<List<String>> rows(History history) {
    List<List<String>> rows = new ArrayList<>();
    List<String> header = new ArrayList<>();
    header.add("#");
    for (Draft draft : history.drafts()) {
      header.add(draft.label());
    }
    header.add("text");
    rows.add(header);
    for (int i = 0; i < history.lineages().size(); i++) {
      Lineage lineage = history.lineages().get(i);
      List<String> row = new ArrayList<>();
      row.add(Integer.toString(i + 1));
      for (int d = 0; d < history.drafts().size(); d++) {
        row.add(HistoryCells.cell(lineage, d));
      }
      row.add(HistoryCells.excerpt(lineage, 60));
      rows.add(row);
    }
    return rows;
  }

  private static void table(StringBuilder out, List<List<String>> rows) {
    int columns = rows.get(0).size();
    int[] width = new int[columns];
    for (List<String> row : rows) {
      for (int c = 0; c < columns; c++) {
        width[c] = Math.max(width[c], row.get(c).length());
      }
    }
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < columns; c++) {
        String cell = row.get(c);
        line.append(cell);
        if (c + 1 < columns) {
          line.append(" ".repeat(width[c] - cell.length())).append(" | ");
        }
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
  }

  private static void details(StringBuilder out, History history) {
    int labelWidth = 0;
    for (Draft draft : history.drafts()) {
      labelWidth = Math.max(labelWidth, draft.label().length());
    }
    for (int i = 0; i < history.lineages().size(); i++) {
      Lineage lineage = history.lineages().get(i);
      if (HistoryCells.quiet(lineage) && history.drafts().size() > 1) {
        continue;
      }
      out.append("\n#").append(i + 1).append('\n');
      int printedWidth = 1;
      for (LineageStep step : lineage.steps()) {
        printedWidth = Math.max(printedWidth, HistoryCells.printed(step).length());
      }
      for (LineageStep step : lineage.steps()) {
        String label = HistoryCells.draftLabel(history, step.draft());
        String printed = step.ids().isEmpty() ? "-" : HistoryCells.printed(step);
        String mark = HistoryCells.mark(step);
        String text =
            step.ids().isEmpty()
                ? HistoryCells.word(step.status())
                : HistoryCells.oneLine(step.text(), TEXT_WIDTH);
        out.append("  ")
            .append(pad(label, labelWidth))
            .append("  ")
            .append(pad(printed, printedWidth))
            .append("  ")
            .append(pad(mark, 2))
            .append("  ")
            .append(text)
            .append('\n');
      }
    }
  }

  private static String pad(String text, int width) {
    return text + " ".repeat(Math.max(0, width - text.length()));
  }
}
