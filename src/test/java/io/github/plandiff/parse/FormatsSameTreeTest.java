package io.github.plandiff.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.plandiff.model.Annex;
import io.github.plandiff.model.BlockKind;
import io.github.plandiff.model.Clause;
import io.github.plandiff.model.Draft;
import io.github.plandiff.model.Section;
import io.github.plandiff.read.DraftReaders;
import io.github.plandiff.read.DraftVariants;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The same draft saved as text, Markdown, HTML, Word and PDF (generated with POI and PDFBox by
 * {@link DraftVariants}) parses to the same clause tree: ids, labels, headings, texts, children,
 * preamble and trailing text. Spans differ with the format and are not compared.
 */
class FormatsSameTreeTest {

  private static final Pattern LABEL =
      Pattern.compile("(\\d{1,3}[.)]|[a-z][.)]|\\([a-z]\\)|[\u2013\u2014-]) ");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/read/draft/plan.txt",
        "/drafts/ukraine-28.txt",
        "/drafts/ukraine-counter.txt",
        "/drafts/ukraine-20.txt",
        "/drafts/minsk-1.txt",
        "/drafts/minsk-2.txt"
      })
  void everyFormatParsesToTheTreeOfTheTextVariant(String draft) {
    Map<String, byte[]> variants = DraftVariants.of(paragraphs(draft));
    Draft text = parse("plan.txt", variants.get("plan.txt"));
    List<String> expected = tree(text);

    assertThat(variants.keySet())
        .containsExactly("plan.txt", "plan.md", "plan.html", "plan.docx", "plan.pdf");
    assertThat(text.clauses()).hasSizeGreaterThanOrEqualTo(5);
    for (Map.Entry<String, byte[]> variant : variants.entrySet()) {
      Draft parsed = parse(variant.getKey(), variant.getValue());
      assertThat(tree(parsed)).as(draft + " as " + variant.getKey()).isEqualTo(expected);
    }
  }

  /**
   * Where the source sets every paragraph apart with a blank line, or has none at all (plan.txt,
   * whose "Annex" line stands without a blank line before it), it parses as its variants do.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "/read/draft/plan.txt",
        "/drafts/ukraine-counter.txt",
        "/drafts/ukraine-20.txt",
        "/drafts/minsk-1.txt"
      })
  void theVariantsParseAsTheSourceDraftItself(String draft) {
    Draft source = parse("source.txt", resource(draft).getBytes(StandardCharsets.UTF_8));
    Map<String, byte[]> variants = DraftVariants.of(paragraphs(draft));

    for (String name : List.of("plan.docx", "plan.pdf", "plan.html")) {
      assertThat(tree(parse(name, variants.get(name))))
          .as(draft + " as " + name)
          .isEqualTo(tree(source));
    }
  }

  @Test
  void readsAnAnnexThatWordNumbersAsAnAnnex() {
    Map<String, byte[]> variants = DraftVariants.of(paragraphs("/read/draft/plan.txt"));
    Draft docx = parse("plan.docx", variants.get("plan.docx"));

    assertThat(DraftReaders.read(variants.get("plan.docx"), "plan.docx").blocks())
        .anyMatch(b -> b.kind() == BlockKind.LIST_ITEM && b.text().startsWith("The agreement"));
    assertThat(docx.trailing()).isEmpty();
    assertThat(docx.annexes()).extracting(Annex::title).containsExactly("Annex");
    assertThat(Drafts.allIds(docx))
        .containsExactly("1", "2", "3", "3.a", "3.b", "4", "5", "Annex/1", "Annex/2");
    assertThat(Drafts.clause(docx, "Annex/1").label()).isEqualTo("1.");
    assertThat(Drafts.clause(docx, "Annex/2").text())
        .isEqualTo("A monitoring commission chaired by the United States will be established.");
  }

  @Test
  void keepsTheUnlabelledChildrenOfAColonEndedPointInEveryFormat() {
    Map<String, byte[]> variants = DraftVariants.of(paragraphs("/drafts/ukraine-28.txt"));

    for (Map.Entry<String, byte[]> variant : variants.entrySet()) {
      Draft parsed = parse(variant.getKey(), variant.getValue());
      assertThat(Drafts.childIds(parsed, "10"))
          .as(variant.getKey())
          .containsExactly("10.1", "10.2", "10.3", "10.4");
      assertThat(Drafts.clause(parsed, "10").text())
          .isEqualTo("Guarantee provided by the United States:");
    }
  }

  static Draft parse(String name, byte[] bytes) {
    return new DraftParser().parse(DraftReaders.read(bytes, name), name);
  }

  /** Every clause as id, label, heading and text, indented by depth; preamble and trailing. */
  static List<String> tree(Draft draft) {
    List<String> out = new ArrayList<>();
    out.add("preamble: " + draft.preamble());
    for (Clause c : draft.clauses()) {
      dump(c, "", out);
    }
    out.add("trailing: " + draft.trailing());
    for (Section s : draft.sections()) {
      out.add("section " + s.id() + " [" + s.label() + "] " + s.title() + " " + s.clauses());
    }
    for (Annex a : draft.annexes()) {
      out.add("annex " + a.id() + " [" + a.title() + "] " + a.text() + " " + a.clauses());
    }
    return out;
  }

  private static void dump(Clause c, String indent, List<String> out) {
    out.add(
        indent
            + c.id()
            + " ["
            + c.label()
            + "] "
            + c.heading().map(h -> "{" + h + "} ").orElse("")
            + c.text());
    for (Clause child : c.children()) {
      dump(child, indent + "  ", out);
    }
  }

  /**
   * One paragraph a line, as {@link DraftVariants} takes them. Drafts set their paragraphs apart
   * with blank lines; the hard-wrapped one (ukraine-20) also has its wrapped lines joined, a line
   * after a blank line or starting with a label ("3)", "b)", "(c)", "–") starting a paragraph.
   */
  private static List<String> paragraphs(String draft) {
    List<String> lines = resource(draft).lines().toList();
    if (!draft.contains("ukraine-20")) {
      return lines;
    }
    List<String> out = new ArrayList<>();
    boolean blank = true;
    for (String line : lines) {
      if (line.isBlank()) {
        blank = true;
        continue;
      }
      if (blank || LABEL.matcher(line).lookingAt()) {
        out.add(line.strip());
      } else {
        out.set(out.size() - 1, out.get(out.size() - 1) + " " + line.strip());
      }
      blank = false;
    }
    return out;
  }

  private static String resource(String name) {
    try (InputStream in = FormatsSameTreeTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
