package io.github.plandiff.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.plandiff.PlanDiff;
import io.github.plandiff.model.ClauseChange;
import io.github.plandiff.model.Comparison;
import io.github.plandiff.model.Segment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A change of apostrophe style is shown subdued in every format, never as a substantive edit. */
class CosmeticRenderingTest {

  private static Comparison comparison;

  @BeforeAll
  static void compare() {
    comparison =
        PlanDiff.compareTexts(
            "1. Ukraine's armed forces will not exceed 600,000 personnel.\n",
            "1. In peacetime, Ukraine’s armed forces will remain at 800,000 personnel.\n");
  }

  @Test
  void marksTheApostropheChangeAsCosmeticInTheRedline() {
    ClauseChange change = comparison.changes().get(0);
    assertThat(change.redline())
        .filteredOn(Segment::cosmetic)
        .extracting(Segment::text)
        .containsExactly("Ukraine's", "Ukraine’s");
    assertThat(Segment.oldText(change.redline()))
        .isEqualTo("Ukraine's armed forces will not exceed 600,000 personnel.");
  }

  @Test
  void plainTextShowsOnlyTheNewFormWithoutEditMarks() {
    String text = new TextRenderer(TextStyle.PLAIN).render(comparison);
    assertThat(text)
        .contains("{+In peacetime, +}Ukraine’s armed forces")
        .doesNotContain("Ukraine's");
  }

  @Test
  void colouredTextShowsTheNewFormDim() {
    String text = new TextRenderer(TextStyle.COLOR).render(comparison);
    assertThat(text).contains("\u001B[2mUkraine’s\u001B[0m");
  }

  @Test
  void markdownShowsTheNewFormWithoutEditMarkup() {
    String md = new MarkdownRenderer().render(comparison);
    assertThat(md).contains("</ins>Ukraine’s armed").doesNotContain("<del>Ukraine");
  }

  @Test
  void htmlMarksBothFormsAsCosmetic() {
    String html = new HtmlRenderer().render(comparison);
    assertThat(html)
        .contains("<del class=\"cosmetic\" title=\"cosmetic change\">Ukraine&#39;s</del>")
        .contains("<ins class=\"cosmetic\" title=\"cosmetic change\">Ukraine’s</ins>")
        .contains("del.cosmetic, ins.cosmetic {");
  }

  @Test
  void docxKeepsTrackedChangesButGreysTheCosmeticOnes() {
    String xml = Docx.entry(new DocxRenderer().render(comparison), "word/document.xml");
    assertThat(xml)
        .contains("<w:color w:val=\"808080\"/></w:rPr><w:delText xml:space=\"preserve\">Ukraine's")
        .contains("<w:color w:val=\"808080\"/></w:rPr><w:t xml:space=\"preserve\">Ukraine’s");
  }

  @Test
  void jsonCarriesTheCosmeticField() {
    String json = new JsonRenderer().render(comparison);
    assertThat(json).contains("\"text\" : \"Ukraine’s\",\n          \"cosmetic\" : true");
  }
}
