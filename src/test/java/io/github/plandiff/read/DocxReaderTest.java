package io.github.plandiff.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.plandiff.model.Block;
import io.github.plandiff.model.BlockKind;
import io.github.plandiff.model.Document;
import io.github.plandiff.model.DraftReadException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRunTrackChange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

class DocxReaderTest {

  private static List<String> lines(String path) {
    return ReadFixtures.text(path).lines().toList();
  }

  @Test
  void readsTheSameNumberedParagraphsAsTheTextDraft() {
    List<String> lines = lines("draft/plan.txt");
    byte[] docx = DocxFixtures.fromDraft(lines);

    Document document = DraftReaders.read(docx, "plan.docx");

    assertThat(document.format()).isEqualTo("docx");
    assertThat(ReadFixtures.sequence(document)).isEqualTo(lines);
    assertThat(document.text()).doesNotContain("1. Ukraine");
    assertThat(document.warnings()).isEmpty();
    ReadFixtures.assertSpansHold(document);
  }

  @Test
  void givesListItemsTheirLevelAndHeadingsTheirKind() {
    Document document =
        new DocxReader().read(DocxFixtures.fromDraft(lines("draft/plan.txt")), "plan.docx");

    Block first = document.blocks().get(0);
    assertThat(first.kind()).isEqualTo(BlockKind.HEADING);
    assertThat(first.text()).isEqualTo("Framework for a settlement");
    Block sub =
        document.blocks().stream()
            .filter(b -> b.label().orElse("").equals("(b)"))
            .findFirst()
            .orElseThrow();
    assertThat(sub.kind()).isEqualTo(BlockKind.LIST_ITEM);
    assertThat(sub.level()).isEqualTo(1);
    assertThat(sub.text()).isEqualTo("Europe will take part in the guarantees.");
  }

  @Test
  void computesWordNumberFormatsAndMultiLevelPatterns() {
    DocxFixtures docx = new DocxFixtures();
    BigInteger legal =
        docx.list(
            new DocxFixtures.Level(STNumberFormat.UPPER_ROMAN, "Article %1", 1),
            new DocxFixtures.Level(STNumberFormat.DECIMAL, "%1.%2.", 1),
            new DocxFixtures.Level(STNumberFormat.LOWER_ROMAN, "(%3)", 1));
    BigInteger letters = docx.list(new DocxFixtures.Level(STNumberFormat.UPPER_LETTER, "%1)", 26));
    BigInteger bullets = docx.list(new DocxFixtures.Level(STNumberFormat.BULLET, "\uF0B7", 1));
    docx.item(legal, 0, "Scope");
    docx.item(legal, 1, "first");
    docx.item(legal, 2, "one");
    docx.item(legal, 2, "two");
    docx.item(legal, 1, "second");
    docx.item(legal, 2, "restarted");
    docx.item(legal, 0, "Entry into force");
    docx.item(legal, 1, "restarted too");
    docx.item(letters, 0, "z");
    docx.item(letters, 0, "aa");
    docx.item(bullets, 0, "dot");

    Document document = new DocxReader().read(docx.bytes(), "legal.docx");

    assertThat(ReadFixtures.nonBlank(document))
        .extracting(b -> b.label().orElseThrow())
        .containsExactly(
            "Article I",
            "I.1.",
            "(i)",
            "(ii)",
            "I.2.",
            "(i)",
            "Article II",
            "II.1.",
            "Z)",
            "AA)",
            "•");
  }

  @Test
  void continuesAListAcrossPlainParagraphsAndRestartsWithAnOverride() {
    DocxFixtures docx = new DocxFixtures();
    BigInteger list = docx.list(new DocxFixtures.Level(STNumberFormat.DECIMAL, "%1.", 1));
    docx.item(list, 0, "one");
    docx.text("Between the points.");
    docx.item(list, 0, "two");
    docx.item(docx.restart(list, 5), 0, "five");
    docx.item(list, 0, "six, continuing the shared definition");

    Document document = new DocxReader().read(docx.bytes(), "restart.docx");

    assertThat(ReadFixtures.sequence(document))
        .containsExactly(
            "1. one",
            "Between the points.",
            "2. two",
            "5. five",
            "6. six, continuing the shared definition");
  }

  @Test
  void readsANumberedHeadingAsAListItemWithItsNumber() {
    DocxFixtures docx = new DocxFixtures();
    BigInteger articles =
        docx.list(new DocxFixtures.Level(STNumberFormat.DECIMAL, "Article %1", 1));
    docx.heading("Scope", 0).setNumID(articles);
    docx.text("This agreement covers the ceasefire.");
    docx.heading("Entry into force", 0).setNumID(articles);

    Document document = new DocxReader().read(docx.bytes(), "articles.docx");

    assertThat(ReadFixtures.nonBlank(document))
        .extracting(Block::kind)
        .containsExactly(BlockKind.LIST_ITEM, BlockKind.TEXT, BlockKind.LIST_ITEM);
    assertThat(ReadFixtures.sequence(document))
        .containsExactly(
            "Article 1 Scope",
            "This agreement covers the ceasefire.",
            "Article 2 Entry into force");
  }

