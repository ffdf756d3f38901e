package io.github.plandiff.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.plandiff.classify.Commitments;
import io.github.plandiff.model.Draft;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Validates real output against docs/schema/plandiff-1.schema.json. */
class JsonSchemaTest {

  static final List<String> PAIRS = Samples.PAIRS;
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Path DOCS_SCHEMA = Path.of("docs", "schema", "plandiff-1.schema.json");
  private static final String RESOURCE = "/io/github/plandiff/plandiff-1.schema.json";
  private static final Schema SCHEMA = load();

  private static Schema load() {
    try (InputStream in = JsonSchemaTest.class.getResourceAsStream(RESOURCE)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(text, com.networknt.schema.InputFormat.JSON);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Error> validate(String json) throws IOException {
    return SCHEMA.validate(MAPPER.readTree(json));
  }

  @Test
  void theSchemaShippedInTheJarIsTheDocumentedOne() throws IOException {
    try (InputStream in = JsonSchemaTest.class.getResourceAsStream(RESOURCE)) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
          .isEqualTo(Files.readString(DOCS_SCHEMA, StandardCharsets.UTF_8));
    }
  }

  @ParameterizedTest
  @FieldSource("PAIRS")
  void comparisonsOfTheSamplesAreValid(String pair) throws IOException {
    assertThat(validate(new JsonRenderer().render(Samples.compare(pair)))).isEmpty();
  }

  @Test
  void aComparisonWithSignalsTopicsAndWarningsIsValid() throws IOException {
    String json = new JsonRenderer().render(Fixtures.plan());
    assertThat(json).contains("\"QUANTITY_CHANGED\"").contains("\"armed-forces\"");
    assertThat(validate(json)).isEmpty();
    assertThat(validate(new JsonRenderer().render(Fixtures.hostile()))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"ukraine-28", "ukraine-20", "minsk-1", "minsk-2", "ukraine-counter"})
  void parsedSamplesAreValid(String name) throws IOException {
    assertThat(validate(new JsonRenderer().render(Samples.draft(name)))).isEmpty();
  }

  @Test
  void aParsedDraftWithSectionsAndAnnexesIsValid() throws IOException {
    String text =
        "Plan\n\nI. SECURITY\n1. A ceasefire.\n2. Talks.\nII. ECONOMY\n3. A fund.\n\n"
            + "Annex I. Exchange\n\nThe parties agree:\n1. All for all.\n2. Within a month.\n";
    Draft draft =
        io.github.plandiff.PlanDiff.parse(text.getBytes(StandardCharsets.UTF_8), "p.txt", "p");
    String json = new JsonRenderer().render(draft);

    assertThat(json).contains("\"sections\"").contains("\"Annex I/1\"");
    assertThat(MAPPER.readTree(json).get("draft").get("sections")).hasSize(2);
    assertThat(MAPPER.readTree(json).get("draft").get("annexes").get(0).get("text").asText())
        .isEqualTo("The parties agree:");
    assertThat(validate(json)).isEmpty();
  }

  @Test
  void rejectsOutputWithARenamedOrBadField() throws IOException {
    ObjectNode root = (ObjectNode) MAPPER.readTree(new JsonRenderer().render(Fixtures.plan()));
    ObjectNode change = (ObjectNode) root.get("changes").get(0);
    change.set("relations", change.remove("relation"));
    assertThat(SCHEMA.validate(root)).isNotEmpty();

    ObjectNode badSignal = (ObjectNode) MAPPER.readTree(new JsonRenderer().render(Fixtures.plan()));
    ((ObjectNode) badSignal.get("changes").get(0).get("signals").get(0)).put("type", "SOFTENED");
    assertThat(SCHEMA.validate(badSignal)).isNotEmpty();

    JsonNode wrongSchema =
        ((ObjectNode) MAPPER.readTree(new JsonRenderer().render(Fixtures.plan())))
            .put("schema", "plandiff/2");
    assertThat(SCHEMA.validate(wrongSchema)).isNotEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"ukraine-28", "ukraine-20", "minsk-1", "minsk-2", "ukraine-counter"})
  void ledgersOfTheSamplesAreValid(String name) throws IOException {
    String json = new JsonRenderer().render(new Commitments().ledger(Samples.draft(name)));
    assertThat(json).contains("\"obligors\"");
    assertThat(validate(json)).isEmpty();
  }

  @Test
  void comparisonsCarryAValidLedger() throws IOException {
    JsonNode root = MAPPER.readTree(new JsonRenderer().render(Samples.compare(PAIRS.get(0))));
    assertThat(root.get("ledger").get("parties").size()).isPositive();
    assertThat(root.get("ledger").get("commitments").get(0).get("status").asText()).isNotEmpty();
    ObjectNode bad = (ObjectNode) root;
    ((ObjectNode) bad.get("ledger").get("commitments").get(0)).put("modality", "WILL");
    assertThat(SCHEMA.validate(bad)).isNotEmpty();
    ObjectNode noObligor =
        (ObjectNode) MAPPER.readTree(new JsonRenderer().render(Samples.compare(PAIRS.get(0))));
    ((ObjectNode) noObligor.get("ledger").get("commitments").get(0)).putArray("obligors");
    assertThat(SCHEMA.validate(noObligor)).isNotEmpty();
  }
}
