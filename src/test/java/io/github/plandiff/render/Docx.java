package io.github.plandiff.render;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Reads a .docx as Word would after "Accept all changes" or "Reject all changes": the paragraphs'
 * texts, with tracked insertions and deletions applied or undone.
 */
final class Docx {

  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  private Docx() {}

  /** The bytes of one entry of the zip. */
  static String entry(byte[] docx, String name) {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (e.getName().equals(name)) {
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new AssertionError("no " + name + " in the document");
  }

  /** The non-empty paragraph texts after accepting every change. */
  static List<String> acceptAll(byte[] docx) {
    return paragraphs(docx, "ins");
  }

  /** The non-empty paragraph texts after rejecting every change. */
  static List<String> rejectAll(byte[] docx) {
    return paragraphs(docx, "del");
  }

  /**
   * Applies one side: {@code kept} is "ins" (accept: insertions stay, deletions go) or "del"
   * (reject). A paragraph whose mark is removed joins the next paragraph, as in Word.
   */
  private static List<String> paragraphs(byte[] docx, String kept) {
    String dropped = kept.equals("ins") ? "del" : "ins";
    Document doc = parse(entry(docx, "word/document.xml"));
    NodeList ps = doc.getElementsByTagNameNS(W, "p");
    List<String> result = new ArrayList<>();
    StringBuilder pending = new StringBuilder();
    for (int i = 0; i < ps.getLength(); i++) {
      Element p = (Element) ps.item(i);
      StringBuilder text = new StringBuilder(pending);
      pending.setLength(0);
      collect(p, dropped, text);
      if (markRemoved(p, dropped)) {
        pending.append(text);
        continue;
      }
      if (text.length() > 0) {
        result.add(text.toString());
      }
    }
    if (pending.length() > 0) {
      result.add(pending.toString());
    }
    return result;
  }

  private static boolean markRemoved(Element p, String dropped) {
    for (Node n = p.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getLocalName().equals("pPr")) {
        return e.getElementsByTagNameNS(W, dropped).getLength() > 0;
      }
    }
    return false;
  }

  private static void collect(Node node, String dropped, StringBuilder out) {
    for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (!(n instanceof Element e) || !W.equals(e.getNamespaceURI())) {
        continue;
      }
      switch (e.getLocalName()) {
        case "pPr" -> {}
        case "t", "delText" -> out.append(e.getTextContent());
        case "br" -> out.append('\n');
        case "tab" -> out.append('\t');
        default -> {
          if (!e.getLocalName().equals(dropped)) {
            collect(e, dropped, out);
          }
        }
      }
    }
  }

  static Document parse(String xml) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return f.newDocumentBuilder()
          .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new AssertionError("document.xml is not well-formed XML: " + e.getMessage(), e);
    }
  }
}
