package io.github.plandiff.render;

import static io.github.plandiff.render.HtmlRenderer.esc;

import io.github.plandiff.model.Clause;
import io.github.plandiff.model.Commitment;
import io.github.plandiff.model.Comparison;
import io.github.plandiff.model.Draft;
import io.github.plandiff.model.Ledger;
import io.github.plandiff.model.LedgerEntry;
import io.github.plandiff.model.PartyCount;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The "Who commits to what" panel of a comparison: per party, its commitments old → new, added,
 * removed, softened, hardened and changed. In HTML each count links to the commitments behind it,
 * and each commitment to the card of its clause.
 */
final class LedgerPanel {

  static final String TITLE = "Who commits to what";

  private LedgerPanel() {}

  /** The panel as an HTML section; nothing when neither draft has a commitment. */
  static void html(StringBuilder out, Comparison comparison) {
    Ledger ledger = comparison.ledger();
    if (ledger.parties().isEmpty()) {
      return;
    }
    out.append("<section id=\"ledger\" class=\"ledger\">\n<h2>")
        .append(TITLE)
        .append("</h2>\n<table class=\"ledger-table\">\n<thead><tr><th>party</th>");
    for (String column : Ledger.COLUMNS) {
      out.append("<th>").append(column).append("</th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
    for (int p = 0; p < ledger.parties().size(); p++) {
      PartyCount count = ledger.parties().get(p);
      out.append("<tr><th>").append(esc(count.party())).append("</th>");
      int[] values = values(count);
      for (int k = 0; k < values.length; k++) {
        out.append("<td>");
        if (values[k] > 0) {
          out.append("<a href=\"#").append(anchor(p, Ledger.COLUMNS.get(k))).append("\">");
          out.append(values[k]).append("</a>");
        } else {
          out.append('0');
        }
        out.append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table>\n");
    lists(out, comparison);
    out.append("</section>\n");
  }

  /** Under the table, the commitments behind each count, each linked to its clause's card. */
  private static void lists(StringBuilder out, Comparison comparison) {
    Ledger ledger = comparison.ledger();
    out.append("<div class=\"ledger-lists\">\n");
    Map<String, String> oldTop = tops(comparison.oldDraft());
    Map<String, String> newTop = tops(comparison.newDraft());
    for (int p = 0; p < ledger.parties().size(); p++) {
      String party = ledger.parties().get(p).party();
      for (String column : Ledger.COLUMNS) {
        List<LedgerEntry> entries = ledger.entriesFor(party, column);
        if (entries.isEmpty()) {
          continue;
        }
        out.append("<div class=\"ledger-list\" id=\"")
            .append(anchor(p, column))
            .append("\"><h3>")
            .append(esc(party))
            .append(": ")
            .append(column)
            .append("</h3><ul>");
        for (LedgerEntry e : entries) {
          item(out, e, e.draft().equals("old") ? oldTop : newTop);
        }
        out.append("</ul></div>\n");
      }
    }
    out.append("</div>\n");
  }

  private static void item(StringBuilder out, LedgerEntry e, Map<String, String> tops) {
    Commitment c = e.commitment();
    out.append("<li><a href=\"#")
        .append(e.draft())
        .append('-')
        .append(esc(tops.getOrDefault(c.clause(), c.clause())))
        .append("\">")
        .append(e.draft())
        .append(' ')
        .append(esc(c.clause()))
        .append("</a> ")
        .append(esc(describe(e)))
        .append(": ")
        .append(esc(c.text()))
        .append("</li>");
  }

  /** The panel as a Markdown table; nothing when neither draft has a commitment. */
  static void markdown(StringBuilder out, Ledger ledger, UnaryOperator<String> esc) {
    if (ledger.parties().isEmpty()) {
      return;
    }
    out.append("\n### ").append(TITLE).append("\n\n| party |");
    for (String column : Ledger.COLUMNS) {
      out.append(' ').append(column).append(" |");
    }
    out.append("\n|---|");
    out.append("---:|".repeat(Ledger.COLUMNS.size()));
    out.append('\n');
    for (PartyCount count : ledger.parties()) {
      out.append("| ").append(esc.apply(count.party())).append(" |");
      for (int v : values(count)) {
        out.append(' ').append(v).append(" |");
      }
      out.append('\n');
    }
  }

  /** The panel as aligned plain-text columns; nothing when neither draft has a commitment. */
  static void text(StringBuilder out, Ledger ledger) {
    if (ledger.parties().isEmpty()) {
      return;
    }
    int width = "party".length();
    for (PartyCount count : ledger.parties()) {
      width = Math.max(width, count.party().length());
    }
    out.append(TITLE.toLowerCase(Locale.ROOT)).append(":\n  ").append(pad("party", width));
    for (String column : Ledger.COLUMNS) {
      out.append(' ').append(String.format(Locale.ROOT, "%8s", column));
    }
    out.append('\n');
    for (PartyCount count : ledger.parties()) {
      out.append("  ").append(pad(count.party(), width));
      for (int v : values(count)) {
        out.append(' ').append(String.format(Locale.ROOT, "%8d", v));
      }
      out.append('\n');
    }
  }

  static int[] values(PartyCount c) {
    return new int[] {
      c.oldCount(), c.newCount(), c.added(), c.removed(), c.softened(), c.hardened(), c.changed()
    };
  }

  /** "BINDING, negated, REMOVED" and the like. */
  static String describe(LedgerEntry e) {
    Commitment c = e.commitment();
    return c.modality().name()
        + (c.negated() ? ", negated" : "")
        + ", "
        + e.status().name()
        + e.counterpart().map(r -> " (counterpart " + r.clause() + ")").orElse("");
  }

  private static String pad(String s, int width) {
    return s + " ".repeat(Math.max(0, width - s.length()));
  }

  private static String anchor(int party, String column) {
    return "ledger-" + party + "-" + column;
  }

  /** Each clause id of a draft mapped to the id of its top-level clause, which has an anchor. */
  private static Map<String, String> tops(Draft draft) {
    Map<String, String> out = new HashMap<>();
    for (Clause top : draft.clauses()) {
      top.forEach(c -> out.put(c.id(), top.id()));
    }
    return out;
  }
}
