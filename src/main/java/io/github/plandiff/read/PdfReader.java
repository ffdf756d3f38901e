package io.github.plandiff.read;

import io.github.plandiff.model.Document;

/**
 * Reads a PDF with PDFBox (an optional dependency): text in reading order (by position), lines
 * rebuilt into paragraphs, words hyphenated at line ends joined, running headers, footers and page
 * numbers removed. A PDF without a text layer (a scan), an encrypted PDF that needs a password and
 * a damaged PDF are errors naming the file.
 */
public final class PdfReader implements DraftReader {

  @Override
  public String format() {
    return "pdf";
  }

  @Override
  public Document read(byte[] bytes, String source) {
    OptionalLibrary.PDFBOX.require(source);
    try {
      return PdfBoxPdf.read(bytes, source, format());
    } catch (NoClassDefFoundError e) {
      throw OptionalLibrary.PDFBOX.missing(source, e);
    }
  }
}
