package io.github.plandiff.read;

import io.github.plandiff.model.Document;
import io.github.plandiff.model.DraftReadException;
import io.github.plandiff.model.Warning;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Chooses a reader for a source by its content and name, and reads it. */
public final class DraftReaders {

  /** Inputs above this size are refused unless a larger limit is given: 64 MiB. */
  public static final long DEFAULT_MAX_INPUT_BYTES = 64L * 1024 * 1024;

  private DraftReaders() {}

  /**
   * Reads a file.
   *
   * @param path the file, not null
   * @param maxBytes the largest file accepted
   * @return the document
   * @throws DraftReadException if the file is missing, unreadable, too large or not a draft
   */
  public static Document read(Path path, long maxBytes) {
    String source = path.toString();
    try {
      if (Files.isDirectory(path)) {
        throw new DraftReadException(source, "is a directory, not a draft file");
      }
      long size = Files.size(path);
      if (size > maxBytes) {
        throw tooLarge(source, size, maxBytes);
      }
      // Read at most one byte past the limit: a device or a growing file reports a wrong size.
      byte[] bytes;
      try (InputStream in = Files.newInputStream(path)) {
        bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
      }
      if (bytes.length > maxBytes) {
        throw tooLarge(source, bytes.length, maxBytes);
      }
      return read(bytes, source, maxBytes);
    } catch (NoSuchFileException e) {
      throw new DraftReadException(source, "no such file", e);
    } catch (IOException e) {
      throw new DraftReadException(source, "cannot be read (" + e.getMessage() + ")", e);
    }
  }

  /**
   * Reads bytes, choosing the format by content: {@code %PDF} is a PDF, a zip with {@code
   * word/document.xml} a Word document, markup with an {@code <html>} root or common HTML tags
   * HTML, XML with a USLM root legislative XML; other text is Markdown when the name ends in {@code
   * .md}, else plain text.
   *
   * @param bytes the source, not null
   * @param source the name used in messages
   * @return the document
   * @throws DraftReadException if the bytes are not a readable draft, or the reader for their
   *     format needs an optional library that is absent
   */
  public static Document read(byte[] bytes, String source) {
    return read(bytes, source, DEFAULT_MAX_INPUT_BYTES);
  }

  /**
   * Reads bytes with a size limit, choosing the format by content as {@link #read(byte[], String)}
   * does.
   *
   * @param bytes the source, not null
   * @param source the name used in messages
   * @param maxBytes the largest source accepted
   * @return the document
   * @throws DraftReadException if the bytes are too many or not a readable draft
   */
  public static Document read(byte[] bytes, String source, long maxBytes) {
    if (bytes.length > maxBytes) {
      throw tooLarge(source, bytes.length, maxBytes);
    }
    DraftReader reader = readerFor(bytes, source);
    Document document = reader.read(bytes, source);
    if (reader instanceof TextReader && document.text().stripLeading().startsWith("<?xml")) {
      List<Warning> warnings = new ArrayList<>(document.warnings());
      warnings.add(
          new Warning(
              "",
              0,
              "is XML but not US legislative XML (USLM) or HTML; "
                  + "read as plain text, markup included"));
      return new Document(
          document.source(), document.format(), document.text(), document.blocks(), warnings);
    }
    return document;
  }

  /**
   * Tells which format {@link #read(byte[], String)} would read the bytes as.
   *
   * @param bytes the source, not null
   * @param source the name, used only when the content is ambiguous (.md or .txt)
   * @return "txt", "md", "html", "docx", "pdf" or "uslm"
   * @throws DraftReadException if the bytes are an archive or Office file plandiff cannot read
   */
  public static String detectFormat(byte[] bytes, String source) {
    return readerFor(bytes, source).format();
  }

  private static DraftReader readerFor(byte[] bytes, String source) {
    FormatSniffer.Kind kind = FormatSniffer.detect(bytes, source);
    String name = source.toLowerCase(Locale.ROOT);
    return switch (kind) {
      case TXT -> new TextReader();
      case MD -> new MarkdownReader();
      case HTML -> new HtmlReader();
      case DOCX -> new DocxReader();
      case PDF -> new PdfReader();
      case USLM -> new UslmReader();
      case OTHER_ZIP -> {
        if (name.endsWith(".docx") || name.endsWith(".docm")) {
          yield new DocxReader();
        }
        throw new DraftReadException(
            source,
            "is a zip archive but not a Word document (no "
                + "word/document.xml); give a .txt, .md, .html, .docx, .pdf or USLM .xml file");
      }
      case OLE2 -> throw new DraftReadException(source, ole2Problem(bytes));
    };
  }

  /**
   * An OLE2 file is either a legacy .doc or an encrypted Office document; the stream names tell.
   */
  private static String ole2Problem(byte[] bytes) {
    String names = new String(bytes, 0, Math.min(bytes.length, 1 << 20), StandardCharsets.UTF_16LE);
    if (names.contains("EncryptionInfo") || names.contains("EncryptedPackage")) {
      return "is an encrypted (password-protected) Office document; save an unprotected copy "
          + "as .docx and compare that";
    }
    return "is a legacy binary Office file (.doc, .xls…); save it as .docx and compare that";
  }

  static DraftReadException tooLarge(String source, long size, long maxBytes) {
    return new DraftReadException(
        source,
        "is "
            + size
            + " bytes, above the limit of "
            + maxBytes
            + " bytes; if it really is a draft, raise the limit (--max-input-size, or"
            + " CompareOptions.maxInputBytes)");
  }
}
