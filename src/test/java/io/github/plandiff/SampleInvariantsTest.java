package io.github.plandiff;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.plandiff.model.Clause;
import io.github.plandiff.model.ClauseChange;
import io.github.plandiff.model.Comparison;
import io.github.plandiff.model.Draft;
import io.github.plandiff.model.Relation;
import io.github.plandiff.model.Segment;
import io.github.plandiff.render.JsonRenderer;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Invariants 1 (lossless), 2 (coverage), 3 (determinism) and 5 (identity) on every sample pair. */
class SampleInvariantsTest {

  static final List<String> SAMPLES =
      List.of("ukraine-28", "ukraine-counter", "ukraine-20", "minsk-1", "minsk-2");

  static Draft sample(String name) {
    try (InputStream in =
        SampleInvariantsTest.class.getResourceAsStream("/drafts/" + name + ".txt")) {
      assertThat(in).as("sample " + name).isNotNull();
      return PlanDiff.parse(in.readAllBytes(), name + ".txt", name);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  static Stream<Arguments> pairs() {
    List<Arguments> pairs = new ArrayList<>();
    for (String a : SAMPLES) {
      for (String b : SAMPLES) {
        pairs.add(Arguments.of(a, b));
      }
    }
    return pairs.stream();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("pairs")
  void redlinesRebuildBothSidesExactly(String a, String b) {
    Draft oldDraft = sample(a);
    Draft newDraft = sample(b);
    Comparison c = PlanDiff.compare(oldDraft, newDraft, CompareOptions.defaults());
    for (ClauseChange change : c.changes()) {
      assertThat(Segment.oldText(change.redline()))
          .isEqualTo(sideText(oldDraft, change.match().oldIds()));
      assertThat(Segment.newText(change.redline()))
          .isEqualTo(sideText(newDraft, change.match().newIds()));
    }
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("pairs")
  void everyClauseAppearsInExactlyOneChange(String a, String b) {
    Draft oldDraft = sample(a);
    Draft newDraft = sample(b);
    Comparison c = PlanDiff.compare(oldDraft, newDraft, CompareOptions.defaults());
    List<String> oldSeen = new ArrayList<>();
    List<String> newSeen = new ArrayList<>();
    for (ClauseChange change : c.changes()) {
      oldSeen.addAll(change.match().oldIds());
      newSeen.addAll(change.match().newIds());
    }
    assertThat(oldSeen).containsExactlyInAnyOrderElementsOf(topIds(oldDraft));
    assertThat(newSeen).containsExactlyInAnyOrderElementsOf(topIds(newDraft));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("pairs")
  void sameInputGivesSameBytes(String a, String b) {
    String first =
        new JsonRenderer()
            .render(PlanDiff.compare(sample(a), sample(b), CompareOptions.defaults()));
    String second =
        new JsonRenderer()
            .render(PlanDiff.compare(sample(a), sample(b), CompareOptions.defaults()));
    assertThat(second).isEqualTo(first);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ukraine-28", "ukraine-counter", "ukraine-20", "minsk-1", "minsk-2"})
  void draftComparedWithItselfIsAllUnchanged(String name) {
    Draft draft = sample(name);
    Comparison c = PlanDiff.compare(draft, sample(name), CompareOptions.defaults());
    assertThat(c.changes())
        .isNotEmpty()
        .allSatisfy(
            change -> {
              assertThat(change.relation()).isEqualTo(Relation.UNCHANGED);
              assertThat(change.match().moved()).isFalse();
              assertThat(change.match().renumbered()).isFalse();
              assertThat(change.signals()).isEmpty();
            });
  }

  private static List<String> topIds(Draft draft) {
    return draft.clauses().stream().map(Clause::id).toList();
  }

  private static String sideText(Draft draft, List<String> ids) {
    StringBuilder sb = new StringBuilder();
    for (String id : ids) {
      if (sb.length() > 0) {
        sb.append('\n');
      }
      sb.append(draft.find(id).orElseThrow().fullText());
    }
    return sb.toString();
  }
}
