package io.github.plandiff.read;

import io.github.plandiff.model.Document;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads United States legislative XML (USLM, namespace {@value #NAMESPACE}): every element with a
 * {@code <num>} (section, subsection, paragraph, … title, division, also inside quoted content)
 * becomes one {@link io.github.plandiff.model.BlockKind#LIST_ITEM} whose label is the number as
 * printed ("SEC. 2.", "(a)"), whose level is the number of numbered elements around it, and whose
 * text is its heading, chapeau, content and continuation. Text outside numbered elements (titles,
 * recitals, enacting clause, signatures) becomes text and heading blocks; {@code <meta>} and
 * elements marked {@code display="no"} are left out. DTDs and external entities are refused.
 */
public final class UslmReader implements DraftReader {

  /** The USLM namespace. */
  public static final String NAMESPACE = "http://schemas.gpo.gov/xml/uslm";

  /** Elements that run inside a line of text, so no space is put around their text. */
  private static final Set<String> INLINE =
      Set.of(
          "i",
          "b",
          "u",
          "em",
          "strong",
          "inline",
          "ref",
          "term",
          "shortTitle",
          "quotedText",
          "amendingAction",
          "date",
          "sup",
          "sub",
          "span",
          "headingText",
          "addedText",
          "deletedText",
          "a",
          "entity",
          "footnoteRef",
          "marker");

  /** Elements whose whole text is one block, even when they hold other elements. */
  private static final Set<String> BLOCKS =
      Set.of(
          "recital",
          "p",
          "docTitle",
          "officialTitle",
          "enactingFormula",
          "resolvingClause",
          "referenceItem",
          "tr",
          "listItem",
          "signature",
          "attestation",
          "action",
          "sponsor",
          "cosponsor",
          "notation",
          "caption",
          "slugLine");

  private static final String QUOTES = "“”\"‘’'«»";

  @Override
  public String format() {
    return "uslm";
  }

  @Override
  public Document read(byte[] bytes, String source) {
    org.w3c.dom.Document dom = SafeXml.parse(bytes, source);
    Walk walk = new Walk(numbered(dom));
    walk.element(dom.getDocumentElement(), 0);
    return walk.out.build(source, format());
  }

  /** The elements that have a {@code <num>} somewhere inside them. */
  private static Set<Node> numbered(org.w3c.dom.Document dom) {
    Set<Node> marked = Collections.newSetFromMap(new IdentityHashMap<>());
    var nums = dom.getElementsByTagNameNS("*", "num");
    for (int i = 0; i < nums.getLength(); i++) {
      Node up = nums.item(i).getParentNode();
      while (up != null && marked.add(up)) {
        up = up.getParentNode();
      }
    }
    return marked;
  }

  private static String name(Node node) {
    String local = node.getLocalName();
    return local == null ? node.getNodeName() : local;
  }

  private static boolean hidden(Element element) {
    return "no".equals(element.getAttribute("display")) || "meta".equals(name(element));
  }

  private static Element num(Element element) {
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element e && "num".equals(name(e))) {
        return e;
      }
    }
    return null;
  }

  private static boolean hasDirectText(Element element) {
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child.getNodeType() == Node.TEXT_NODE && !child.getNodeValue().isBlank()) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasElementChild(Element element) {
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element) {
        return true;
      }
    }
    return false;
  }

  /** The text of a node, with a space between elements that are not inline. */
  private static void text(Node node, StringBuilder out) {
    if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
      out.append(node.getNodeValue());
    } else if (node instanceof Element e && !hidden(e)) {
      boolean spaced = !INLINE.contains(name(e));
      if (spaced) {
        out.append(' ');
      }
      for (Node child = e.getFirstChild(); child != null; child = child.getNextSibling()) {
        text(child, out);
      }
      if (spaced) {
        out.append(' ');
      }
    }
  }

  static String label(Element num) {
    StringBuilder printed = new StringBuilder();
    text(num, printed);
    String label = BlockCollector.clean(printed);
    int start = 0;
    while (start < label.length() && QUOTES.indexOf(label.charAt(start)) >= 0) {
      start++;
    }
    label = label.substring(start).trim();
    return label.isEmpty() ? num.getAttribute("value").trim() : label;
  }

  /** One pass over the tree, emitting blocks in document order. */
  private static final class Walk {
    final BlockCollector out = new BlockCollector();
    final Set<Node> containsNum;

    Walk(Set<Node> containsNum) {
      this.containsNum = containsNum;
    }

    void element(Element element, int depth) {
      if (hidden(element)) {
        return;
      }
      Element num = num(element);
      if (num != null) {
        item(element, num, depth);
      } else if (!containsNum.contains(element)
          && (BLOCKS.contains(name(element))
              || hasDirectText(element)
              || !hasElementChild(element))) {
        StringBuilder text = new StringBuilder();
        text(element, text);
        String kind = name(element);
        if (kind.equals("heading") || kind.equals("subheading")) {
          out.heading(text.toString(), depth, java.util.Optional.empty());
        } else {
          out.text(text.toString());
        }
      } else {
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
          if (child instanceof Element e) {
            element(e, depth);
          } else if (child.getNodeType() == Node.TEXT_NODE) {
            out.text(child.getNodeValue());
          }
        }
      }
    }

    private void item(Element element, Element num, int depth) {
      StringBuilder heading = new StringBuilder();
      StringBuilder body = new StringBuilder();
      List<Element> later = new ArrayList<>();
      for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
        if (child == num) {
          continue;
        }
        if (heading.length() == 0 && body.toString().isBlank() && "heading".equals(name(child))) {
          text(child, heading);
        } else {
          own(child, body, later);
        }
      }
      out.item(label(num), join(BlockCollector.clean(heading), BlockCollector.clean(body)), depth);
      for (Element child : later) {
        element(child, depth + 1);
      }
    }

    /** A heading such as "In General.—" runs straight into the text, as printed. */
    private static String join(String heading, String body) {
      if (heading.isEmpty() || body.isEmpty()) {
        return heading + body;
      }
      return heading.endsWith("—") ? heading + body : heading + " " + body;
    }

    /** Text of the item itself; numbered elements inside it are kept for later, in order. */
    private void own(Node node, StringBuilder own, List<Element> later) {
      if (!(node instanceof Element e)) {
        text(node, own);
      } else if (hidden(e)) {
        return;
      } else if (num(e) != null) {
        later.add(e);
      } else if (containsNum.contains(e)) {
        for (Node child = e.getFirstChild(); child != null; child = child.getNextSibling()) {
          own(child, own, later);
        }
      } else {
        text(e, own);
      }
    }
  }
}
