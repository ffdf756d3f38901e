package io.github.plandiff.render;

import io.github.plandiff.model.Comparison;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pins every renderer's whole output on comparisons built in code ({@code plan}, with signals and
 * topics; {@code hostile}, with markup in every string) and on the sample pairs. Files live in
 * {@code src/test/resources/golden/CASE.EXT}; for DOCX the file is {@code word/document.xml}.
 *
 * <p>The sample goldens follow the parser, aligner and classifier: when those change on purpose,
 * regenerate and review:
 *
 * <pre>
 * ./mvnw -q test -Dtest='*GoldenTest' -Dgolden.update=true &amp;&amp; git diff --stat src/test/resources/golden
 * </pre>
 */
class RendererGoldenTest {

  static List<String> cases() {
    List<String> cases = new ArrayList<>();
    cases.add("plan");
    cases.add("hostile");
    cases.addAll(Samples.PAIRS);
    return cases;
  }

  private static Comparison comparison(String name) {
    return switch (name) {
      case "plan" -> Fixtures.plan();
      case "hostile" -> Fixtures.hostile();
      default -> Samples.compare(name);
    };
  }

  @ParameterizedTest
  @MethodSource("cases")
  void text(String name) {
    Golden.check(name + ".txt", new TextRenderer(TextStyle.PLAIN).render(comparison(name)));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void json(String name) {
    Golden.check(name + ".json", new JsonRenderer().render(comparison(name)));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void html(String name) {
    Golden.check(name + ".html", new HtmlRenderer().render(comparison(name)));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void markdown(String name) {
    Golden.check(name + ".md", new MarkdownRenderer().render(comparison(name)));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void docx(String name) {
    byte[] docx = new DocxRenderer().render(comparison(name));
    Golden.check(
        name + ".docx.xml", Docx.entry(docx, "word/document.xml").replace("><w:p>", ">\n<w:p>"));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void colouredText(String name) {
    if (name.equals("plan")) {
      Golden.check(name + ".ansi.txt", new TextRenderer(TextStyle.COLOR).render(comparison(name)));
    }
  }
}
