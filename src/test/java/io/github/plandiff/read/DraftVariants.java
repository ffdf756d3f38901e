package io.github.plandiff.read;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One draft in every format plandiff reads, generated from the lines of a plain-text draft (one
 * paragraph a line, blank lines ignored; lines "1. …" and "(a) …" are points and sub-points, short
 * lines without final punctuation headings, other lines plain paragraphs). In the .docx the numbers
 * come from Word numbering, not the text; the .pdf is laid out on several pages with a running
 * header, page numbers and hyphenation. Tests of later stages use it to check that every format
 * gives the same clause tree.
 */
public final class DraftVariants {

  private static final Pattern SUB = Pattern.compile("^\\(([a-z])\\) (.*)$");
  private static final Pattern TOP = Pattern.compile("^(\\d+)\\. (.*)$");

  private DraftVariants() {}

  /** A short line that does not end a sentence: a heading such as "Annex" or "Framework". */
  static boolean heading(String line) {
    return line.length() <= 60
        && Character.isLetterOrDigit(line.codePointAt(0))
        && !line.matches(".*[.,;:!?]$");
  }

  private static List<String> paragraphs(List<String> lines) {
    return lines.stream().filter(l -> !l.isBlank()).toList();
  }

  /**
   * Builds the variants.
   *
   * @param lines the plain-text draft, one paragraph a line
   * @return file name → bytes, for plan.txt, plan.md, plan.html, plan.docx and plan.pdf
   */
  public static Map<String, byte[]> of(List<String> draft) {
    List<String> lines = paragraphs(draft);
    Map<String, byte[]> variants = new LinkedHashMap<>();
    variants.put("plan.txt", utf8(String.join("\n\n", lines) + "\n"));
    variants.put("plan.md", utf8(markdown(lines)));
    variants.put("plan.html", utf8(html(lines)));
    variants.put("plan.docx", DocxFixtures.fromDraft(lines));
    variants.put("plan.pdf", PdfFixtures.layout(lines, 6, false).pdf());
    return variants;
  }

  private static String markdown(List<String> lines) {
    StringBuilder md = new StringBuilder();
    for (String line : lines) {
      boolean point = TOP.matcher(line).matches() || SUB.matcher(line).matches();
      String text = line.replace("*", "\\*").replace("_", "\\_");
      md.append(point || !heading(line) ? text : "## " + text).append("\n\n");
    }
    return md.toString();
  }

  private static String html(List<String> lines) {
    StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html><body>\n");
    boolean inSub = false;
    for (String line : lines) {
      Matcher top = TOP.matcher(line);
      Matcher sub = SUB.matcher(line);
      if (sub.matches() != inSub) {
        html.append(inSub ? "</ol>\n" : "<ol style=\"list-style-type: none\">\n");
        inSub = sub.matches();
      }
      String text = escape(line);
      if (sub.matches()) {
        html.append("<li>").append(text).append("</li>\n");
      } else if (top.matches()) {
        html.append("<p>").append(text).append("</p>\n");
      } else if (heading(line)) {
        html.append("<h2>").append(text).append("</h2>\n");
      } else {
        html.append("<p>").append(text).append("</p>\n");
      }
    }
    return html.append(inSub ? "</ol>\n" : "").append("</body></html>\n").toString();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
