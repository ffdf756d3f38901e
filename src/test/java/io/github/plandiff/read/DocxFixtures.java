package io.github.plandiff.read;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Builds Word documents for tests with Apache POI, numbered by real {@code numbering.xml}
 * definitions: the numbers are never in the paragraph text.
 */
final class DocxFixtures {

  /** One level of a list definition: Word's numFmt, lvlText and start value. */
  record Level(STNumberFormat.Enum format, String text, int start) {}

  private final XWPFDocument doc = new XWPFDocument();
  private final XWPFNumbering numbering = doc.createNumbering();
  private int abstractIds;

  DocxFixtures() {
    XWPFStyles styles = doc.createStyles();
    for (int level = 1; level <= 3; level++) {
      CTStyle style = CTStyle.Factory.newInstance();
      style.setStyleId("Heading" + level);
      style.addNewName().setVal("heading " + level);
      style.setType(STStyleType.PARAGRAPH);
      styles.addStyle(new XWPFStyle(style));
    }
  }

  /** Defines a list and returns the id of a first {@code w:num} that uses it. */
  BigInteger list(Level... levels) {
    CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
    definition.setAbstractNumId(BigInteger.valueOf(abstractIds++));
    for (int i = 0; i < levels.length; i++) {
      CTLvl lvl = definition.addNewLvl();
      lvl.setIlvl(BigInteger.valueOf(i));
      lvl.addNewStart().setVal(BigInteger.valueOf(levels[i].start()));
      lvl.addNewNumFmt().setVal(levels[i].format());
      lvl.addNewLvlText().setVal(levels[i].text());
    }
    BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(definition, numbering));
    return numbering.addNum(abstractId);
  }

  /**
   * A new {@code w:num} on the same definition as {@code numId}, restarting level 0 at {@code
   * start}.
   */
  BigInteger restart(BigInteger numId, int start) {
    BigInteger abstractId = numbering.getAbstractNumID(numId);
    BigInteger restarted = numbering.addNum(abstractId);
    CTNumLvl override = numbering.getNum(restarted).getCTNum().addNewLvlOverride();
    override.setIlvl(BigInteger.ZERO);
    override.addNewStartOverride().setVal(BigInteger.valueOf(start));
    return restarted;
  }

  XWPFParagraph heading(String text, int level) {
    XWPFParagraph p = text(text);
    p.setStyle("Heading" + (level + 1));
    return p;
  }

  XWPFParagraph item(BigInteger numId, int level, String text) {
    XWPFParagraph p = text(text);
    p.setNumID(numId);
    p.setNumILvl(BigInteger.valueOf(level));
    return p;
  }

  XWPFParagraph text(String text) {
    XWPFParagraph p = doc.createParagraph();
    if (!text.isEmpty()) {
      p.createRun().setText(text);
    }
    return p;
  }

  XWPFDocument document() {
    return doc;
  }

  byte[] bytes() {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final Pattern TOP = Pattern.compile("^(\\d+)\\. (.*)$");
  private static final Pattern SUB = Pattern.compile("^\\(([a-z])\\) (.*)$");

  /**
   * The draft of a .txt fixture as a Word document: short lines without a number become headings,
   * longer ones plain paragraphs, "1." items a decimal list, "(a)" items its second level. Where
   * the printed number is not the next one (a restart in an annex, a skipped or repeated number)
   * the list restarts at it, as Word's "set numbering value" does. The numbers are stripped from
   * the text.
   */
  static byte[] fromDraft(List<String> lines) {
    DocxFixtures docx = new DocxFixtures();
    BigInteger numId =
        docx.list(
            new Level(STNumberFormat.DECIMAL, "%1.", 1),
            new Level(STNumberFormat.LOWER_LETTER, "(%2)", 1));
    int next = 1;
    for (String line : lines) {
      Matcher top = TOP.matcher(line);
      Matcher sub = SUB.matcher(line);
      if (top.matches()) {
        int printed = Integer.parseInt(top.group(1));
        if (printed != next) {
          // "Set numbering value" in Word: a new list instance that starts at the printed number.
          numId = docx.restart(numId, printed);
        }
        next = printed + 1;
        docx.item(numId, 0, top.group(2));
      } else if (sub.matches()) {
        docx.item(numId, 1, sub.group(2));
      } else if (DraftVariants.heading(line)) {
        docx.heading(line, 0);
      } else if (!line.isBlank()) {
        docx.text(line);
      }
    }
    return docx.bytes();
  }

  /** The archive with one entry's text changed. */
  static byte[] rewrite(byte[] zip, String entry, UnaryOperator<String> change) {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
      try (ZipOutputStream out = new ZipOutputStream(bytes)) {
        ZipEntry e;
        while ((e = in.getNextEntry()) != null) {
          byte[] content = in.readAllBytes();
          if (e.getName().equals(entry)) {
            content =
                change
                    .apply(new String(content, StandardCharsets.UTF_8))
                    .getBytes(StandardCharsets.UTF_8);
          }
          out.putNextEntry(new ZipEntry(e.getName()));
          out.write(content);
          out.closeEntry();
        }
      }
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