  @Test
  void readsTrackedChangesAsTheCurrentTextWithAWarning() {
    DocxFixtures docx = new DocxFixtures();
    BigInteger list = docx.list(new DocxFixtures.Level(STNumberFormat.DECIMAL, "%1.", 1));
    CTP p = docx.item(list, 0, "The parties ").getCTP();
    CTRunTrackChange deleted = p.addNewDel();
    deleted.setId(BigInteger.ONE);
    deleted.setAuthor("Editor");
    deleted.addNewR().addNewDelText().setStringValue("will");
    CTRunTrackChange inserted = p.addNewIns();
    inserted.setId(BigInteger.TWO);
    inserted.setAuthor("Editor");
    inserted.addNewR().addNewT().setStringValue("may");
    p.addNewR().addNewT().setStringValue(" meet.");

    Document document = new DocxReader().read(docx.bytes(), "tracked.docx");

    assertThat(ReadFixtures.sequence(document)).containsExactly("1. The parties may meet.");
    assertThat(document.warnings())
        .singleElement()
        .satisfies(w -> assertThat(w.message()).contains("tracked changes"));
  }

  @Test
  void leavesOutHiddenText() {
    DocxFixtures docx = new DocxFixtures();
    var p = docx.text("Visible ");
    var hidden = p.createRun();
    hidden.setText("secret ");
    hidden.setVanish(true);
    p.createRun().setText("text.");

    Document document = new DocxReader().read(docx.bytes(), "hidden.docx");

    assertThat(ReadFixtures.sequence(document)).containsExactly("Visible text.");
  }

  @Test
  void splitsLinesAtBreaksAndKeepsEmptyParagraphsAsBlankLines() {
    DocxFixtures docx = new DocxFixtures();
    var p = docx.text("first line");
    p.createRun().addBreak();
    p.createRun().setText("second line");
    docx.text("");
    docx.text("after a gap");

    Document document = new DocxReader().read(docx.bytes(), "breaks.docx");

    assertThat(document.blocks())
        .extracting(Block::kind, Block::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(BlockKind.TEXT, "first line"),
            org.assertj.core.groups.Tuple.tuple(BlockKind.TEXT, "second line"),
            org.assertj.core.groups.Tuple.tuple(BlockKind.BLANK, ""),
            org.assertj.core.groups.Tuple.tuple(BlockKind.TEXT, "after a gap"));
  }

  @Test
  void refusesADoctypeInsideTheDocument() {
    byte[] docx =
        DocxFixtures.rewrite(
            DocxFixtures.fromDraft(List.of("1. Point")),
            "word/document.xml",
            xml ->
                xml.replaceFirst(
                    "\\?>", "?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"));

    assertThatThrownBy(() -> DraftReaders.read(docx, "xxe.docx"))
        .isInstanceOf(DraftReadException.class)
        .hasMessageStartingWith("xxe.docx")
        .hasMessageContaining("DOCTYPE");
  }

  @Test
  void warnsAboutMacroEnabledDocumentsAndReadsTheirText() {
    byte[] docm =
        DocxFixtures.rewrite(
            DocxFixtures.fromDraft(List.of("1. Point")),
            "[Content_Types].xml",
            xml ->
                xml.replace(
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                    "application/vnd.ms-word.document.macroEnabled.main+xml"));

    Document document = DraftReaders.read(docm, "macro.docm");

    assertThat(ReadFixtures.sequence(document)).containsExactly("1. Point");
    assertThat(document.warnings())
        .singleElement()
        .satisfies(w -> assertThat(w.message()).contains("macro-enabled"));
  }

  @Test
  void refusesAPasswordProtectedDocument() throws Exception {
    byte[] docx = DocxFixtures.fromDraft(List.of("1. Point"));
    ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
    try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs =
        new org.apache.poi.poifs.filesystem.POIFSFileSystem()) {
      org.apache.poi.poifs.crypt.EncryptionInfo info =
          new org.apache.poi.poifs.crypt.EncryptionInfo(
              org.apache.poi.poifs.crypt.EncryptionMode.agile);
      org.apache.poi.poifs.crypt.Encryptor encryptor = info.getEncryptor();
      encryptor.confirmPassword("secret");
      try (org.apache.poi.openxml4j.opc.OPCPackage opc =
              org.apache.poi.openxml4j.opc.OPCPackage.open(new java.io.ByteArrayInputStream(docx));
          java.io.OutputStream out = encryptor.getDataStream(fs)) {
        opc.save(out);
      }
      fs.writeFilesystem(encrypted);
    }

    assertThatThrownBy(() -> DraftReaders.read(encrypted.toByteArray(), "secret.docx"))
        .isInstanceOf(DraftReadException.class)
        .hasMessage(
            "secret.docx: is an encrypted (password-protected) Office document; "
                + "save an unprotected copy as .docx and compare that");
  }

  @Test
  void refusesZipBombs() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write(new byte[10]);
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("../../hidden/bomb.bin"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 40; i++) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }

    assertThatThrownBy(() -> DraftReaders.read(bytes.toByteArray(), "bomb.docx"))
        .isInstanceOf(DraftReadException.class)
        .hasMessageStartingWith("bomb.docx: inflates to more than")
        .hasMessageContaining("zip bomb");
  }

  @Test
  void reportsADamagedArchiveNamingTheFile() {
    byte[] docx = DocxFixtures.fromDraft(List.of("1. Point"));
    byte[] truncated = java.util.Arrays.copyOf(docx, docx.length / 2);

    assertThatThrownBy(() -> new DocxReader().read(truncated, "cut.docx"))
        .isInstanceOf(DraftReadException.class)
        .hasMessageStartingWith("cut.docx: ");
  }
}
