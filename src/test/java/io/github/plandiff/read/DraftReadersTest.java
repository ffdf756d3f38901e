package io.github.plandiff.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.plandiff.model.BlockKind;
import io.github.plandiff.model.Document;
import io.github.plandiff.model.DraftReadException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DraftReadersTest {

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] zip(String... namesAndContents) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (int i = 0; i < namesAndContents.length; i += 2) {
        zip.putNextEntry(new ZipEntry(namesAndContents[i]));
        zip.write(utf8(namesAndContents[i + 1]));
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "1. Ukraine will be sovereign.|draft.txt|txt",
        "@ Plan\\n1. Point|draft.md|md",
        "@ Plan\\n1. Point|draft.txt|txt",
        "@ Plan\\n1. Point|-|txt",
        "<!DOCTYPE html><p>1. Point</p>|draft.txt|html",
        "<html><body><ol><li>Point</li></ol></body></html>|-|html",
        "  <p>1. Point</p><p>2. Point</p>|clip|html",
        "<ol start=\"3\"><li>Point</li></ol>|draft.md|html",
        "<?xml version=\"1.0\"?><bill xmlns=\"http://schemas.gpo.gov/xml/uslm\"><section><num>SEC."
            + " 1.</num></section></bill>|bill.txt|uslm",
        "<bill><section><num>SEC. 1.</num><content>x</content></section></bill>|b|uslm",
        "Compare <p> and <br> in HTML.|notes.txt|txt",
      })
  void choosesTheFormatByContentAndTheNameOnlyWhenContentIsAmbiguous(
      String content, String name, String format) {
    assertThat(
            DraftReaders.detectFormat(utf8(content.replace("\\n", "\n").replace('@', '#')), name))
        .isEqualTo(format);
  }

  @Test
  void recognisesPdfAndWordByMagicBytesWhateverTheName() throws IOException {
    assertThat(DraftReaders.detectFormat(utf8("%PDF-1.7\n%âãÏÓ\n"), "draft.txt")).isEqualTo("pdf");
    byte[] docx = zip("[Content_Types].xml", "<Types/>", "word/document.xml", "<w:document/>");
    assertThat(DraftReaders.detectFormat(docx, "draft.txt")).isEqualTo("docx");
  }

  @Test
  void refusesAZipThatIsNotAWordDocument() throws IOException {
    byte[] xlsx = zip("xl/workbook.xml", "<workbook/>");

    assertThatThrownBy(() -> DraftReaders.read(xlsx, "book.xlsx"))
        .isInstanceOf(DraftReadException.class)
        .hasMessage(
            "book.xlsx: is a zip archive but not a Word document (no word/document.xml); "
                + "give a .txt, .md, .html, .docx, .pdf or USLM .xml file");
  }

  @Test
  void tellsEncryptedOfficeFilesFromLegacyDoc() {
    byte[] header = {
      (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };
    byte[] encrypted = concat(header, "EncryptionInfo".getBytes(StandardCharsets.UTF_16LE));
    byte[] legacy = concat(header, "WordDocument".getBytes(StandardCharsets.UTF_16LE));

    assertThatThrownBy(() -> DraftReaders.read(encrypted, "secret.docx"))
        .isInstanceOf(DraftReadException.class)
        .hasMessageStartingWith(
            "secret.docx: is an encrypted (password-protected) Office document");
    assertThatThrownBy(() -> DraftReaders.read(legacy, "old.doc"))
        .isInstanceOf(DraftReadException.class)
        .hasMessageStartingWith("old.doc: is a legacy binary Office file");
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + 64 + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length + 64, b.length);
    return out;
  }

  @Test
  void readsOtherXmlAsTextWithAWarning() {
    Document document =
        DraftReaders.read(utf8("<?xml version=\"1.0\"?>\n<akomaNtoso/>\n"), "act.xml");

    assertThat(document.format()).isEqualTo("txt");
    assertThat(document.warnings())
        .singleElement()
        .satisfies(w -> assertThat(w.message()).contains("not US legislative XML"));
  }

  @Test
  void readsEmptyInputAsAnEmptyDocument() {
    Document document = DraftReaders.read(new byte[0], "empty.txt");

    assertThat(document.text()).isEmpty();
    assertThat(document.blocks()).isEmpty();
    assertThat(document.warnings()).isEmpty();
  }

  @Test
  void readsWhitespaceOnlyInputAsBlankLines() {
    Document document = DraftReaders.read(utf8(" \n\t\n"), "blank.txt");

    assertThat(document.blocks()).extracting(b -> b.kind()).containsOnly(BlockKind.BLANK);
  }

  @Test
  void refusesBinaryInputNamingTheFile() {
    byte[] binary = new byte[256];
    for (int i = 0; i < binary.length; i++) {
      binary[i] = (byte) (i * 7 + 1);
    }

    assertThatThrownBy(() -> DraftReaders.read(binary, "image.bin"))
        .isInstanceOf(DraftReadException.class)
        .hasMessageStartingWith("image.bin: binary data, not a text draft");
  }

  @Test
  void refusesNulBytesInText() {
    assertThatThrownBy(
            () -> DraftReaders.read(utf8("1. Point one\u0000\n2. Point two\n"), "nul.txt"))
        .isInstanceOf(DraftReadException.class)
        .hasMessageStartingWith("nul.txt: ");
  }

  @ParameterizedTest
  @CsvSource({"UTF-16LE,FF,FE", "UTF-16BE,FE,FF", "UTF-8,EF,BB"})
  void decodesUnicodeWithByteOrderMark(String charset, String b0, String b1) {
    String text = "1. Україна — суверенна.\n2. «Ceasefire» ✓ 🇺🇦\n";
    byte[] body = text.getBytes(Charset.forName(charset));
    byte[] bom =
        charset.equals("UTF-8")
            ? new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}
            : new byte[] {(byte) Integer.parseInt(b0, 16), (byte) Integer.parseInt(b1, 16)};

    Document document = DraftReaders.read(concatExact(bom, body), "bom.txt");

    assertThat(document.text()).isEqualTo(text);
    assertThat(document.warnings()).isEmpty();
  }

  private static byte[] concatExact(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Test
  void readsUtf8WithoutBomSilently() {
    Document document = DraftReaders.read(utf8("1. Сторони підтверджують.\n"), "plain.txt");

    assertThat(document.blocks().get(0).text()).isEqualTo("1. Сторони підтверджують.");
    assertThat(document.warnings()).isEmpty();
  }

  @Test
  void readsWindows1252WithAWarning() {
    byte[] bytes =
        "1. The parties’ “ceasefire” – in force.\n".getBytes(Charset.forName("windows-1252"));

    Document document = DraftReaders.read(bytes, "legacy.txt");

    assertThat(document.blocks().get(0).text())
        .isEqualTo("1. The parties’ “ceasefire” – in force.");
    assertThat(document.warnings())
        .singleElement()
        .satisfies(w -> assertThat(w.message()).contains("windows-1252"));
  }

  @Test
  void readsWindows1251WithAWarning() {
    byte[] bytes =
        "1. Стороны подтверждают суверенитет Украины.\n".getBytes(Charset.forName("windows-1251"));

    Document document = DraftReaders.read(bytes, "legacy-ru.txt");

    assertThat(document.blocks().get(0).text())
        .isEqualTo("1. Стороны подтверждают суверенитет Украины.");
    assertThat(document.warnings())
        .singleElement()
        .satisfies(w -> assertThat(w.message()).contains("windows-1251"));
  }

  @Test
  void normalisesCarriageReturnsAndMixedLineEnds() {
    Document document = DraftReaders.read(utf8("1. One\r2. Two\r\n3. Three\n"), "mixed.txt");

    assertThat(ReadFixtures.paragraphs(document)).containsExactly("1. One", "2. Two", "3. Three");
    ReadFixtures.assertSpansHold(document);
  }

  @Test
  void refusesFilesAboveTheLimit(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("big.txt");
    Files.write(file, new byte[2048]);

    assertThatThrownBy(() -> DraftReaders.read(file, 1024))
        .isInstanceOf(DraftReadException.class)
        .hasMessageContaining("big.txt: is 2048 bytes, above the limit of 1024 bytes");
  }

  @Test
  void readsAFileByItsContent(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("plan.md");
    Files.writeString(file, "# Plan\n\n1. Point one\n");

    Document document = DraftReaders.read(file, DraftReaders.DEFAULT_MAX_INPUT_BYTES);

    assertThat(document.format()).isEqualTo("md");
    assertThat(ReadFixtures.headings(document)).containsExactly("Plan");
  }
}
