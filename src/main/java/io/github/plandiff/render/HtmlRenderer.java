package io.github.plandiff.render;

import io.github.plandiff.model.Comparison;
import io.github.plandiff.model.Draft;
import io.github.plandiff.model.HeadingChange;
import java.util.List;

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
    head(out, "plandiff: " + oldDraft.label() + " \u2192 " + newDraft.label());
    out.append("<header>\n<h1>plandiff: ")
        .append(esc(oldDraft.label()))
        .append(" \u2192 ")
        .append(esc(newDraft.label()))
        .append("</h1>\n<p class=\"sources\">old: ")
        .append(describe(oldDraft))
        .append(" \u00B7 new: ")
        .append(describe(newDraft))
        .append("</p>\n</header>\n");
    HtmlSummary.section(out, comparison);
    LedgerPanel.html(out, comparison);
    HtmlSummary.controls(out, comparison.summary());
    out.append("<main>\n");
    List<List<HeadingChange>> places = HeadingPlaces.of(comparison);
    for (int i = 0; i < comparison.changes().size(); i++) {
      HtmlHeadings.write(out, places.get(i));
      HtmlChangeCard.write(out, comparison.changes().get(i), i + 1);
    }
    HtmlHeadings.write(out, places.get(comparison.changes().size()));
    out.append("</main>\n<footer>Deleted text is <del>struck through</del>, inserted text ")
        .append("<ins>underlined</ins>. Written by plandiff.</footer>\n<script>\n")
        .append(SCRIPT)
        .append("</script>\n</body>\n</html>\n");
    return out.toString();
  }

  /** The document head with the style sheet, and the inputs that the CSS views switch on. */
  private static void head(StringBuilder out, String title) {
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
  }

  private static String describe(Draft draft) {
    return esc(draft.label())
        + " ("
        + esc(draft.source())
        + ", "
        + draft.clauses().size()
        + " points)";
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
