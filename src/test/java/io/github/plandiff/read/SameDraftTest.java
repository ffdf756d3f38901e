package io.github.plandiff.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.plandiff.model.Document;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The same draft, saved in each format, reads as the same sequence of paragraphs. */
class SameDraftTest {

  @ParameterizedTest
  @ValueSource(strings = {"plan.txt", "ukraine-28.txt", "minsk-2.txt", "ukraine-counter.txt"})
  void everyFormatGivesTheParagraphsOfTheTextDraft(String draft) {
    List<String> lines =
        ReadFixtures.text("draft/" + draft).lines().filter(l -> !l.isBlank()).toList();
    Map<String, byte[]> variants = DraftVariants.of(lines);

    assertThat(variants).hasSize(5);
    for (Map.Entry<String, byte[]> variant : variants.entrySet()) {
      Document document = DraftReaders.read(variant.getValue(), variant.getKey());

      String extension = variant.getKey().substring(variant.getKey().indexOf('.') + 1);
      assertThat(document.format()).as(variant.getKey()).isEqualTo(extension);
      assertThat(ReadFixtures.sequence(document))
          .as(draft + " as " + variant.getKey())
          .isEqualTo(lines);
      ReadFixtures.assertSpansHold(document);
    }
  }

  @Test
  void keepsTheHeadingsAsHeadingsWhereTheFormatHasThem() {
    List<String> lines = ReadFixtures.text("draft/plan.txt").lines().toList();
    Map<String, byte[]> variants = DraftVariants.of(lines);

    for (String name : List.of("plan.md", "plan.html", "plan.docx")) {
      Document document = DraftReaders.read(variants.get(name), name);
      assertThat(ReadFixtures.headings(document))
          .as(name)
          .containsExactly("Framework for a settlement", "Annex");
    }
  }
}
