package io.github.plandiff.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.plandiff.model.BlockKind;
import io.github.plandiff.model.Document;
import io.github.plandiff.model.DraftReadException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PdfReaderTest {

  private static final List<String> PLAN = ReadFixtures.text("draft/plan.txt").lines().toList();

  @ParameterizedTest
  @CsvSource({"6, false", "0, false", "0, true", "4, true"})
  void readsTheSameParagraphsAsTheTextDraft(float gap, boolean indent) {
    PdfFixtures.Layout layout = PdfFixtures.layout(PLAN, gap, indent);
    assertThat(layout.pages()).isGreaterThanOrEqualTo(3);
    assertThat(layout.lines()).anyMatch(l -> l.matches(".*[a-z]-$"));

    Document document = DraftReaders.read(layout.pdf(), "plan.pdf");

    assertThat(document.format()).isEqualTo("pdf");
    assertThat(ReadFixtures.sequence(document)).isEqualTo(PLAN);
    assertThat(ReadFixtures.nonBlank(document))
        .extracting(b -> b.kind())
        .containsOnly(BlockKind.TEXT);
    assertThat(document.blocks().get(1).kind()).isEqualTo(BlockKind.BLANK);
    ReadFixtures.assertSpansHold(document);
  }

  @Test
  void dropsRunningHeadersFootersAndPageNumbers() {
    Document document = new PdfReader().read(PdfFixtures.layout(PLAN, 6, false).pdf(), "plan.pdf");

    assertThat(document.text())
        .doesNotContain("confidential")
        .doesNotContain("Page 1")
        .doesNotContain("of 3");
  }

  @Test
  void endsATitleLineAtAPageBreakWhereTheNextWordWouldHaveFitted() {
    List<PdfLine> lines =
        List.of(
            new PdfLine(1, "Outcome of the consultations of the Trilateral Group", 36, 300, 100),
            new PdfLine(1, "and the initiatives of Russia's President, V. Putin", 36, 250, 113),
            new PdfLine(
                2, "The Trilateral Contact Group, in which Ukraine, the Russian", 36, 322, 50),
            new PdfLine(2, "Federation and the OSCE are represented, has weighed the", 36, 321, 63),
            new PdfLine(3, "Proposals tabled at the consultations.", 36, 200, 50));

    assertThat(PdfLayout.join(lines))
        .containsExactly(
            "Outcome of the consultations of the Trilateral Group "
                + "and the initiatives of Russia's President, V. Putin",
            "The Trilateral Contact Group, in which Ukraine, the Russian "
                + "Federation and the OSCE are represented, has weighed the "
                + "Proposals tabled at the consultations.");
  }

  @Test
  void joinsAWordHyphenatedAtTheLineEnd() {
    String paragraph =
        "1. The parties acknowledge extraordinarily comprehensive responsibilities "
            + "notwithstanding intergovernmental considerations.";
    PdfFixtures.Layout layout = PdfFixtures.layout(List.of(paragraph), 0, false);
    assertThat(layout.lines()).anyMatch(l -> l.endsWith("-"));

    Document document = new PdfReader().read(layout.pdf(), "hyphen.pdf");

    // One page: its header cannot be told from text, so it stays as a paragraph of its own.
    assertThat(ReadFixtures.sequence(document)).containsExactly(PdfFixtures.HEADER, paragraph);
  }

  @Test
  void refusesAPdfWithoutATextLayer() {
    assertThatThrownBy(() -> DraftReaders.read(PdfFixtures.imageOnly(), "scan.pdf"))
        .isInstanceOf(DraftReadException.class)
        .hasMessage(
            "scan.pdf: is a PDF without a text layer (a scanned image?); "
                + "run OCR on it or give the draft as text");
  }

  @Test
  void refusesAnEncryptedPdfThatNeedsAPassword() throws IOException {
    byte[] encrypted;
    try (PDDocument doc = Loader.loadPDF(PdfFixtures.layout(PLAN, 0, false).pdf());
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.protect(new StandardProtectionPolicy("owner", "user", new AccessPermission()));
      doc.save(out);
      encrypted = out.toByteArray();
    }

    assertThatThrownBy(() -> DraftReaders.read(encrypted, "locked.pdf"))
        .isInstanceOf(DraftReadException.class)
        .hasMessageStartingWith("locked.pdf: is an encrypted PDF that needs a password");
  }

  @Test
  void reportsAMalformedPdfNamingTheFile() {
    byte[] garbage =
        "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ntrailer << >>\n%%EOF"
            .getBytes(StandardCharsets.US_ASCII);

    assertThatThrownBy(() -> DraftReaders.read(garbage, "broken.pdf"))
        .isInstanceOf(DraftReadException.class)
        .hasMessageStartingWith("broken.pdf: ");
  }

  @Test
  void reportsATruncatedPdfNamingTheFile() {
    byte[] pdf = PdfFixtures.layout(PLAN, 0, false).pdf();
    byte[] truncated = Arrays.copyOf(pdf, pdf.length / 3);

    assertThatThrownBy(() -> DraftReaders.read(truncated, "cut.pdf"))
        .isInstanceOf(DraftReadException.class)
        .hasMessageStartingWith("cut.pdf: ");
  }
}
