package io.github.plandiff.classify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The second held-out file of hand-labelled commitments is well formed and uses known names. */
class HeldoutTwoFileTest {

  private static final String DIR = "/io/github/plandiff/classify/";
  private static final Set<String> BILLS = Set.of("hr1865", "HJ37_RH", "SC13_ES");
  private static final Set<String> DRAFTS = Set.of("ukraine-28", "ukraine-20");

  private record Row(
      String id,
      String split,
      String source,
      int part,
      String obligors,
      String modality,
      String negated,
      String text) {}

  private static String resource(String name) throws IOException {
    try (InputStream in = HeldoutTwoFileTest.class.getResourceAsStream(DIR + name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static List<Row> rows() throws IOException {
    List<Row> rows = new ArrayList<>();
    for (String line : resource("commitments-heldout2.tsv").split("\n")) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      String[] c = line.split("\t", -1);
      assertThat(c).as(line).hasSize(8);
      assertThat(c[3]).as(line).matches("\\d+");
      rows.add(new Row(c[0], c[1], c[2], Integer.parseInt(c[3]), c[4], c[5], c[6], c[7]));
    }
    return rows;
  }

  private static Set<String> names(String resource) throws IOException {
    JsonNode root = new ObjectMapper().readTree(resource(resource));
    Set<String> names = new TreeSet<>();
    root.get("parties").forEach(p -> names.add(p.get("name").asText()));
    return names;
  }

  @Test
  void everyRowIsAHeldOutRowWithItsOwnNumberedId() throws IOException {
    List<Row> rows = rows();
    assertThat(rows).hasSizeBetween(110, 140);
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      assertThat(row.id()).isEqualTo(String.format(Locale.ROOT, "h%03d", i + 1));
      assertThat(row.split()).as(row.id()).isEqualTo("heldout");
      assertThat(BILLS.contains(row.source()) || DRAFTS.contains(row.source()))
          .as(row.id() + " source " + row.source())
          .isTrue();
    }
  }

  @Test
  void aRowIsEitherACommitmentOrNoneInAllThreeLabels() throws IOException {
    for (Row row : rows()) {
      boolean none = row.modality().equals("-");
      assertThat(row.modality()).as(row.id()).isIn("BINDING", "SOFT", "PERMISSION", "-");
      assertThat(row.negated()).as(row.id()).isIn(none ? Set.of("-") : Set.of("yes", "no"));
      assertThat(row.obligors().equals("-")).as(row.id()).isEqualTo(none);
    }
  }

  @Test
  void partsOfOneSentenceAreNumberedFromZeroInOrder() throws IOException {
    Map<String, List<Integer>> parts = new LinkedHashMap<>();
    String previous = null;
    for (Row row : rows()) {
      String key = row.source() + "\t" + row.text();
      if (!key.equals(previous)) {
        assertThat(parts).as(row.id() + " repeats an earlier sentence").doesNotContainKey(key);
      }
      parts.computeIfAbsent(key, k -> new ArrayList<>()).add(row.part());
      previous = key;
    }
    parts.values().forEach(p -> assertThat(p).startsWith(0).isSorted().doesNotHaveDuplicates());
    parts.values().forEach(p -> assertThat(p.get(p.size() - 1)).isEqualTo(p.size() - 1));
  }

  @Test
  void obligorsAreNamesOfThePartyLexiconOrOfTheBillGazetteer() throws IOException {
    Set<String> parties = names("parties.json");
    Set<String> billParties = names("bill-parties.json");
    for (Row row : rows()) {
      if (row.obligors().equals("-")) {
        continue;
      }
      Set<String> known = BILLS.contains(row.source()) ? billParties : parties;
      for (String obligor : row.obligors().split("; ", -1)) {
        assertThat(
                known.contains(obligor) || Set.of("unspecified", "all parties").contains(obligor))
            .as(row.id() + " obligor " + obligor)
            .isTrue();
      }
    }
  }

  @Test
  void draftSentencesAreQuotedExactlyFromTheSamples() throws IOException {
    for (Row row : rows()) {
      if (DRAFTS.contains(row.source())) {
        String sample = Files.readString(Path.of("samples", row.source() + ".txt"));
        assertThat(sample.replaceAll("\\s+", " ")).as(row.id()).contains(row.text());
      }
    }
  }
}
