package io.github.plandiff;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.plandiff.model.ClauseChange;
import io.github.plandiff.model.Comparison;
import io.github.plandiff.model.Draft;
import io.github.plandiff.model.HeadingChange;
import io.github.plandiff.model.Relation;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fixtures under {@code drafts/structure}: a point run into a sentence, numbered sections with
 * points numbered on, named sections, and an annex with its own numbering, each in text, Markdown,
 * HTML and Word, and each compared with an edited copy of itself.
 */
class StructureFixturesTest {

  static final List<String> FORMATS = List.of("txt", "md", "html", "docx");

  /** What each case's draft holds, and what the edit changed: clause and heading changes. */
  private record Case(
      String name,
      List<String> ids,
      List<String> sections,
      List<String> annexes,
      List<String> changes,
      List<String> headings) {}

  private static final List<Case> CASES =
      List.of(
          new Case(
              "run-in",
              List.of("1", "2", "3", "4"),
              List.of(),
              List.of(),
              List.of("REWORDED 3>3"),
              List.of()),
          new Case(
              "sections-numbered",
              List.of("1", "2", "3", "4"),
              List.of("I [I.] SECURITY [1, 2]", "II [II.] ECONOMY [3, 4]"),
              List.of(),
              List.of("REWORDED 2>2"),
              List.of("SECTION REWORDED [II]>[II]")),
          new Case(
              "sections-named",
              List.of("1", "2", "3", "4"),
              List.of("s1 [] Security [1, 2]", "s2 [] Economy [3, 4]"),
              List.of(),
              List.of("ADDED >5"),
              List.of("SECTION ADDED []>[s3]")),
          new Case(
              "annex",
              List.of("1", "2", "Annex I/1", "Annex I/2"),
              List.of(),
              List.of("Annex I [Annex I. Exchange procedure] [Annex I/1, Annex I/2]"),
              List.of("REWORDED Annex I/2>Annex I/2"),
              List.of("ANNEX REWORDED [Annex I]>[Annex I]")));

  static Stream<Arguments> fixtures() {
    List<Arguments> all = new ArrayList<>();
    for (Case c : CASES) {
      for (String format : FORMATS) {
        all.add(Arguments.of(c.name(), format));
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0}.{1}")
  @MethodSource("fixtures")
  void parsesTheStructureOfEachFixtureInEachFormat(String name, String format) {
    Case c = find(name);
    Draft draft = PlanDiff.parse(file(name, "draft", format));

    assertThat(draft.clauses()).extracting(cl -> cl.id()).isEqualTo(c.ids());
    assertThat(draft.sections())
        .extracting(s -> s.id() + " [" + s.label() + "] " + s.title() + " " + s.clauses())
        .isEqualTo(c.sections());
    assertThat(draft.annexes())
        .extracting(a -> a.id() + " [" + a.title() + "] " + a.clauses())
        .isEqualTo(c.annexes());
    assertThat(draft.warnings())
        .allMatch(w -> w.message().startsWith("two points run together"), "no other warning");
  }

  @ParameterizedTest(name = "{0}.{1}")
  @MethodSource("fixtures")
  void comparesEachFixtureWithItsEditedCopy(String name, String format) {
    Case c = find(name);
    Draft draft = PlanDiff.parse(file(name, "draft", format));
    Draft edited = PlanDiff.parse(file(name, "edited", format));
    Comparison comparison = PlanDiff.compare(draft, edited, CompareOptions.defaults());

    List<String> changed = new ArrayList<>();
    for (ClauseChange ch : comparison.changes()) {
      if (ch.relation() != Relation.UNCHANGED) {
        changed.add(
            ch.relation()
                + " "
                + String.join(",", ch.match().oldIds())
                + ">"
                + String.join(",", ch.match().newIds()));
      }
    }
    List<String> headings = new ArrayList<>();
    for (HeadingChange h : comparison.headings()) {
      if (h.relation() != Relation.UNCHANGED) {
        headings.add(h.kind() + " " + h.relation() + " " + h.oldIds() + ">" + h.newIds());
      }
    }
    assertThat(changed).isEqualTo(c.changes());
    assertThat(headings).isEqualTo(c.headings());
  }

  @ParameterizedTest(name = "{0}.{1}")
  @MethodSource("fixtures")
  void findsNothingChangedBetweenAFixtureAndItself(String name, String format) {
    Draft draft = PlanDiff.parse(file(name, "draft", format));
    Comparison comparison = PlanDiff.compare(draft, draft, CompareOptions.defaults());

    assertThat(comparison.changes()).allMatch(ch -> ch.relation() == Relation.UNCHANGED);
    assertThat(comparison.headings()).allMatch(h -> h.relation() == Relation.UNCHANGED);
    assertThat(comparison.headings()).extracting(h -> h.kind().name()).contains("PREAMBLE");
    int structure = draft.sections().size() + draft.annexes().size();
    assertThat(comparison.headings()).hasSize(1 + structure);
  }

  static Path file(String name, String side, String format) {
    try {
      return Path.of(
          StructureFixturesTest.class
              .getResource("/drafts/structure/" + name + "/" + side + "." + format)
              .toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Case find(String name) {
    return CASES.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
  }
}
