package io.github.plandiff.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.plandiff.model.History;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryJsonRendererTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Schema SCHEMA = load();

  private static Schema load() {
    try {
      String text =
          Files.readString(
              Path.of("docs", "schema", "plandiff-history-1.schema.json"), StandardCharsets.UTF_8);
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(text, InputFormat.JSON);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode render(History history) throws IOException {
    return MAPPER.readTree(new HistoryJsonRenderer().render(history));
  }

  private static JsonNode lineageStartingWith(JsonNode root, int draft, String id) {
    for (JsonNode lineage : root.get("lineages")) {
      JsonNode first = lineage.get("steps").get(0);
      if (first.get("draft").asInt() == draft && first.get("ids").get(0).asText().equals(id)) {
        return lineage;
      }
    }
    throw new AssertionError("no lineage starts with " + draft + ":" + id);
  }

  @Test
  void writesValidHistoriesOfTheSamplesAndOfHostileText() throws IOException {
    List<Error> ukraine = SCHEMA.validate(render(HistoryFixtures.ukraine()));
    List<Error> small = SCHEMA.validate(render(HistoryFixtures.small()));
    List<Error> hostile = SCHEMA.validate(render(HistoryFixtures.hostile()));

    assertThat(ukraine).isEmpty();
    assertThat(small).isEmpty();
    assertThat(hostile).isEmpty();
  }

  @Test
  void theSchemaRejectsARenamedField() throws IOException {
    ObjectNode root = (ObjectNode) render(HistoryFixtures.small());
    ObjectNode step = (ObjectNode) root.get("lineages").get(0).get("steps").get(0);
    step.set("state", step.remove("status"));

    assertThat(SCHEMA.validate(root)).isNotEmpty();
  }

  @Test
  void showsTheTroopCapNumberAndFigureInEachDraft() throws IOException {
    JsonNode troops = lineageStartingWith(render(HistoryFixtures.ukraine()), 0, "6");

    JsonNode steps = troops.get("steps");
    assertThat(steps).hasSize(3);
    assertThat(steps.get(0).get("ids").get(0).asText()).isEqualTo("6");
    assertThat(steps.get(0).get("text").asText()).contains("600,000");
    assertThat(steps.get(1).get("ids").get(0).asText()).isEqualTo("6");
    assertThat(steps.get(1).get("text").asText()).contains("800,000");
    assertThat(steps.get(2).get("draft").asInt()).isEqualTo(2);
    assertThat(steps.get(2).get("ids").get(0).asText()).isEqualTo("4");
    assertThat(steps.get(2).get("text").asText()).contains("800,000");
    assertThat(steps.get(1).get("redline").toString()).contains("600,000").contains("800,000");
  }

  @Test
  void endsTheAmnestyLineageWithItsRemoval() throws IOException {
    JsonNode amnesty = lineageStartingWith(render(HistoryFixtures.ukraine()), 0, "26");

    JsonNode last = amnesty.get("steps").get(amnesty.get("steps").size() - 1);
    assertThat(last.get("status").asText()).isEqualTo("REMOVED");
    assertThat(last.get("draft").asInt()).isEqualTo(1);
    assertThat(last.get("ids")).isEmpty();
    assertThat(last.get("fromIds").get(0).asText()).isEqualTo("26");
  }

  @Test
  void writesARestoredStepWithTheDraftItComesFrom() throws IOException {
    JsonNode amnesty = lineageStartingWith(render(HistoryFixtures.small()), 0, "2");

    JsonNode steps = amnesty.get("steps");
    assertThat(steps)
        .extracting(s -> s.get("status").asText())
        .containsExactly("INTRODUCED", "REMOVED", "RESTORED", "UNCHANGED");
    assertThat(steps.get(2).get("fromDraft").asInt()).isZero();
    assertThat(steps.get(2).get("fromIds").get(0).asText()).isEqualTo("2");
    assertThat(steps.get(2).get("ids").get(0).asText()).isEqualTo("3");
    assertThat(steps.get(2).get("relation").asText()).isEqualTo("UNCHANGED");
  }

  @Test
  void rendersTheSmallHistoryAsItsGoldenFile() throws IOException {
    HistoryGolden.assertMatches(
        "history-small.json", new HistoryJsonRenderer().render(HistoryFixtures.small()));
  }

  @Test
  void writesTheSameBytesTwice() {
    History history = HistoryFixtures.small();

    assertThat(new HistoryJsonRenderer().render(history))
        .isEqualTo(new HistoryJsonRenderer().render(HistoryFixtures.small()))
        .startsWith("{\n  \"schema\" : \"plandiff/1\",\n  \"drafts\" : [");
  }
}
