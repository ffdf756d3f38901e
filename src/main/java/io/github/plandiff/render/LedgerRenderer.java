package io.github.plandiff.render;

import io.github.plandiff.model.Commitment;
import io.github.plandiff.model.DraftLedger;
import io.github.plandiff.model.PartyTally;
import java.util.List;
import java.util.Locale;

/**
 * Writes the ledger of one draft (who is bound to what) as text, Markdown or CSV; JSON is written
 * by {@link JsonRenderer#render(DraftLedger)}.
 */
public final class LedgerRenderer {

  private static final List<String> CSV_HEADER =
      List.of(
          "clause",
          "sentence",
          "part",
          "obligors",
          "modality",
          "negated",
          "counterparties",
          "conditions",
          "deadlines",
          "text");

  /** Creates a renderer. */
  public LedgerRenderer() {}

  /**
   * Renders a ledger for a terminal: the tallies per party, then each commitment on a line.
   *
   * @param ledger the ledger, not null
   * @return the text, ending with a newline
   */
  public String text(DraftLedger ledger) {
    StringBuilder out = new StringBuilder();
    out.append("commitments of ")
        .append(ledger.label())
        .append(" (")
        .append(ledger.source())
        .append("): ")
        .append(ledger.commitments().size())
        .append('\n');
    int width = "party".length();
    for (PartyTally t : ledger.parties()) {
      width = Math.max(width, t.party().length());
    }
    out.append("  ").append(pad("party", width)).append("  binding     soft  permission  total\n");
    for (PartyTally t : ledger.parties()) {
      out.append("  ")
          .append(pad(t.party(), width))
          .append(
              String.format(
                  Locale.ROOT,
                  "  %7d  %7d  %10d  %5d",
                  t.binding(),
                  t.soft(),
                  t.permission(),
                  t.total()))
          .append('\n');
    }
    for (PartyTally t : ledger.groups()) {
      out.append("  bound together: ")
          .append(t.party())
          .append(": ")
          .append(t.total())
          .append('\n');
    }
    for (Commitment c : ledger.commitments()) {
      commitmentLines(out, c);
    }
    return out.toString();
  }

  private static void commitmentLines(StringBuilder out, Commitment c) {
    out.append('\n')
        .append(c.clause())
        .append(" [")
        .append(c.sentence())
        .append('.')
        .append(c.part())
        .append("] ")
        .append(String.join(", ", c.obligors()))
        .append(": ")
        .append(c.modality().name())
        .append(c.negated() ? ", negated" : "")
        .append(
            c.counterparties().isEmpty()
                ? ""
                : ", to/with " + String.join(", ", c.counterparties()))
        .append("\n  ")
        .append(c.text())
        .append('\n');
  }

  /**
   * Renders a ledger as Markdown: a table of tallies and a table of commitments.
   *
   * @param ledger the ledger, not null
   * @return the Markdown, ending with a newline
   */
  public String markdown(DraftLedger ledger) {
    StringBuilder out = new StringBuilder();
    out.append("## Who commits to what: ")
        .append(MarkdownRenderer.esc(ledger.label()))
        .append("\n\n| party | binding | soft | permission | total |\n|---|---:|---:|---:|---:|\n");
    for (PartyTally t : ledger.parties()) {
      out.append("| ")
          .append(MarkdownRenderer.esc(t.party()))
          .append(" | ")
          .append(t.binding())
          .append(" | ")
          .append(t.soft())
          .append(" | ")
          .append(t.permission())
          .append(" | ")
          .append(t.total())
          .append(" |\n");
    }
    out.append("\n| clause | obligors | modality | negated | text |\n|---|---|---|---|---|\n");
    for (Commitment c : ledger.commitments()) {
      out.append("| ")
          .append(MarkdownRenderer.esc(c.clause()))
          .append(" | ")
          .append(MarkdownRenderer.esc(String.join(", ", c.obligors())))
          .append(" | ")
          .append(c.modality().name())
          .append(" | ")
          .append(c.negated() ? "yes" : "")
          .append(" | ")
          .append(MarkdownRenderer.esc(c.text().replace('\n', ' ')))
          .append(" |\n");
    }
    return out.toString();
  }

  /**
   * Renders a ledger as CSV (RFC 4180: CRLF line ends, fields with a comma, quote or line break in
   * double quotes, quotes doubled), one commitment a row after a header row. Lists (obligors,
   * counterparties, conditions, deadlines) are joined with "; ".
   *
   * @param ledger the ledger, not null
   * @return the CSV text
   */
  public String csv(DraftLedger ledger) {
    StringBuilder out = new StringBuilder();
    row(out, CSV_HEADER);
    for (Commitment c : ledger.commitments()) {
      row(
          out,
          List.of(
              c.clause(),
              String.valueOf(c.sentence()),
              String.valueOf(c.part()),
              String.join("; ", c.obligors()),
              c.modality().name(),
              String.valueOf(c.negated()),
              String.join("; ", c.counterparties()),
              String.join("; ", c.conditions()),
              String.join("; ", c.deadlines()),
              c.text()));
    }
    return out.toString();
  }

  private static void row(StringBuilder out, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(csvField(fields.get(i)));
    }
    out.append("\r\n");
  }

  static String csvField(String value) {
    boolean quote =
        value.indexOf(',') >= 0
            || value.indexOf('"') >= 0
            || value.indexOf('\n') >= 0
            || value.indexOf('\r') >= 0;
    return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }

  private static String pad(String s, int width) {
    return s + " ".repeat(Math.max(0, width - s.length()));
  }
}
