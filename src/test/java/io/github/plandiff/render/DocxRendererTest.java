package io.github.plandiff.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.plandiff.PlanDiff;
import io.github.plandiff.model.Annex;
import io.github.plandiff.model.Clause;
import io.github.plandiff.model.Comparison;
import io.github.plandiff.model.Draft;
import io.github.plandiff.model.Section;
import io.github.plandiff.testing.StructuredDrafts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.MethodSource;

class DocxRendererTest {

  static final List<String> PAIRS = Samples.PAIRS;

  /**
   * What a reader of one draft sees, one paragraph per non-blank line or clause: the preamble; each
   * section's heading, annex's title and text, and clause's headings above the clause they stand
   * before; then the headings that stand before no clause, and the trailing text.
   */
  static List<String> paragraphs(Draft draft) {
    List<String> expected = new ArrayList<>(DocxRenderer.nonBlankLines(draft.preamble()));
    for (Clause clause : draft.clauses()) {
      for (Section s : draft.sections()) {
        if (s.clauses().indexOf(clause.id()) == 0) {
          expected.add(sectionText(s));
        }
      }
      for (Annex a : draft.annexes()) {
        if (a.clauses().indexOf(clause.id()) == 0) {
          expected.addAll(annexLines(a));
        }
      }
      expected.addAll(DocxRenderer.nonBlankLines(DocxRenderer.headings(clause)));
      expected.add(DocxRenderer.labelled(clause));
    }
    draft.sections().stream()
        .filter(s -> s.clauses().isEmpty())
        .forEach(s -> expected.add(sectionText(s)));
    draft.annexes().stream()
        .filter(a -> a.clauses().isEmpty())
        .forEach(a -> expected.addAll(annexLines(a)));
    expected.addAll(DocxRenderer.nonBlankLines(draft.trailing()));
    return expected;
  }

  private static String sectionText(Section s) {
    return s.label().isEmpty() ? s.title() : s.label() + " " + s.title();
  }

  private static List<String> annexLines(Annex a) {
    List<String> lines = new ArrayList<>(DocxRenderer.nonBlankLines(a.title()));
    lines.addAll(DocxRenderer.nonBlankLines(a.text()));
    return lines;
  }

  /** Accept all gives exactly the new draft's paragraphs, reject all the old one's. */
  static void assertAcceptGivesNewAndRejectGivesOld(Comparison comparison) {
    byte[] docx = new DocxRenderer().render(comparison);
    assertThat(Docx.acceptAll(docx)).isEqualTo(paragraphs(comparison.newDraft()));
    assertThat(Docx.rejectAll(docx)).isEqualTo(paragraphs(comparison.oldDraft()));
    assertThat(Docx.entry(docx, "word/comments.xml")).contains("plandiff: ");
  }

  @Test
  void acceptAllGivesTheNewDraftAndRejectAllTheOldOnABuiltComparison() {
    assertAcceptGivesNewAndRejectGivesOld(Fixtures.plan());
  }

  @ParameterizedTest
  @FieldSource("PAIRS")
  void acceptAllGivesTheNewDraftAndRejectAllTheOldOnTheSamples(String pair) {
    assertAcceptGivesNewAndRejectGivesOld(Samples.compare(pair));
  }

  static List<Long> seeds() {
    List<Long> seeds = new ArrayList<>();
    for (long s = 1; s <= 40; s++) {
      seeds.add(s);
    }
    return seeds;
  }

  /**
   * Random drafts with moved, removed, added and reworded points still accept and reject exactly.
   */
  @ParameterizedTest
  @MethodSource("seeds")
  void acceptAndRejectHoldOnGeneratedEdits(long seed) {
    Random random = new Random(seed);
    String[] words = {
      "Ukraine",
      "Russia",
      "will",
      "may",
      "withdraw",
      "troops",
      "within",
      "100",
      "days",
      "the",
      "sanctions",
      "lifted",
      "and",
      "not",
      "elections",
      "held",
      "Europe"
    };
    List<String> points = new ArrayList<>();
    int n = 3 + random.nextInt(10);
    for (int i = 0; i < n; i++) {
      StringBuilder sb = new StringBuilder("Point " + i);
      for (int w = 0; w < 4 + random.nextInt(8); w++) {
        sb.append(' ').append(words[random.nextInt(words.length)]);
      }
      points.add(sb.append('.').toString());
    }
    List<String> edited = new ArrayList<>(points);
    for (int e = 0; e < 1 + random.nextInt(4); e++) {
      int i = random.nextInt(edited.size());
      switch (random.nextInt(4)) {
        case 0 -> edited.remove(i);
        case 1 -> edited.add(i, "A new point about " + words[random.nextInt(words.length)] + ".");
        case 2 -> edited.add(random.nextInt(edited.size()), edited.remove(i));
        default -> edited.set(i, edited.get(i).replace("will", "may").replace("100", "60"));
      }
      if (edited.isEmpty()) {
        edited.add("Only point.");
      }
    }
    assertAcceptGivesNewAndRejectGivesOld(
        PlanDiff.compareTexts(numbered(points), numbered(edited)));
  }

