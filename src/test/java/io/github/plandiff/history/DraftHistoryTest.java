package io.github.plandiff.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.plandiff.CompareOptions;
import io.github.plandiff.PlanDiff;
import io.github.plandiff.model.ClauseChange;
import io.github.plandiff.model.ClauseMatch;
import io.github.plandiff.model.Comparison;
import io.github.plandiff.model.Draft;
import io.github.plandiff.model.History;
import io.github.plandiff.model.Lineage;
import io.github.plandiff.model.LineageStatus;
import io.github.plandiff.model.LineageStep;
import io.github.plandiff.model.Op;
import io.github.plandiff.model.Relation;
import io.github.plandiff.model.Segment;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class DraftHistoryTest {

  private static final String TROOPS = "Ukraine's armed forces will not exceed 600,000 personnel.";
  private static final String ELECTIONS = "Ukraine is to hold elections within 100 days.";
  private static final String AMNESTY =
      "Everyone who took part in the conflict will be granted a full amnesty for acts of war.";
  private static final String NUCLEAR =
      "The Zaporizhzhia nuclear power plant is to be run jointly under IAEA supervision.";

  static Draft draft(String label, String... clauses) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < clauses.length; i++) {
      sb.append(i + 1).append(". ").append(clauses[i]).append("\n\n");
    }
    return PlanDiff.parse(sb.toString().getBytes(StandardCharsets.UTF_8), label + ".txt", label);
  }

  static ClauseChange change(Relation relation, List<String> olds, List<String> news) {
    return change(relation, olds, news, 0.8);
  }

  static ClauseChange change(
      Relation relation, List<String> olds, List<String> news, double similarity) {
    ClauseMatch match = new ClauseMatch(relation, olds, news, similarity, 0.5, false, false);
    return new ClauseChange(
        match, Optional.empty(), List.of(), List.of(), List.of(new Segment(Op.EQUAL, "text")));
  }

  @Test
  void linksAClauseRemovedAndBackLaterToItsEarlierSelf() {
    History history =
        PlanDiff.history(
            List.of(
                draft("a", TROOPS, AMNESTY, ELECTIONS),
                draft("b", TROOPS, ELECTIONS),
                draft("c", TROOPS, ELECTIONS, AMNESTY.replace("a full", "an"))));

    Lineage amnesty = history.lineageOf(0, "2").orElseThrow();

    assertThat(amnesty.steps())
        .extracting(LineageStep::status)
        .containsExactly(LineageStatus.INTRODUCED, LineageStatus.REMOVED, LineageStatus.RESTORED);
    LineageStep restored = amnesty.last();
    assertThat(restored.draft()).isEqualTo(2);
    assertThat(restored.ids()).containsExactly("3");
    assertThat(restored.fromDraft()).isZero();
    ClauseMatch match = restored.change().orElseThrow().match();
    assertThat(match.relation()).isEqualTo(Relation.REWORDED);
    assertThat(match.oldIds()).containsExactly("2");
    assertThat(match.renumbered()).isTrue();
    assertThat(Segment.oldText(restored.change().orElseThrow().redline())).isEqualTo(AMNESTY);
    assertThat(history.lineages()).hasSize(3);
  }

  @Test
  void keepsAGenuinelyNewClauseNewWhenOthersWereRemoved() {
    History history =
        PlanDiff.history(
            List.of(
                draft("a", TROOPS, AMNESTY, ELECTIONS),
                draft("b", TROOPS, ELECTIONS),
                draft("c", TROOPS, ELECTIONS, NUCLEAR)));

    Lineage nuclear = history.lineageOf(2, "3").orElseThrow();

    assertThat(nuclear.steps())
        .singleElement()
        .extracting(LineageStep::status)
        .isEqualTo(LineageStatus.INTRODUCED);
    assertThat(nuclear.first().change().orElseThrow().relation()).isEqualTo(Relation.ADDED);
    assertThat(history.lineageOf(0, "2").orElseThrow().last().status())
        .isEqualTo(LineageStatus.REMOVED);
  }

  @Test
  void sharesTheMergeStepAndContinuesInTheFirstMergedClause() {
    Draft a = draft("a", TROOPS, AMNESTY, ELECTIONS);
    Draft b = draft("b", TROOPS + " " + AMNESTY, ELECTIONS);
    DraftComparer merging =
        (older, newer) ->
            new Comparison(
                older,
                newer,
                List.of(
                    change(Relation.MERGED, List.of("1", "2"), List.of("1")),
                    change(Relation.UNCHANGED, List.of("3"), List.of("2"))),
                List.of());

    History history = new DraftHistory(merging).follow(List.of(a, b));

    Lineage troops = history.lineages().get(0);
    Lineage amnesty = history.lineages().get(1);
    assertThat(troops.stepIn(1).orElseThrow().status()).isEqualTo(LineageStatus.MERGED);
    assertThat(amnesty.last()).isEqualTo(troops.last());
    assertThat(amnesty.mergedInto()).isEqualTo(OptionalInt.of(0));
    assertThat(troops.mergedInto()).isEmpty();
    assertThat(history.lineageOf(1, "1")).contains(troops);
    assertThat(history.lineageOf(0, "2")).contains(amnesty);
  }

  @Test
  void startsALineageForEachFurtherPartOfASplit() {
    Draft a = draft("a", TROOPS + " " + ELECTIONS);
    Draft b = draft("b", TROOPS, ELECTIONS);
    DraftComparer splitting =
        (older, newer) ->
            new Comparison(
                older,
                newer,
                List.of(change(Relation.SPLIT, List.of("1"), List.of("1", "2"))),
                List.of());

    History history = new DraftHistory(splitting).follow(List.of(a, b));

    assertThat(history.lineages()).hasSize(2);
    Lineage whole = history.lineages().get(0);
    Lineage part = history.lineages().get(1);
    assertThat(whole.last().ids()).containsExactly("1");
    assertThat(whole.last().status()).isEqualTo(LineageStatus.SPLIT);
    assertThat(part.steps())
        .singleElement()
        .satisfies(
            step -> {
              assertThat(step.ids()).containsExactly("2");
              assertThat(step.status()).isEqualTo(LineageStatus.SPLIT);
              assertThat(step.fromDraft()).isZero();
            });
    assertThat(part.splitFrom()).isEqualTo(OptionalInt.of(0));
  }

  @Test
  void treatsClausesAComparerLeavesOutAsRemovedAndIntroduced() {
    Draft a = draft("a", TROOPS);
    Draft b = draft("b", ELECTIONS);
    DraftComparer silent = (older, newer) -> new Comparison(older, newer, List.of(), List.of());

    History history = new DraftHistory(silent).follow(List.of(a, b));

    assertThat(history.lineages()).hasSize(2);
    assertThat(history.lineages().get(0).last().status()).isEqualTo(LineageStatus.REMOVED);
    assertThat(history.lineages().get(0).last().change()).isEmpty();
    assertThat(history.lineages().get(1).first().status()).isEqualTo(LineageStatus.INTRODUCED);
  }

  @Test
  void restoresClausesAfterADraftWithNoClausesAtAll() {
    Draft empty =
        PlanDiff.parse(
            "A statement with no numbered points.\n".getBytes(StandardCharsets.UTF_8),
            "b.txt",
            "b");
    History history =
        PlanDiff.history(
            List.of(draft("a", TROOPS, ELECTIONS), empty, draft("c", ELECTIONS, TROOPS)));

    assertThat(history.lineages()).hasSize(2);
    assertThat(history.lineages())
        .allSatisfy(
            lineage ->
                assertThat(lineage.steps())
                    .extracting(LineageStep::status)
                    .containsExactly(
                        LineageStatus.INTRODUCED, LineageStatus.REMOVED, LineageStatus.RESTORED));
    assertThat(history.lineageOf(2, "2")).contains(history.lineages().get(0));
  }

  @Test
  void restoresEachOfTwoIdenticalClausesOnce() {
    History history =
        PlanDiff.history(
            List.of(
                draft("a", AMNESTY, AMNESTY, ELECTIONS),
                draft("b", ELECTIONS),
                draft("c", AMNESTY, ELECTIONS, AMNESTY)));

    assertThat(history.lineages()).hasSize(3);
    assertThat(history.lineageOf(2, "1")).isNotEqualTo(history.lineageOf(2, "3"));
    assertThat(history.lineageOf(2, "1").orElseThrow().last().status())
        .isEqualTo(LineageStatus.RESTORED);
    assertThat(history.lineageOf(2, "3").orElseThrow().last().status())
        .isEqualTo(LineageStatus.RESTORED);
  }

  /**
   * Pairs the first removed and the first added clause at a low similarity, as a gap filler would.
   */
  static Comparison pairingLeftovers(Draft older, Draft newer) {
    Comparison real = PlanDiff.compare(older, newer, CompareOptions.defaults());
    Optional<ClauseChange> removed =
        real.changes().stream().filter(c -> c.relation() == Relation.REMOVED).findFirst();
    Optional<ClauseChange> added =
        real.changes().stream().filter(c -> c.relation() == Relation.ADDED).findFirst();
    if (removed.isEmpty() || added.isEmpty()) {
      return real;
    }
    List<ClauseChange> changes = new ArrayList<>(real.changes());
    changes.remove(removed.get());
    changes.set(
        changes.indexOf(added.get()),
        change(
            Relation.REWORDED, removed.get().match().oldIds(), added.get().match().newIds(), 0.05));
    return new Comparison(older, newer, changes, List.of());
  }

  @Test
  void restoresNoClauseBelowTheRestoreSimilarityEvenWhenTheComparerPairsIt() {
    History history =
        new DraftHistory(DraftHistoryTest::pairingLeftovers)
            .follow(
                List.of(
                    draft("a", TROOPS, AMNESTY), draft("b", TROOPS), draft("c", TROOPS, NUCLEAR)));

    assertThat(history.lineageOf(2, "2").orElseThrow().steps())
        .singleElement()
        .extracting(LineageStep::status)
        .isEqualTo(LineageStatus.INTRODUCED);
    assertThat(history.lineageOf(0, "2").orElseThrow().last().status())
        .isEqualTo(LineageStatus.REMOVED);
  }

  @Test
  void rejectsARestoreSimilarityOutsideTheUnitInterval() {
    assertThatThrownBy(() -> new DraftHistory((a, b) -> null, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("restoreSimilarity 0.0");
  }

  @Test
  void introducesEveryClauseOfASingleDraft() {
    History history = PlanDiff.history(List.of(draft("a", TROOPS, ELECTIONS)));

    assertThat(history.lineages())
        .extracting(l -> l.first().status())
        .containsExactly(LineageStatus.INTRODUCED, LineageStatus.INTRODUCED);
    assertThat(history.lineages().get(0).first().change()).isEmpty();
    assertThat(history.lineages().get(0).first().fromDraft()).isEqualTo(-1);
  }

  @Test
  void rejectsAnEmptyChainOfDrafts() {
    assertThatThrownBy(() -> PlanDiff.history(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one draft");
  }

  @Test
  void givesTheSameHistoryTwice() {
    List<Draft> drafts =
        List.of(draft("a", TROOPS, AMNESTY), draft("b", TROOPS), draft("c", AMNESTY, TROOPS));

    assertThat(PlanDiff.history(drafts)).isEqualTo(PlanDiff.history(drafts));
  }
}
