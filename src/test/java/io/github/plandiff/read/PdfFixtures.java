package io.github.plandiff.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Lays a draft out as a PDF with PDFBox the way word processors do: lines wrapped to the column
 * (long words hyphenated at the line end), several small pages, a running header and a "Page n of
 * N" footer on each page.
 */
final class PdfFixtures {

  static final String HEADER = "Draft framework, 20 November 2025 - confidential";

  private static final PDType1Font FONT = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private static final float SIZE = 10;
  private static final float LEADING = 13;
  private static final PDRectangle PAGE = new PDRectangle(360, 170);
  private static final float MARGIN = 36;

  /** How the generated lines came out, for tests that need a hyphenated line to exist. */
  record Layout(byte[] pdf, List<String> lines, int pages) {}

  private PdfFixtures() {}

  /**
   * @param paragraphs the paragraphs, one string each
   * @param gap extra space between paragraphs, 0 for none
   * @param indentItems whether lines after the first of a paragraph are indented
   */
  static Layout layout(List<String> paragraphs, float gap, boolean indentItems) {
    float width = PAGE.getWidth() - 2 * MARGIN;
    List<String> lines = new ArrayList<>();
    List<float[]> positions = new ArrayList<>();
    for (String paragraph : paragraphs) {
      List<String> wrapped = wrap(paragraph, width);
      for (int i = 0; i < wrapped.size(); i++) {
        lines.add(wrapped.get(i));
        positions.add(new float[] {i > 0 && indentItems ? 12 : 0, i == 0 ? gap : 0});
      }
    }
    try (PDDocument doc = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      List<List<Integer>> pages = paginate(positions);
      for (int p = 0; p < pages.size(); p++) {
        PDPage page = new PDPage(PAGE);
        doc.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
          show(content, HEADER, MARGIN, PAGE.getHeight() - 24);
          show(content, "Page " + (p + 1) + " of " + pages.size(), PAGE.getWidth() / 2 - 20, 16);
          float y = PAGE.getHeight() - 50;
          boolean first = true;
          for (int index : pages.get(p)) {
            float[] at = positions.get(index);
            y -= first ? 0 : LEADING + at[1];
            first = false;
            show(content, lines.get(index), MARGIN + at[0], y);
          }
        }
      }
      doc.save(out);
      return new Layout(out.toByteArray(), lines, pages.size());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<List<Integer>> paginate(List<float[]> positions) {
    List<List<Integer>> pages = new ArrayList<>();
    List<Integer> page = new ArrayList<>();
    float used = 0;
    float room = PAGE.getHeight() - 50 - 40;
    for (int i = 0; i < positions.size(); i++) {
      float need = page.isEmpty() ? 0 : LEADING + positions.get(i)[1];
      if (used + need > room) {
        pages.add(page);
        page = new ArrayList<>();
        used = 0;
        need = 0;
      }
      page.add(i);
      used += need;
    }
    pages.add(page);
    return pages;
  }

  private static void show(PDPageContentStream content, String text, float x, float y)
      throws IOException {
    content.beginText();
    content.setFont(FONT, SIZE);
    content.newLineAtOffset(x, y);
    content.showText(text);
    content.endText();
  }

  private static float width(String text) {
    try {
      return FONT.getStringWidth(text) / 1000 * SIZE;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Greedy wrapping; a word of eight letters or more that does not fit is hyphenated. */
  static List<String> wrap(String paragraph, float width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : paragraph.split(" ")) {
      String candidate = line.isEmpty() ? word : line + " " + word;
      if (width(candidate) <= width) {
        line.setLength(0);
        line.append(candidate);
        continue;
      }
      int cut = hyphenation(line, word, width);
      if (cut > 0) {
        lines.add(line + (line.isEmpty() ? "" : " ") + word.substring(0, cut) + "-");
        line.setLength(0);
        line.append(word.substring(cut));
      } else {
        lines.add(line.toString());
        line.setLength(0);
        line.append(word);
      }
    }
    lines.add(line.toString());
    return lines;
  }

  private static int hyphenation(StringBuilder line, String word, float width) {
    if (word.length() < 8
        || !word.chars().allMatch(c -> Character.isLetter(c) || c == ',' || c == '.')) {
      return 0;
    }
    for (int cut = word.length() - 4; cut >= 3; cut--) {
      String head = line + (line.isEmpty() ? "" : " ") + word.substring(0, cut) + "-";
      if (width(head) <= width && Character.isLowerCase(word.charAt(cut))) {
        return cut;
      }
    }
    return 0;
  }

  /** A page with no text at all, as a scan without OCR has. */
  static byte[] imageOnly() {
    try (PDDocument doc = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage(PAGE);
      doc.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
        content.addRect(40, 40, 100, 100);
        content.fill();
      }
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
