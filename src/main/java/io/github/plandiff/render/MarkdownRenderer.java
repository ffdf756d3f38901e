package io.github.plandiff.render;

import io.github.plandiff.model.ClauseChange;
import io.github.plandiff.model.ClauseMatch;
import io.github.plandiff.model.Comparison;
import io.github.plandiff.model.Draft;
import io.github.plandiff.model.HeadingChange;
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
 * Writes a comparison as GitHub-flavoured Markdown, fit for a pull-request comment: a summary
 * table, the headline, then each change (unchanged clauses are only counted) with deleted text in
 * {@code <del>} and inserted text in {@code <ins>}.
 *
 * <p>Draft text is escaped so that it stays text: Markdown punctuation is backslash-escaped, {@code
 * < > &} become character references, line breaks become {@code <br>}, and a zero-width space after
 * {@code @} and {@code #} keeps mentions and issue references from being linked. A draft cannot
 * inject links, images, HTML or mentions into the comment.
 */
public final class MarkdownRenderer {

  /** Characters that mean something to GFM (or to GitHub's math) and are backslash-escaped. */
  private static final String SPECIAL = "\\`*_{}[]()#+-.!|~:=$^";

  private static final char ZWSP = '\u200B';

  /** GitHub refuses comments longer than 65,536 characters; this leaves room for a header. */
  public static final int PULL_REQUEST_COMMENT_LIMIT = 60_000;

  private final int maxLength;

  /** Creates a renderer that writes every change. */
  public MarkdownRenderer() {
    this(Integer.MAX_VALUE);
  }

  /**
   * Creates a renderer that stops listing changes before the text grows past a length, and says how
   * many it left out; the summary and headline are always written.
   *
   * @param maxLength the largest length wanted, in chars, at least 1,000 (e.g. {@link
   *     #PULL_REQUEST_COMMENT_LIMIT})
   * @throws IllegalArgumentException if below 1,000
   */
  public MarkdownRenderer(int maxLength) {
    if (maxLength < 1_000) {
      throw new IllegalArgumentException("maxLength " + maxLength + " is below 1000");
    }
    this.maxLength = maxLength;
  }

  /**
   * Renders a comparison.
   *
   * @param comparison the comparison, not null
   * @return the Markdown text, ending with a newline
   */
  public String render(Comparison comparison) {
    Draft oldDraft = comparison.oldDraft();
    Draft newDraft = comparison.newDraft();
    StringBuilder out = new StringBuilder(8_192);
    out.append("## plandiff: ")
        .append(esc(oldDraft.label()))
        .append(" \u2192 ")
        .append(esc(newDraft.label()))
        .append("\n\n")
        .append("Old: ")
        .append(describe(oldDraft))
        .append(" \u00B7 new: ")
        .append(describe(newDraft))
        .append("\n\n");
    Summary s = comparison.summary();
    table(out, s);
    if (!s.signals().isEmpty()) {
      out.append("\n**Signals:** ");
      String sep = "";
      for (Map.Entry<SignalType, Integer> e : s.signals().entrySet()) {
        out.append(sep).append(e.getValue()).append(' ').append(Words.phrase(e.getKey()));
        sep = ", ";
      }
      out.append('\n');
    }
    if (!s.topics().isEmpty()) {
      out.append("\n**Topics:** ");
      String sep = "";
      for (Map.Entry<String, Integer> e : s.topics().entrySet()) {
        out.append(sep).append(esc(e.getKey())).append(' ').append(e.getValue());
        sep = ", ";
      }
      out.append('\n');
    }
    headline(out, comparison);
    LedgerPanel.markdown(out, comparison.ledger(), MarkdownRenderer::esc);
    warnings(out, comparison.warnings());
    out.append("\n### Changes\n");
    int unchanged = 0;
    int omitted = 0;
    List<List<HeadingChange>> places = HeadingPlaces.of(comparison);
    for (int i = 0; i <= comparison.changes().size(); i++) {
      StringBuilder one = new StringBuilder();
      MarkdownHeadings.write(one, places.get(i));
      ClauseChange change = i < comparison.changes().size() ? comparison.changes().get(i) : null;
      if (change != null && change.relation() == Relation.UNCHANGED && !change.match().moved()) {
        unchanged++;
      } else if (change != null) {
        change(one, change);
      }
      if (one.length() == 0) {
        continue;
      }
      // 200 chars stay free for the closing notes.
      if (omitted > 0 || out.length() + one.length() > maxLength - 200) {
        omitted++;
      } else {
        out.append(one);
      }
    }
    if (omitted > 0) {
      out.append("\n_")
          .append(omitted)
          .append(omitted == 1 ? " more change" : " more changes")
          .append(" not shown, to keep this text short; see the full report._\n");
    }
    if (unchanged > 0) {
      out.append("\n_")
          .append(unchanged)
          .append(unchanged == 1 ? " unchanged clause" : " unchanged clauses")
          .append(" not shown._\n");
    }
    return out.toString();
  }

  private static String describe(Draft draft) {
    return "**"
        + esc(draft.label())
        + "** ("
        + esc(draft.source())
        + ", "
        + draft.clauses().size()
        + " points)";
  }

  private static void table(StringBuilder out, Summary s) {
    StringBuilder head = new StringBuilder("|");
    StringBuilder rule = new StringBuilder("|");
    StringBuilder row = new StringBuilder("|");
    for (Relation r : Relation.values()) {
      head.append(' ').append(Words.phrase(r)).append(" |");
      rule.append("---:|");
      row.append(' ').append(s.count(r)).append(" |");
    }
    head.append(" moved | renumbered |");
    rule.append("---:|---:|");
    row.append(' ').append(s.moved()).append(" | ").append(s.renumbered()).append(" |");
    out.append(head).append('\n').append(rule).append('\n').append(row).append('\n');
  }

  private static void headline(StringBuilder out, Comparison comparison) {
    List<Headline.Group> groups = Headline.of(comparison);
    if (groups.isEmpty()) {
      return;
    }
    out.append("\n### What changed in the commitments\n");
    for (Headline.Group group : groups) {
      out.append("\n**")
          .append(group.title())
          .append("** (")
          .append(group.items().size())
          .append(")\n\n");
      for (Headline.Item item : group.items()) {
        out.append("- ")
            .append(esc(Headline.where(item.change())))
            .append(": ")
            .append(Headline.evidenceMarkup(item.signal(), MarkdownRenderer::esc))
            .append('\n');
      }
    }
  }

  private static void warnings(StringBuilder out, List<Warning> warnings) {
    if (warnings.isEmpty()) {
      return;
    }
    out.append("\n<details><summary>Warnings (").append(warnings.size()).append(")</summary>\n\n");
    for (Warning w : warnings) {
      out.append("- ")
          .append(esc(w.draft()))
          .append(w.line() > 0 ? " line " + w.line() : "")
          .append(": ")
          .append(esc(w.message()))
          .append('\n');
    }
    out.append("\n</details>\n");
  }

  private static void change(StringBuilder out, ClauseChange change) {
    ClauseMatch m = change.match();
    out.append("\n#### ")
        .append(capitalise(Words.phrase(m.relation())))
        .append(" \u00B7 ")
        .append(esc(Headline.where(change)));
    if (m.moved()) {
      out.append(" \u00B7 moved");
    }
    if (m.renumbered()) {
      out.append(" \u00B7 renumbered");
    }
    change.significance().ifPresent(sig -> out.append(" \u00B7 ").append(Words.phrase(sig)));
    if (m.relation() != Relation.ADDED && m.relation() != Relation.REMOVED) {
      out.append(" \u00B7 similarity ").append(Words.score(m.similarity()));
      out.append(" \u00B7 confidence ").append(Words.score(m.confidence()));
    } else if (!m.candidates().isEmpty()) {
      out.append(" \u00B7 ").append(esc(Words.possibly(m)));
    }
    out.append("\n\n");
    for (Signal signal : change.signals()) {
      out.append("- **")
          .append(Words.phrase(signal.type()))
          .append("**: ")
          .append(Headline.evidenceMarkup(signal, MarkdownRenderer::esc))
          .append('\n');
    }
    if (!change.topics().isEmpty()) {
      out.append(change.signals().isEmpty() ? "" : "\n")
          .append("Topics: ")
          .append(esc(String.join(", ", change.topics())))
          .append("\n");
    }
    if (!change.signals().isEmpty() || !change.topics().isEmpty()) {
      out.append('\n');
    }
    out.append(redline(change.redline())).append('\n');
  }

  static String redline(List<Segment> segments) {
    StringBuilder sb = new StringBuilder();
    for (Segment s : segments) {
      if (s.cosmetic()) {
        // Subdued: a cosmetic change shows as its new text, without edit markup.
        sb.append(s.op() == Op.INSERT ? esc(s.text()) : "");
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

  static String capitalise(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /**
   * Escapes draft text so that GFM shows it as text on one line.
   *
   * @param text any text, not null
   * @return the escaped text, without line breaks
   */
  static String esc(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 32);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\n' -> sb.append("<br>");
        case '\r' -> {}
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '@' -> sb.append('@').append(ZWSP);
        default -> {
          if (SPECIAL.indexOf(c) >= 0) {
            sb.append('\\');
          }
          sb.append(c);
          if (c == '#') {
            sb.append(ZWSP);
          }
        }
      }
    }
    return sb.toString();
  }
}
