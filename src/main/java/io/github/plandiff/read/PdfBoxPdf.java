package io.github.plandiff.read;

import io.github.plandiff.model.Document;
import io.github.plandiff.model.DraftReadException;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** The PDFBox side of {@link PdfReader}; loaded only when PDFBox is on the class path. */
final class PdfBoxPdf extends PDFTextStripper {

  private final List<PdfLine> lines = new ArrayList<>();
  private final StringBuilder line = new StringBuilder();
  private float left = Float.MAX_VALUE;
  private float right;
  private float y;

  private PdfBoxPdf() {
    setSortByPosition(true);
  }

  static Document read(byte[] bytes, String source, String format) {
    BlockCollector out = new BlockCollector(true);
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      if (pdf.isEncrypted()) {
        out.warn("is encrypted with an owner password only; its text was read");
      }
      if (pdf.getNumberOfPages() == 0) {
        throw new DraftReadException(source, "is a PDF with no pages");
      }
      PdfBoxPdf stripper = new PdfBoxPdf();
      stripper.writeText(pdf, Writer.nullWriter());
      for (String paragraph : PdfLayout.paragraphs(stripper.lines)) {
        out.text(paragraph);
      }
      if (out.isEmpty()) {
        throw new DraftReadException(
            source,
            "is a PDF without a text layer (a scanned image?); "
                + "run OCR on it or give the draft as text");
      }
      return out.build(source, format);
    } catch (InvalidPasswordException e) {
      throw new DraftReadException(
          source,
          "is an encrypted PDF that needs a password; "
              + "save an unprotected copy and compare that",
          e);
    } catch (DraftReadException e) {
      throw e;
    } catch (IOException | RuntimeException | StackOverflowError e) {
      // A damaged or hostile PDF can send the parser into deep recursion: report it as damaged.
      throw new DraftReadException(source, "is not a readable PDF (" + e + ")", e);
    }
  }

  @Override
  protected void writeString(String text, List<TextPosition> positions) {
    line.append(text);
    for (TextPosition p : positions) {
      left = Math.min(left, p.getXDirAdj());
      right = Math.max(right, p.getXDirAdj() + p.getWidthDirAdj());
      y = p.getYDirAdj();
    }
  }

  @Override
  protected void writeWordSeparator() {
    line.append(' ');
  }

  @Override
  protected void writeLineSeparator() {
    endLine();
  }

  @Override
  protected void writePageEnd() {
    endLine();
  }

  private void endLine() {
    if (!line.toString().isBlank()) {
      lines.add(new PdfLine(getCurrentPageNo(), line.toString(), left, right, y));
    }
    line.setLength(0);
    left = Float.MAX_VALUE;
    right = 0;
  }
}
