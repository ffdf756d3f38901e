package io.github.plandiff.read;

import io.github.plandiff.model.Document;
import io.github.plandiff.model.DraftReadException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The POI side of {@link DocxReader}; loaded only when POI is on the class path. POI opens the
 * package (with its own zip-bomb limits); the parts are parsed with {@link SafeXml}.
 */
final class PoiDocx {

  private static final String REL =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
  private static final String STRICT_REL =
      "http://purl.oclc.org/ooxml/officeDocument/relationships/";

  private final String source;
  private final BlockCollector out = new BlockCollector(true);
  private final WordStyles styles;
  private final WordNumbering numbering;
  private boolean tracked;
  private String carried = "";

  private PoiDocx(String source, WordStyles styles, WordNumbering numbering) {
    this.source = source;
    this.styles = styles;
    this.numbering = numbering;
  }

  static Document read(byte[] bytes, String source, String format) {
    OPCPackage pkg;
    try {
      pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
    } catch (InvalidFormatException | IOException | RuntimeException e) {
      throw new DraftReadException(
          source, "is not a readable Word document (" + e.getMessage() + ")", e);
    }
    try {
      PackagePart main = mainPart(pkg, source);
      org.w3c.dom.Document document = xml(main, source);
      WordStyles styles = new WordStyles(xml(related(main, "styles"), source));
      WordNumbering numbering = new WordNumbering(xml(related(main, "numbering"), source), styles);
      PoiDocx reader = new PoiDocx(source, styles, numbering);
      if (main.getContentType().toLowerCase(Locale.ROOT).contains("macroenabled")) {
        reader.out.warn(
            "is a macro-enabled document (.docm); its text was read, its macros were not run");
      }
      Element body = Ooxml.child(document.getDocumentElement(), "body");
      reader.blocks(body);
      if (reader.tracked) {
        reader.out.warn(
            "has tracked changes; read as its current text (insertions kept, deletions dropped)");
      }
      return reader.out.build(source, format);
    } catch (OpenXML4JException | IOException | RuntimeException e) {
      if (e instanceof DraftReadException d) {
        throw d;
      }
      throw new DraftReadException(
          source, "is not a readable Word document (" + e.getMessage() + ")", e);
    } finally {
      pkg.revert();
    }
  }

  private static PackagePart mainPart(OPCPackage pkg, String source) throws InvalidFormatException {
    for (String type :
        List.of(
            PackageRelationshipTypes.CORE_DOCUMENT,
            PackageRelationshipTypes.STRICT_CORE_DOCUMENT)) {
      PackageRelationshipCollection rels = pkg.getRelationshipsByType(type);
      if (rels.size() > 0) {
        PackagePart part = pkg.getPart(rels.getRelationship(0));
        if (part != null) {
          return part;
        }
      }
    }
    throw new DraftReadException(source, "is a zip archive without a Word main document");
  }

  private static PackagePart related(PackagePart main, String kind) throws InvalidFormatException {
    for (String base : List.of(REL, STRICT_REL)) {
      for (PackageRelationship rel : main.getRelationshipsByType(base + kind)) {
        PackagePart part = main.getRelatedPart(rel);
        if (part != null) {
          return part;
        }
      }
    }
    return null;
  }

  private static org.w3c.dom.Document xml(PackagePart part, String source) throws IOException {
    if (part == null) {
      return null;
    }
    try (InputStream in = part.getInputStream()) {
      return SafeXml.parse(in.readAllBytes(), source + " (" + part.getPartName().getName() + ")");
    }
  }

  /** Block-level content in order: paragraphs, tables, content controls, tracked insertions. */
  private void blocks(Element parent) {
    for (Element e : Ooxml.children(parent, null)) {
      switch (Ooxml.name(e)) {
        case "p" -> paragraph(e);
        case "tbl", "tr", "tc", "sdtContent", "customXml", "ins", "moveTo", "txbxContent" -> {
          if (Ooxml.name(e).equals("ins") || Ooxml.name(e).equals("moveTo")) {
            tracked = true;
          }
          blocks(e);
        }
        case "sdt" -> blocks(Ooxml.child(e, "sdtContent"));
        case "del", "moveFrom" -> tracked = true;
        default -> {}
      }
    }
  }

