package io.github.plandiff.render;

import io.github.plandiff.model.RenderException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;

/** Packs paragraphs into a .docx with Apache POI; the zip is rewritten with fixed entry times. */
final class DocxPackage {

  /** The id of the comment that holds the summary. */
  private static final String COMMENT_ID = "0";

  /**
   * What the document carries besides its paragraphs.
   *
   * @param title the document's title
   * @param author its author, and the comment's
   * @param date its date, and the comment's
   * @param comment the paragraphs of a comment on the first paragraph, or none
   */
  record Meta(String title, String author, Instant date, List<String> comment) {
    Meta {
      comment = List.copyOf(comment);
    }
  }

  private DocxPackage() {}

  static byte[] write(List<String> paragraphs, Meta meta) {
    List<String> body = new ArrayList<>(paragraphs);
    if (!meta.comment().isEmpty()) {
      if (body.isEmpty()) {
        body.add("<xml-fragment xmlns:w=\"" + DocxParagraphs.W_NS + "\"></xml-fragment>");
      }
      body.set(0, anchored(body.get(0)));
    }
    try (XWPFDocument doc = new XWPFDocument()) {
      for (String xml : body) {
        CTP ctp = CTP.Factory.parse(xml);
        doc.createParagraph().getCTP().set(ctp);
      }
      if (!meta.comment().isEmpty()) {
        comment(doc, meta);
      }
      POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
      core.setTitle(meta.title());
      core.setCreator(meta.author());
      core.setLastModifiedByUser(meta.author());
      core.setCreated(Optional.of(Date.from(meta.date())));
      core.setModified(Optional.of(Date.from(meta.date())));
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      doc.write(bytes);
      return fixTimes(bytes.toByteArray(), meta.date());
    } catch (IOException | XmlException e) {
      throw new RenderException("cannot write DOCX: " + e.getMessage(), e);
    }
  }

  /** A paragraph's XML with the comment's range around its content and its reference at the end. */
  private static String anchored(String xml) {
    int open = xml.indexOf('>') + 1;
    int pPr = xml.indexOf("</w:pPr>");
    int start = pPr >= 0 ? pPr + "</w:pPr>".length() : open;
    int end = xml.lastIndexOf("</xml-fragment>");
    String id = "w:id=\"" + COMMENT_ID + "\"";
    return xml.substring(0, start)
        + "<w:commentRangeStart "
        + id
        + "/>"
        + xml.substring(start, end)
        + "<w:commentRangeEnd "
        + id
        + "/><w:r><w:commentReference "
        + id
        + "/></w:r>"
        + xml.substring(end);
  }

  private static void comment(XWPFDocument doc, Meta meta) {
    XWPFComment comment = doc.createComments().createComment(new BigInteger(COMMENT_ID));
    comment.setAuthor(meta.author());
    comment.setInitials(meta.author().substring(0, 1));
    Calendar when = Calendar.getInstance(TimeZone.getTimeZone("UTC"), Locale.ROOT);
    when.setTimeInMillis(meta.date().toEpochMilli());
    comment.setDate(when);
    for (String line : meta.comment()) {
      comment.createParagraph().createRun().setText(DocxParagraphs.xmlSafe(line));
    }
  }

  /** Rewrites a zip with every entry dated {@code date}, so the same input gives the same bytes. */
  private static byte[] fixTimes(byte[] zip, Instant date) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
        ZipOutputStream zout = new ZipOutputStream(out)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        ZipEntry copy = new ZipEntry(entry.getName());
        copy.setTime(date.toEpochMilli());
        zout.putNextEntry(copy);
        in.transferTo(zout);
        zout.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