  /** Drafts with sections, run-in points and annexes accept and reject exactly too. */
  @ParameterizedTest
  @MethodSource("seeds")
  void acceptAndRejectHoldOnDraftsWithSectionsAndAnnexes(long seed) {
    List<String> pair = StructuredDrafts.pair(seed);
    Comparison comparison = PlanDiff.compareTexts(pair.get(0), pair.get(1));
    assertThat(comparison.newDraft().sections()).isNotEmpty();
    assertAcceptGivesNewAndRejectGivesOld(comparison);
  }

  static List<String> structureFixtures() {
    List<String> all = new ArrayList<>();
    for (String name : List.of("run-in", "sections-numbered", "sections-named", "annex")) {
      for (String format : List.of("txt", "md", "html", "docx")) {
        all.add(name + "/" + format);
      }
    }
    return all;
  }

  /** The structure fixtures, each compared with its edited copy, in every format. */
  @ParameterizedTest
  @MethodSource("structureFixtures")
  void acceptAndRejectHoldOnTheStructureFixtures(String fixture) throws Exception {
    String[] parts = fixture.split("/");
    Draft draft = PlanDiff.parse(fixture(parts[0], "draft", parts[1]));
    Draft edited = PlanDiff.parse(fixture(parts[0], "edited", parts[1]));
    assertAcceptGivesNewAndRejectGivesOld(
        PlanDiff.compare(draft, edited, io.github.plandiff.CompareOptions.defaults()));
    assertAcceptGivesNewAndRejectGivesOld(
        PlanDiff.compare(edited, draft, io.github.plandiff.CompareOptions.defaults()));
  }

  private static java.nio.file.Path fixture(String name, String side, String format)
      throws java.net.URISyntaxException {
    return java.nio.file.Path.of(
        DocxRendererTest.class
            .getResource("/drafts/structure/" + name + "/" + side + "." + format)
            .toURI());
  }

  private static String numbered(List<String> points) {
    StringBuilder sb = new StringBuilder("Preamble\n\n");
    for (int i = 0; i < points.size(); i++) {
      sb.append(i + 1).append(". ").append(points.get(i)).append("\n\n");
    }
    return sb.toString();
  }

  @Test
  void marksEveryChangeWithTheAuthorAndTheFixedDate() {
    String xml = Docx.entry(new DocxRenderer().render(Fixtures.plan()), "word/document.xml");
    assertThat(xml).contains("<w:ins ").contains("<w:del ").contains("<w:delText");
    assertThat(xml.split("w:author=\"", -1)).hasSizeGreaterThan(10);
    assertThat(xml)
        .doesNotContainPattern("w:author=\"(?!plandiff\")")
        .doesNotContainPattern("w:date=\"(?!2026-01-01T00:00:00Z\")");
  }

  @Test
  void usesAGivenAuthorAndDate() {
    byte[] docx =
        new DocxRenderer("Legal team", Instant.parse("2025-11-20T10:15:30.5Z"))
            .render(Fixtures.plan());
    assertThat(Docx.entry(docx, "word/document.xml"))
        .contains("w:author=\"Legal team\"")
        .contains("w:date=\"2025-11-20T10:15:30Z\"");
    assertThat(Docx.entry(docx, "docProps/core.xml")).contains("2025-11-20T10:15:30Z");
  }

  @Test
  void sameComparisonGivesTheSameBytes() {
    assertThat(new DocxRenderer().render(Fixtures.plan()))
        .isEqualTo(new DocxRenderer().render(Fixtures.plan()));
  }

  @Test
  void keepsClauseNumbersAsTextAndTheSummaryInACommentOutOfTheText() {
    byte[] docx = new DocxRenderer().render(Fixtures.plan());
    List<String> accepted = Docx.acceptAll(docx);
    String comments = Docx.entry(docx, "word/comments.xml");
    String body = Docx.entry(docx, "word/document.xml");

    assertThat(accepted).contains("1. Elections may be held within 60 days.");
    assertThat(String.join("\n", accepted)).doesNotContain("plandiff:").doesNotContain("Weakened");
    assertThat(comments)
        .contains("plandiff: Round 1 \u2192 Round 2")
        .contains("Weakened (1)")
        .contains("\u2022 old 3 \u2192 new 1: \u201Cwill\u201D \u2192 \u201Cmay\u201D");
    assertThat(body).contains("<w:commentReference w:id=\"0\"/>");
  }

  @Test
  void hostileTextStaysTextInWellFormedXml() {
    byte[] docx = new DocxRenderer().render(Fixtures.hostile());
    Docx.parse(Docx.entry(docx, "word/document.xml"));
    assertThat(String.join("\n", Docx.acceptAll(docx))).contains("[click](javascript:alert(3))");
    assertThat(
            Docx.parse(Docx.entry(docx, "word/comments.xml")).getDocumentElement().getTextContent())
        .contains("<script>alert(1)</script>");
  }

  @Test
  void rejectsABlankAuthor() {
    assertThatThrownBy(() -> new DocxRenderer(" ", Instant.EPOCH))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("author");
  }
}