  private void paragraph(Element p) {
    Element pPr = Ooxml.child(p, "pPr");
    List<StringBuilder> lines = new ArrayList<>();
    lines.add(new StringBuilder(carried));
    carried = "";
    runs(p, lines);
    Element markProps = Ooxml.child(pPr, "rPr");
    if (Ooxml.child(markProps, "ins") != null) {
      tracked = true;
    }
    if (Ooxml.child(markProps, "del") != null) {
      // A deleted paragraph mark joins this paragraph to the next, which keeps its own properties.
      tracked = true;
      StringBuilder joined = new StringBuilder();
      lines.forEach(l -> joined.append(l).append(' '));
      carried = joined.toString();
      return;
    }
    String style = styles.resolve(Ooxml.val(pPr, "pStyle"));
    int heading = styles.headingLevel(style);
    String label = label(pPr, style);
    String first = lines.get(0).toString();
    if (label != null && !label.isEmpty()) {
      // A numbered heading ("Article 1 Scope") is a clause: its number is what identifies it.
      out.item(label, first, level(pPr, style));
    } else if (heading >= 0) {
      out.heading(first, heading, Optional.empty());
    } else if (BlockCollector.clean(first).isEmpty() && lines.size() == 1) {
      out.blank();
    } else {
      out.text(first);
    }
    for (StringBuilder line : lines.subList(1, lines.size())) {
      out.line(line.toString());
    }
  }

  private String label(Element pPr, String style) {
    Element numPr = Ooxml.child(pPr, "numPr");
    String numId = Ooxml.val(numPr, "numId");
    Integer ilvl = Ooxml.intVal(numPr, "ilvl");
    if (numId == null) {
      String[] fromStyle = styles.numbering(style);
      if (fromStyle == null) {
        return null;
      }
      numId = fromStyle[0];
      ilvl = ilvl == null ? Integer.valueOf(fromStyle[1]) : ilvl;
    }
    if ("0".equals(numId.trim())) {
      return null;
    }
    return numbering.next(numId.trim(), ilvl == null ? 0 : ilvl);
  }

  private int level(Element pPr, String style) {
    Integer ilvl = Ooxml.intVal(Ooxml.child(pPr, "numPr"), "ilvl");
    if (ilvl == null) {
      String[] fromStyle = styles.numbering(style);
      ilvl = fromStyle == null ? 0 : Integer.valueOf(fromStyle[1]);
    }
    return Math.max(0, ilvl);
  }

  /** The visible text of a paragraph's runs; a line break starts a new line. */
  private void runs(Element parent, List<StringBuilder> lines) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (!(n instanceof Element e)) {
        continue;
      }
      StringBuilder line = lines.get(lines.size() - 1);
      switch (Ooxml.name(e)) {
        case "t" -> line.append(e.getTextContent());
        case "tab", "ptab" -> line.append(' ');
        case "noBreakHyphen" -> line.append('-');
        case "br", "cr" -> lines.add(new StringBuilder());
        case "del", "moveFrom" -> tracked = true;
        case "ins", "moveTo" -> {
          tracked = true;
          runs(e, lines);
        }
        case "r" -> {
          if (!hidden(e)) {
            runs(e, lines);
          }
        }
        case "hyperlink", "smartTag", "customXml", "fldSimple", "sdtContent", "dir", "bdo" ->
            runs(e, lines);
        case "sdt" -> runs(Ooxml.child(e, "sdtContent"), lines);
        default -> {}
      }
    }
  }

  /** A run formatted as hidden text, which Word does not show. */
  private static boolean hidden(Element run) {
    Element vanish = Ooxml.child(Ooxml.child(run, "rPr"), "vanish");
    if (vanish == null) {
      return false;
    }
    String val = Ooxml.attr(vanish, "val");
    return val == null || !(val.equals("0") || val.equals("false") || val.equals("off"));
  }

  @Override
  public String toString() {
    return "PoiDocx[" + source + "]";
  }
}
