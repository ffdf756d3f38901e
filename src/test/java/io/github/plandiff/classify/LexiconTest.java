package io.github.plandiff.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.plandiff.model.PlanDiffException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LexiconTest {

  private static Lexicon read(String json) {
    return Lexicon.read(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
  }

  @Test
  void defaultsHoldEnglishUkrainianAndRussianWords() {
    Lexicon lex = Lexicon.defaults();
    assertThat(lex.modals())
        .extracting(Lexicon.Modal::phrase)
        .contains("must", "may", "може", "должна");
    assertThat(lex.negations()).contains("not", "не", "ни").doesNotContain("without", "no", "без");
    assertThat(lex.timeUnits().get("day")).contains("days", "днів", "дней");
    assertThat(lex.parties())
        .extracting(Lexicon.Party::name)
        .contains(
            "Ukraine",
            "Russia",
            "United States",
            "Europe",
            "European Union",
            "NATO",
            "IAEA",
            "United Nations",
            "G7",
            "G8",
            "OSCE",
            "Peace Council");
  }

  @Test
  void missingComponentsAreEmpty() {
    Lexicon lex = read("{ \"negations\": [\"nie\"] }");
    assertThat(lex.negations()).containsExactly("nie");
    assertThat(lex.modals()).isEmpty();
    assertThat(lex.currencies()).isEmpty();
  }

  @Test
  void extendingJoinsListsAndAliasesAndLetsTheNewMapEntriesWin() {
    Lexicon base =
        read(
            "{ \"parties\": [ { \"name\": \"Russia\", \"aliases\": [\"Russia\"] } ],"
                + " \"timeUnits\": { \"day\": [\"days\"] }, \"currencies\": { \"$\": \"USD\" } }");
    Lexicon more =
        read(
            "{ \"parties\": [ { \"name\": \"Russia\", \"aliases\": [\"Moscow\"] } ],"
                + " \"timeUnits\": { \"day\": [\"dni\"] }, \"currencies\": { \"$\": \"CAD\" } }");
    Lexicon both = base.extendedWith(more);

    assertThat(both.parties()).hasSize(1);
    assertThat(both.parties().get(0).aliases()).containsExactly("Russia", "Moscow");
    assertThat(both.timeUnits().get("day")).containsExactly("days", "dni");
    assertThat(both.currencies()).containsEntry("$", "CAD");
  }

  @Test
  void extendingJoinsPartyAdjectivesAndReportingFrames() {
    Lexicon base =
        read(
            "{ \"parties\": [ { \"name\": \"Europe\", \"aliases\": [\"Europe\"],"
                + " \"adjectives\": [\"European\"] } ], \"reportingFrames\": [\"hopes that\"] }");
    Lexicon more =
        read(
            "{ \"parties\": [ { \"name\": \"Europe\", \"adjectives\": [\"Europäisch\"] } ],"
                + " \"reportingFrames\": [\"has indicated that\"] }");
    Lexicon both = base.extendedWith(more);

    assertThat(both.parties().get(0).aliases()).containsExactly("Europe");
    assertThat(both.parties().get(0).adjectives()).containsExactly("European", "Europäisch");
    assertThat(both.reportingFrames()).containsExactly("hopes that", "has indicated that");
  }

  @Test
  void aUserReportingFrameStopsAModalFromBinding() {
    Lexicon frames = read("{ \"reportingFrames\": [\"has indicated that\"] }");
    ChangeClassifier classifier =
        new ChangeClassifier(
            ClassifierSettings.DEFAULTS.withLexicon(Lexicon.defaults().extendedWith(frames)));
    String kept = "Ukraine will hold elections.";
    String added = kept + " The council has indicated that it will rebuild the grid.";
    assertThat(
            new ChangeClassifier()
                .classify(
                    Pairs.coarse(io.github.plandiff.model.Relation.REWORDED, kept, added),
                    kept,
                    added)
                .signals())
        .isNotEmpty();
    assertThat(
            classifier
                .classify(
                    Pairs.coarse(io.github.plandiff.model.Relation.REWORDED, kept, added),
                    kept,
                    added)
                .signals())
        .isEmpty();
  }

  @Test
  void blankPartyNameIsRejectedWithTheSource() {
    assertThatThrownBy(() -> read("{ \"parties\": [ { \"name\": \" \", \"aliases\": [] } ] }"))
        .isInstanceOf(PlanDiffException.class)
        .hasMessageContaining("test.json")
        .hasMessageContaining("party name is blank");
  }

  @Test
  void missingFileNamesThePath() {
    Path missing = Path.of("no-such-lexicon.json");
    assertThatThrownBy(() -> Lexicon.read(missing))
        .isInstanceOf(PlanDiffException.class)
        .hasMessageContaining("no-such-lexicon.json")
        .hasMessageContaining("cannot be read");
  }

  @Test
  void everyKindOfComponentIsReadFromJson() {
    Lexicon lex =
        read(
            """
            { "language": "xx",
              "modals": [ { "phrase": "ought to", "strength": 2, "negatedStrength": 2,
                            "negative": false } ],
              "numberWords": { "dozen": 12 },
              "fractionWords": { "half": 0.5, "whole": 1 },
              "timeUnits": { "week": [ "weeks", "wk" ] },
              "parties": [ { "name": "Atlantis", "aliases": [ "the Atlanteans" ] } ] }
            """);
    assertThat(lex.language()).isEqualTo("xx");
    assertThat(lex.modals()).containsExactly(new Lexicon.Modal("ought to", 2, 2, false));
    assertThat(lex.numberWords()).containsEntry("dozen", 12L);
    assertThat(lex.fractionWords()).containsEntry("half", 0.5).containsEntry("whole", 1.0);
    assertThat(lex.timeUnits()).containsEntry("week", java.util.List.of("weeks", "wk"));
    assertThat(lex.parties())
        .containsExactly(
            new Lexicon.Party(
                "Atlantis", java.util.List.of("the Atlanteans"), java.util.List.of()));
    assertThat(lex.negations()).isEmpty();
  }

  @Test
  void wrongKindOfValueNamesWhereItIsAndTheLine() {
    assertThatThrownBy(() -> read("{\n \"numberWords\": { \"ten\": \"10\" } }"))
        .isInstanceOf(PlanDiffException.class)
        .hasMessageContaining("test.json")
        .hasMessageContaining("numberWords.ten: expected a whole number, found a string")
        .hasMessageContaining("(line 2)");
    assertThatThrownBy(() -> read("{ \"modals\": \"must\" }"))
        .hasMessageContaining("modals: expected a list, found a string");
  }

  @Test
  void missingRequiredFieldIsNamed() {
    assertThatThrownBy(() -> read("{ \"modals\": [ { \"strength\": 3 } ] }"))
        .isInstanceOf(PlanDiffException.class)
        .hasMessageContaining("missing field \"phrase\" in modals[0]");
  }

  @Test
  void brokenOrTrailingJsonIsRejected() {
    assertThatThrownBy(() -> read("{ \"modals\": [ }"))
        .isInstanceOf(PlanDiffException.class)
        .hasMessageContaining("not a valid Lexicon file");
    assertThatThrownBy(() -> read("{ } { }"))
        .isInstanceOf(PlanDiffException.class)
        .hasMessageContaining("unexpected content after the Lexicon");
    assertThatThrownBy(() -> read("  "))
        .isInstanceOf(PlanDiffException.class)
        .hasMessageContaining("empty JSON");
  }
}
