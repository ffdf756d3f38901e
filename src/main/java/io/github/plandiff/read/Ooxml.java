package io.github.plandiff.read;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/** DOM helpers for WordprocessingML, by local name so that transitional and strict both work. */
final class Ooxml {

  private Ooxml() {}

  static String name(Node node) {
    String local = node.getLocalName();
    if (local != null) {
      return local;
    }
    String qualified = node.getNodeName();
    return qualified.substring(qualified.indexOf(':') + 1);
  }

  static Element child(Element parent, String name) {
    if (parent == null) {
      return null;
    }
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && name(e).equals(name)) {
        return e;
      }
    }
    return null;
  }

  static List<Element> children(Element parent, String name) {
    List<Element> out = new ArrayList<>();
    if (parent != null) {
      for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
        if (n instanceof Element e && (name == null || name(e).equals(name))) {
          out.add(e);
        }
      }
    }
    return out;
  }

  /** The attribute with this local name in any namespace, or null. */
  static String attr(Element element, String name) {
    if (element == null) {
      return null;
    }
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Node a = attributes.item(i);
      if (name(a).equals(name)) {
        return a.getNodeValue();
      }
    }
    return null;
  }

  /** The {@code w:val} of a child element, or null. */
  static String val(Element parent, String child) {
    return attr(child(parent, child), "val");
  }

  static Integer intVal(Element parent, String child) {
    String value = val(parent, child);
    if (value == null) {
      return null;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
