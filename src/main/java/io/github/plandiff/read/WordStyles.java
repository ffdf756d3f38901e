package io.github.plandiff.read;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;

/** The paragraph styles of a Word document that matter here: headings and style numbering. */
final class WordStyles {

  private static final Pattern HEADING = Pattern.compile("heading\\s*(\\d)");
  private static final int MAX_CHAIN = 20;

  private record Style(String name, String basedOn, String numId, Integer ilvl, Integer outline) {}

  private final Map<String, Style> styles = new TreeMap<>();
  private String defaultStyle;

  WordStyles(org.w3c.dom.Document dom) {
    if (dom == null) {
      return;
    }
    for (Element style : Ooxml.children(dom.getDocumentElement(), "style")) {
      String type = Ooxml.attr(style, "type");
      // Numbering styles hold the definitions that numStyleLink points at.
      if (!"paragraph".equals(type) && !"numbering".equals(type)) {
        continue;
      }
      String id = Ooxml.attr(style, "styleId");
      Element pPr = Ooxml.child(style, "pPr");
      Element numPr = Ooxml.child(pPr, "numPr");
      styles.put(
          id,
          new Style(
              Ooxml.val(style, "name"),
              Ooxml.val(style, "basedOn"),
              Ooxml.val(numPr, "numId"),
              Ooxml.intVal(numPr, "ilvl"),
              Ooxml.intVal(pPr, "outlineLvl")));
      String isDefault = Ooxml.attr(style, "default");
      if ("paragraph".equals(type) && ("1".equals(isDefault) || "true".equals(isDefault))) {
        defaultStyle = id;
      }
    }
  }

  /** The style a paragraph has: its own, or the default paragraph style. */
  String resolve(String styleId) {
    return styleId != null && styles.containsKey(styleId) ? styleId : defaultStyle;
  }

  /** The heading level (0 for "Heading 1" and "Title"), or -1 for body text. */
  int headingLevel(String styleId) {
    String id = styleId;
    for (int i = 0; i < MAX_CHAIN && id != null; i++) {
      Style style = styles.get(id);
      if (style == null) {
        return -1;
      }
      String name = style.name() == null ? id : style.name().toLowerCase(Locale.ROOT);
      Matcher heading = HEADING.matcher(name);
      if (heading.matches()) {
        return Math.max(0, heading.group(1).charAt(0) - '1');
      }
      if (name.equals("title")) {
        return 0;
      }
      if (style.outline() != null && style.outline() < 9) {
        return style.outline();
      }
      id = style.basedOn();
    }
    return -1;
  }

  /** The numbering a style gives its paragraphs, through its base styles: {numId, ilvl} or null. */
  String[] numbering(String styleId) {
    String id = styleId;
    for (int i = 0; i < MAX_CHAIN && id != null; i++) {
      Style style = styles.get(id);
      if (style == null) {
        return null;
      }
      if (style.numId() != null) {
        return new String[] {
          style.numId(), String.valueOf(style.ilvl() == null ? 0 : style.ilvl())
        };
      }
      id = style.basedOn();
    }
    return null;
  }
}
