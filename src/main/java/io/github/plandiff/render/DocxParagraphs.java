package io.github.plandiff.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds WordprocessingML paragraphs as XML text: plain runs and tracked insertions and deletions
 * ({@code w:ins}, {@code w:del}) with one author and date. Paragraphs that are wholly inserted or
 * deleted carry the change on their paragraph mark too, so that rejecting or accepting all removes
 * the paragraph rather than leaving it empty.
 */
final class DocxParagraphs {

  static final String W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  /** Run properties of a cosmetic change: grey text. */
  private static final String GREY = "<w:rPr><w:color w:val=\"808080\"/></w:rPr>";

  private final String author;
  private final String date;
  private final List<String> paragraphs = new ArrayList<>();
  private StringBuilder current;
  private String markChange;
  private int nextId = 1;

  DocxParagraphs(String author, String date) {
    this.author = author;
    this.date = date;
  }

  /** Starts a paragraph; {@code markChange} is "ins", "del" or null for an untracked mark. */
  DocxParagraphs start(String markChange) {
    current = new StringBuilder();
    this.markChange = markChange;
    return this;
  }

  DocxParagraphs plain(String text, boolean bold) {
    current
        .append("<w:r>")
        .append(bold ? "<w:rPr><w:b/></w:rPr>" : "")
        .append(texts(text, "w:t"))
        .append("</w:r>");
    return this;
  }

  DocxParagraphs inserted(String text) {
    return inserted(text, false);
  }

  /** A tracked insertion; a cosmetic one is grey, so that it reads as less than an edit. */
  DocxParagraphs inserted(String text, boolean cosmetic) {
    current
        .append("<w:ins ")
        .append(attributes())
        .append("><w:r>")
        .append(cosmetic ? GREY : "")
        .append(texts(text, "w:t"))
        .append("</w:r></w:ins>");
    return this;
  }

  DocxParagraphs deleted(String text) {
    return deleted(text, false);
  }

  /** A tracked deletion; a cosmetic one is grey, so that it reads as less than an edit. */
  DocxParagraphs deleted(String text, boolean cosmetic) {
    current
        .append("<w:del ")
        .append(attributes())
        .append("><w:r>")
        .append(cosmetic ? GREY : "")
        .append(texts(text, "w:delText"))
        .append("</w:r></w:del>");
    return this;
  }

  /** Ends the paragraph and keeps its content as an XMLBeans fragment. */
  void end() {
    StringBuilder p = new StringBuilder("<xml-fragment xmlns:w=\"").append(W_NS).append("\">");
    if (markChange != null) {
      p.append("<w:pPr><w:rPr><w:")
          .append(markChange)
          .append(' ')
          .append(attributes())
          .append("/></w:rPr></w:pPr>");
    }
    paragraphs.add(p.append(current).append("</xml-fragment>").toString());
    current = null;
  }

  /** A paragraph of one run. */
  void paragraph(String text, boolean bold) {
    start(null).plain(text, bold).end();
  }

  List<String> paragraphs() {
    return List.copyOf(paragraphs);
  }

  private String attributes() {
    return "w:id=\"" + (nextId++) + "\" w:author=\"" + xml(author) + "\" w:date=\"" + date + "\"";
  }

  /** Text elements for one run: line breaks become {@code w:br}, tabs {@code w:tab}. */
  private static String texts(String text, String element) {
    StringBuilder sb = new StringBuilder();
    StringBuilder chunk = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\t') {
        flush(sb, chunk, element);
        sb.append(c == '\n' ? "<w:br/>" : "<w:tab/>");
      } else if (c != '\r') {
        chunk.append(c);
      }
    }
    flush(sb, chunk, element);
    return sb.toString();
  }

  private static void flush(StringBuilder sb, StringBuilder chunk, String element) {
    if (chunk.length() > 0) {
      sb.append('<')
          .append(element)
          .append(" xml:space=\"preserve\">")
          .append(xml(chunk.toString()))
          .append("</")
          .append(element)
          .append('>');
      chunk.setLength(0);
    }
  }

  /**
   * Replaces the characters XML 1.0 cannot carry, without escaping: for text that a library escapes
   * itself.
   */
  static String xmlSafe(String text) {
    return xml(text)
        .replace("&quot;", "\"")
        .replace("&gt;", ">")
        .replace("&lt;", "<")
        .replace("&amp;", "&");
  }

  /** Escapes XML text and drops characters XML 1.0 cannot carry. */
  static String xml(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        default -> {
          if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == '\uFFFE' || c == '\uFFFF') {
            sb.append('\uFFFD');
          } else if (Character.isHighSurrogate(c)
              && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1))) {
            sb.append(c).append(text.charAt(++i));
          } else if (Character.isSurrogate(c)) {
            sb.append('\uFFFD');
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }
}
