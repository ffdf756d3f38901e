package io.github.plandiff.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopicTaggerTest {

  private static final TopicTagger TAGGER = new TopicTagger();

  @Test
  void tagsTroopCapAsArmedForces() {
    assertThat(TAGGER.tag("Ukraine's armed forces will not exceed 600,000 personnel."))
        .containsExactly("armed-forces");
  }

  @Test
  void returnsSortedTopicsOfAllTexts() {
    assertThat(
            TAGGER.tag(
                "All worldwide sanctions will be put back in place.",
                "Ukraine is to hold elections within 100 days."))
        .containsExactly("elections-and-governance", "sanctions", "timelines");
  }

  @Test
  void matchesKeywordPrefixesAndPhrasesOnWholeWords() {
    assertThat(TAGGER.tag("The line of contact will be frozen.")).contains("territory");
    assertThat(TAGGER.tag("The sanctioned entities")).contains("sanctions");
    assertThat(TAGGER.tag("The line will be drawn.")).doesNotContain("territory");
  }

  @Test
  void tagsUkrainianAndRussianTexts() {
    assertThat(TAGGER.tag("Санкції буде знято.")).containsExactly("sanctions");
    assertThat(TAGGER.tag("Амнистия для всех участников.")).containsExactly("amnesty");
  }

  @Test
  void coversEveryTopicOfTheDesign() {
    assertThat(Taxonomy.defaults().topics())
        .extracting(Taxonomy.Topic::key)
        .containsExactly(
            "territory",
            "security-guarantees",
            "armed-forces",
            "alliances",
            "sanctions",
            "reconstruction-and-assets",
            "elections-and-governance",
            "amnesty",
            "prisoners-and-humanitarian",
            "rights",
            "nuclear-and-energy",
            "monitoring-and-enforcement",
            "timelines");
  }

  @Test
  void userTaxonomyExtendsTheDefaults() {
    String json =
        "{ \"topics\": [ { \"key\": \"water\", \"keywords\": [\"dam*\", \"kakhovka\"] },"
            + " { \"key\": \"sanctions\", \"keywords\": [\"embargo\"] } ] }";
    Taxonomy mine =
        Taxonomy.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "t.json");
    TopicTagger tagger = new TopicTagger(Taxonomy.defaults().extendedWith(mine));

    assertThat(tagger.tag("The Kakhovka dams will be rebuilt under an embargo."))
        .containsExactly("reconstruction-and-assets", "sanctions", "water");
    assertThat(new TopicTagger(mine).tag("No topic here.")).isEqualTo(List.of());
  }
}
