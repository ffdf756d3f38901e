package io.github.plandiff.render;

import io.github.plandiff.model.RenderException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;

/** Packs paragraphs into a .docx with Apache POI; the zip is rewritten with fixed entry times. */
final class DocxPackage {

  private DocxPackage() {}

  static byte[] write(List<String> paragraphs, String title, String author, Instant date) {
    try (XWPFDocument doc = new XWPFDocument()) {
      for (String xml : paragraphs) {
        CTP ctp = CTP.Factory.parse(xml);
        doc.createParagraph().getCTP().set(ctp);
      }
      POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
      core.setTitle(title);
      core.setCreator(author);
      core.setLastModifiedByUser(author);
      core.setCreated(Optional.of(Date.from(date)));
      core.setModified(Optional.of(Date.from(date)));
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      doc.write(bytes);
      return fixTimes(bytes.toByteArray(), date);
    } catch (IOException | XmlException e) {
      throw new RenderException("cannot write DOCX: " + e.getMessage(), e);
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
