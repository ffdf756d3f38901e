package io.github.plandiff.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Tells a source's format from its first bytes, and from its name only where content cannot. */
final class FormatSniffer {

  /** What the bytes are. */
  enum Kind {
    TXT("txt"),
    MD("md"),
    HTML("html"),
    DOCX("docx"),
    PDF("pdf"),
    USLM("uslm"),
    /** A zip archive that is not a Word document (.xlsx, .odt, .zip…). */
    OTHER_ZIP("zip"),
    /** An OLE2 compound file: a legacy .doc, or an encrypted Office document. */
    OLE2("ole2");

    final String key;

    Kind(String key) {
      this.key = key;
    }
  }

  private static final int HEAD = 4096;
  private static final int MAX_ZIP_ENTRIES = 10_000;
  private static final Pattern FIRST_TAG =
      Pattern.compile("<(?![?!])([A-Za-z_][\\w.-]*:)?([A-Za-z_][\\w.-]*)([^>]{0,4000})");
  private static final Pattern HTML_TAG =
      Pattern.compile(
          "<(html|head|body|p|div|ol|ul|li|h[1-6]|table|meta|title|span|br|section|article)[\\s>/]",
          Pattern.CASE_INSENSITIVE);

  private FormatSniffer() {}

  static Kind detect(byte[] bytes, String source) {
    if (startsWithin(bytes, "%PDF-", 1024)) {
      return Kind.PDF;
    }
    if (startsWith(bytes, new byte[] {'P', 'K', 3, 4})) {
      return hasWordDocument(bytes) ? Kind.DOCX : Kind.OTHER_ZIP;
    }
    if (startsWith(bytes, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0})) {
      return Kind.OLE2;
    }
    String head = head(bytes);
    String trimmed = head.stripLeading();
    if (trimmed.startsWith("<")) {
      Kind markup = markup(trimmed);
      if (markup != null) {
        return markup;
      }
    }
    if (HTML_TAG.matcher(head).find() && trimmed.startsWith("<")) {
      return Kind.HTML;
    }
    String name = source.toLowerCase(Locale.ROOT);
    if (name.endsWith(".md") || name.endsWith(".markdown")) {
      return Kind.MD;
    }
    if ((name.endsWith(".html") || name.endsWith(".htm")) && HTML_TAG.matcher(head).find()) {
      return Kind.HTML;
    }
    return Kind.TXT;
  }

  /** The root element decides: html, a USLM root, or something else (then null). */
  private static Kind markup(String head) {
    String lower = head.toLowerCase(Locale.ROOT);
    if (lower.startsWith("<!doctype html")) {
      return Kind.HTML;
    }
    Matcher tag = FIRST_TAG.matcher(head);
    if (!tag.find()) {
      return null;
    }
    String root = tag.group(2);
    String attributes = tag.group(3);
    if (root.equalsIgnoreCase("html")) {
      return Kind.HTML;
    }
    if (attributes.contains(UslmReader.NAMESPACE)) {
      return Kind.USLM;
    }
    boolean legislative =
        root.equals("bill")
            || root.equals("resolution")
            || root.equals("engrossedAmendment")
            || root.equals("amendment");
    if (legislative && (head.contains("<section") || head.contains("<num"))) {
      return Kind.USLM;
    }
    if (HTML_TAG.matcher(head).lookingAt() || HTML_TAG.matcher(head).find()) {
      return lower.startsWith("<?xml") ? null : Kind.HTML;
    }
    return null;
  }

  /** The first bytes as text, enough to find a root element; the encoding is settled later. */
  private static String head(byte[] bytes) {
    int n = Math.min(bytes.length, HEAD);
    if (n >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
      return new String(bytes, 2, (n - 2) & ~1, StandardCharsets.UTF_16LE);
    }
    if (n >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
      return new String(bytes, 2, (n - 2) & ~1, StandardCharsets.UTF_16BE);
    }
    int offset = startsWith(bytes, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}) ? 3 : 0;
    return new String(bytes, offset, n - offset, StandardCharsets.ISO_8859_1);
  }

  private static boolean hasWordDocument(byte[] bytes) {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      ZipEntry entry;
      int count = 0;
      while ((entry = zip.getNextEntry()) != null && count++ < MAX_ZIP_ENTRIES) {
        if (entry.getName().equals("word/document.xml")) {
          return true;
        }
      }
      return false;
    } catch (IOException | IllegalArgumentException e) {
      // A damaged archive: let the Word reader report it if the name says it is one.
      return false;
    }
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean startsWithin(byte[] bytes, String marker, int window) {
    byte[] m = marker.getBytes(StandardCharsets.US_ASCII);
    int last = Math.min(bytes.length - m.length, window);
    outer:
    for (int i = 0; i <= last; i++) {
      for (int j = 0; j < m.length; j++) {
        if (bytes[i + j] != m[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
