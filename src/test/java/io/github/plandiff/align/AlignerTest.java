package io.github.plandiff.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.plandiff.align.AlignerSettings.Candidates;
import io.github.plandiff.model.Alignment;
import io.github.plandiff.model.Clause;
import io.github.plandiff.model.ClauseMatch;
import io.github.plandiff.model.Draft;
import io.github.plandiff.model.Relation;
import io.github.plandiff.model.Span;
import io.github.plandiff.testing.DraftGenerator;
import io.github.plandiff.testing.DraftGenerator.Revision;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Contract, invariants and single cases of the aligner. */
class AlignerTest {

  private static final Aligner ALIGNER = new Aligner(AlignerSettings.DEFAULTS);

  static Stream<Long> seeds() {
    return IntStream.rangeClosed(1, 12).mapToObj(i -> (long) i);
  }

  static Clause clause(String id, String text, Clause... children) {
    return new Clause(id, id + ".", Optional.empty(), text, List.of(children), Span.NONE);
  }

  static Draft draft(Clause... clauses) {
    return new Draft("d", "d.txt", "txt", "", List.of(clauses), "", "", List.of());
  }

  private static List<String> rows(Alignment a) {
    return a.matches().stream()
        .map(
            m ->
                m.relation()
                    + " "
                    + String.join(",", m.oldIds())
                    + ">"
                    + String.join(",", m.newIds())
                    + (m.moved() ? " moved" : ""))
        .toList();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void indexedCandidatesGiveTheSameAlignmentAsExhaustiveComparison(long seed) {
    DraftGenerator gen = new DraftGenerator(seed);
    Revision r = gen.revise(gen.draft(seed % 2 == 0 ? 30 : 200));
    Alignment indexed = ALIGNER.align(r.oldDraft(), r.newDraft());
    Alignment exhaustive =
        new Aligner(AlignerSettings.DEFAULTS.withCandidates(Candidates.EXHAUSTIVE))
            .align(r.oldDraft(), r.newDraft());
    // The groups, similarities and margins are the same. Confidences and the candidates of
    // unmatched clauses read every candidate pair, and the index keeps fewer of them: those may
    // differ in the last digits and in the weakest candidates.
    assertThat(withoutCandidates(indexed)).isEqualTo(withoutCandidates(exhaustive));
  }

  private static List<ClauseMatch> withoutCandidates(Alignment a) {
    return a.matches().stream().map(m -> m.withConfidence(1, List.of())).toList();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void everyClauseOfEachLevelIsInExactlyOneMatchOfThatLevel(long seed) {
    DraftGenerator gen = new DraftGenerator(seed);
    Revision r = gen.revise(gen.draft(40));
    Alignment a = ALIGNER.align(r.oldDraft(), r.newDraft());
    List<ClauseMatch> top = Aligner.topLevel(a, r.oldDraft(), r.newDraft());
    assertThat(ids(top, true)).containsExactlyInAnyOrderElementsOf(topIds(r.oldDraft()));
    assertThat(ids(top, false)).containsExactlyInAnyOrderElementsOf(topIds(r.newDraft()));
    List<ClauseMatch> rest = new ArrayList<>(a.matches());
    rest.removeAll(top);
    assertThat(ids(rest, true)).containsExactlyInAnyOrderElementsOf(childIds(r.oldDraft()));
    assertThat(ids(rest, false)).containsExactlyInAnyOrderElementsOf(childIds(r.newDraft()));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void topLevelMatchesFollowTheNewOrderWithRemovedAfterTheirPredecessor(long seed) {
    DraftGenerator gen = new DraftGenerator(seed);
    Revision r = gen.revise(gen.draft(60));
    List<ClauseMatch> top =
        Aligner.topLevel(ALIGNER.align(r.oldDraft(), r.newDraft()), r.oldDraft(), r.newDraft());
    List<String> oldOrder = topIds(r.oldDraft());
    List<String> newOrder = topIds(r.newDraft());
    int lastNew = -1;
    List<String> seenOld = new ArrayList<>();
    for (ClauseMatch m : top) {
      if (m.newIds().isEmpty()) {
        int at = oldOrder.indexOf(m.oldIds().get(0));
        String pred = null;
        for (int k = at - 1; k >= 0 && pred == null; k--) {
          if (!isRemoved(top, oldOrder.get(k))) {
            pred = oldOrder.get(k);
          }
        }
        assertThat(pred == null || seenOld.contains(pred)).as(m.toString()).isTrue();
      } else {
        int pos = newOrder.indexOf(m.newIds().get(0));
        assertThat(pos).isGreaterThan(lastNew);
        lastNew = pos;
      }
      seenOld.addAll(m.oldIds());
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void sameDraftsGiveTheSameAlignment(long seed) {
    Revision r = new DraftGenerator(seed).revise(new DraftGenerator(seed).draft(50));
    assertThat(ALIGNER.align(r.oldDraft(), r.newDraft()))
        .isEqualTo(ALIGNER.align(r.oldDraft(), r.newDraft()));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void swappingTheDraftsMirrorsTheRelations(long seed) {
    Revision r = new DraftGenerator(seed).revise(new DraftGenerator(seed).draft(40));
    List<String> forward = new ArrayList<>();
    for (ClauseMatch m :
        Aligner.topLevel(ALIGNER.align(r.oldDraft(), r.newDraft()), r.oldDraft(), r.newDraft())) {
      forward.add(m.relation().mirror() + " " + m.newIds() + " " + m.oldIds());
    }
    List<String> backward = new ArrayList<>();
    for (ClauseMatch m :
        Aligner.topLevel(ALIGNER.align(r.newDraft(), r.oldDraft()), r.newDraft(), r.oldDraft())) {
      backward.add(m.relation() + " " + m.oldIds() + " " + m.newIds());
    }
    assertThat(backward).containsExactlyInAnyOrderElementsOf(forward);
  }

  @Test
  void partThatFitsTwoClausesJoinsTheOneWhereItStillExplainsSomethingInEitherDirection() {
    Draft old =
        draft(
            clause("1", "from States held 800,000 parties sanctions Russia armed"),
            clause("2", "from States all-for-all shall"),
            clause("3", "9 610"));
    Draft neu =
        draft(
            clause("1", "from States"),
            clause("2", "billion held 800,000 parties sanctions Russia armed"),
            clause(
                "3",
                "3.5 the 800,000 Ukraine prisoners from States all-for-all shall personnel to"
                    + " amnesty 800,000 9 610 3.5 personnel."));
    List<String> forward = sorted(rows(ALIGNER.align(old, neu)));
    assertThat(forward).contains("MERGED 2,3>3");
    assertThat(sorted(rows(ALIGNER.align(neu, old)))).containsExactlyElementsOf(mirror(forward));
  }

  @Test
  void splitPartThatTheAssignmentGaveToAWeakerClauseIsTakenBackInEitherDirection() {
    Draft old =
        draft(
            clause("1", "Release all hostages and detained persons without delay."),
            clause(
                "2",
                "Decentralise power by enacting the law on self-government in certain districts."),
            clause(
                "3",
                "Hold early local elections under the law on self-government in certain districts."),
            clause("4", "Remove illegal armed groups and mercenaries from the territory."));
    Draft neu =
        draft(
            clause("1", "Release all hostages and detained persons on an all for all basis."),
            clause(
                "2",
                "Open a dialogue on holding local elections under the law on self-government in"
                    + " certain districts and on governing them."),
            clause("3", "Remove foreign armed formations and mercenaries from the territory."),
            clause(
                "4",
                "Early local elections in certain districts will be held under the law on"
                    + " self-government and monitored by observers."));
    List<String> forward = sorted(rows(ALIGNER.align(old, neu)));
    assertThat(forward).contains("SPLIT 3>2,4", "REMOVED 2>");
    assertThat(sorted(rows(ALIGNER.align(neu, old)))).containsExactlyElementsOf(mirror(forward));
  }

  @Test
  void equallyLongOrderChainsAreChosenAlikeInBothDirections() {
    Draft old =
        draft(
            clause("1", "days"),
            clause("2", "guarantees"),
            clause("3", "guarantees"),
            clause("4", "an"),
            clause("5", "NATO"));
    Draft neu =
        draft(
            clause("1", "days"),
            clause("2", "an"),
            clause("3", "territory guarantees and elections should from is withdraw."),
            clause("4", "guarantees NATO"));
    List<String> forward = sorted(rows(ALIGNER.align(old, neu)));
    assertThat(sorted(rows(ALIGNER.align(neu, old)))).containsExactlyElementsOf(mirror(forward));
  }

  @Test
  void draftAlignedWithItselfIsAllUnchangedInPlace() {
    Draft d = new DraftGenerator(3).draft(50);
    assertThat(ALIGNER.align(d, d).matches())
        .allSatisfy(
            m -> {
              assertThat(m.relation()).isEqualTo(Relation.UNCHANGED);
              assertThat(m.moved()).isFalse();
              assertThat(m.renumbered()).isFalse();
              assertThat(m.similarity()).isEqualTo(1.0);
            });
  }

  @Test
  void clauseThatOnlyShiftsBecauseAnotherWasRemovedIsRenumberedNotMoved() {
    Draft old =
        draft(
            clause("1", "Alpha bravo charlie delta echo."),
            clause("2", "Foxtrot golf hotel india juliet."),
            clause("3", "Kilo lima mike november oscar."));
    Draft neu =
        draft(
            clause("1", "Alpha bravo charlie delta echo."),
            clause("2", "Kilo lima mike november oscar papa."));
    assertThat(rows(ALIGNER.align(old, neu)))
        .containsExactly("UNCHANGED 1>1", "REMOVED 2>", "REWORDED 3>2");
    ClauseMatch last = ALIGNER.align(old, neu).matches().get(2);
    assertThat(last.renumbered()).isTrue();
    assertThat(last.moved()).isFalse();
  }

  @Test
  void characterGramsOfAWordShareItsStemAndKeepNumbersWhole() {
    assertThat(Vocabulary.grams("Rebuilt 600,000"))
        .containsExactly(" reb", "rebu", "ebui", "buil", "uilt", "ilt ", "600,000");
    assertThat(Vocabulary.grams("rebuilding")).contains(" reb", "rebu", "ebui", "buil");
    assertThat(Vocabulary.grams("at")).containsExactly("at");
  }

  @Test
  void clauseTakenOutOfOrderIsMoved() {
    Draft old =
        draft(
            clause("1", "Alpha bravo charlie delta."),
            clause("2", "Echo foxtrot golf hotel."),
            clause("3", "India juliet kilo lima."),
            clause("4", "Mike november oscar papa."));
    Draft neu =
        draft(
            clause("1", "Echo foxtrot golf hotel."),
            clause("2", "India juliet kilo lima."),
            clause("3", "Mike november oscar papa."),
            clause("4", "Alpha bravo charlie delta."));
    assertThat(rows(ALIGNER.align(old, neu)))
        .containsExactly("UNCHANGED 2>1", "UNCHANGED 3>2", "UNCHANGED 4>3", "UNCHANGED 1>4 moved");
  }

  @Test
  void twoDistantClausesJoinedIntoOneAreMerged() {
    Draft old =
        draft(
            clause("1", "Quartz granite basalt obsidian marble pumice shale."),
            clause("2", "Willow birch alder hazel rowan linden."),
            clause("3", "Heron egret stork ibis crane pelican."));
    Draft neu =
        draft(
            clause(
                "1",
                "Quartz granite basalt obsidian marble pumice shale; and "
                    + "heron egret stork ibis crane pelican."),
            clause("2", "Willow birch alder hazel rowan linden."));
    assertThat(rows(ALIGNER.align(old, neu))).containsExactly("MERGED 1,3>1", "UNCHANGED 2>2");
  }

  @Test
  void clauseCutIntoThreePartsIsSplit() {
    Draft old =
        draft(
            clause(
                "1",
                "Quartz granite basalt obsidian marble. Willow birch alder hazel "
                    + "rowan. Heron egret stork ibis crane."),
            clause("2", "Copper zinc tin lead nickel."));
    Draft neu =
        draft(
            clause("1", "Quartz granite basalt obsidian marble."),
            clause("2", "Copper zinc tin lead nickel."),
            clause("3", "Willow birch alder hazel rowan."),
            clause("4", "Heron egret stork ibis crane."));
    assertThat(rows(ALIGNER.align(old, neu))).containsExactly("SPLIT 1>1,3,4", "UNCHANGED 2>2");
  }

  @Test
  void subPointMovedToAnotherPointIsFoundAndFlagged() {
    Draft old =
        draft(
            clause(
                "1",
                "Territory lines frozen.",
                clause("1.a", "Crimea recognised de facto."),
                clause("1.b", "Kherson and Zaporizhzhia frozen along the line.")),
            clause(
                "2", "Security guarantees given.", clause("2.a", "Article five model applies.")));
    Draft neu =
        draft(
            clause("1", "Territory lines frozen.", clause("1.a", "Crimea recognised de facto.")),
            clause(
                "2",
                "Security guarantees given.",
                clause("2.a", "Article five model applies."),
                clause("2.b", "Kherson and Zaporizhzhia frozen along the line.")));
    assertThat(rows(ALIGNER.align(old, neu)))
        .containsExactly(
            "REWORDED 1>1",
            "UNCHANGED 1.a>1.a",
            "REWORDED 2>2",
            "UNCHANGED 2.a>2.a",
            "UNCHANGED 1.b>2.b moved");
  }

  @Test
  void confidenceCarriesSimilarityAndMarginToTheNextCandidate() {
    Draft old =
        draft(
            clause("1", "The troops will withdraw within 30 days of signature."),
            clause("2", "Sanctions will be lifted in stages."));
    Draft neu =
        draft(
            clause("1", "The troops will withdraw within 60 days of signature."),
            clause("2", "Sanctions will be lifted in stages."));
    ClauseMatch first = ALIGNER.align(old, neu).matches().get(0);
    assertThat(first.relation()).isEqualTo(Relation.REWORDED);
    assertThat(first.similarity()).isBetween(0.5, 0.99);
    assertThat(first.margin()).isPositive().isLessThanOrEqualTo(first.similarity());
  }

  @Test
  void draftWithoutClausesGivesOnlyAdditionsOrRemovals() {
    Draft empty = draft();
    Draft some =
        draft(
            clause("1", "Alpha bravo.", clause("1.a", "Charlie delta.")),
            clause("2", "Echo foxtrot."));
    assertThat(ALIGNER.align(empty, empty).matches()).isEmpty();
    assertThat(rows(ALIGNER.align(empty, some)))
        .containsExactly("ADDED >1", "ADDED >1.a", "ADDED >2");
    assertThat(rows(ALIGNER.align(some, empty)))
        .containsExactly("REMOVED 1>", "REMOVED 1.a>", "REMOVED 2>");
  }

  @Test
  void topLevelModeLeavesSubClausesOut() {
    Draft d = new DraftGenerator(8).draft(30);
    Aligner top =
        new Aligner(AlignerSettings.DEFAULTS.withHierarchy(AlignerSettings.Hierarchy.TOP_LEVEL));
    assertThat(top.align(d, d).matches()).hasSize(30);
  }

  @Test
  void rejectsThresholdsOutsideTheirRange() {
    assertThatThrownBy(() -> AlignerSettings.DEFAULTS.withMatchThreshold(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("matchThreshold 0.0");
    assertThatThrownBy(() -> AlignerSettings.DEFAULTS.withPartGain(1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("partGain 1.5");
  }

  private static List<String> sorted(List<String> rows) {
    return rows.stream().map(r -> r.replace(" moved", "")).sorted().toList();
  }

  /** The rows as the other direction would give them: sides swapped, relations mirrored. */
  private static List<String> mirror(List<String> rows) {
    List<String> out = new ArrayList<>();
    for (String row : rows) {
      String[] parts = row.split(" ", 2);
      String[] sides = parts[1].split(">", -1);
      out.add(Relation.valueOf(parts[0]).mirror() + " " + sides[1] + ">" + sides[0]);
    }
    return out.stream().sorted().toList();
  }

  private static boolean isRemoved(List<ClauseMatch> top, String oldId) {
    return top.stream().anyMatch(m -> m.newIds().isEmpty() && m.oldIds().contains(oldId));
  }

  private static List<String> ids(List<ClauseMatch> matches, boolean old) {
    List<String> out = new ArrayList<>();
    for (ClauseMatch m : matches) {
      out.addAll(old ? m.oldIds() : m.newIds());
    }
    return out;
  }

  private static List<String> topIds(Draft d) {
    return d.clauses().stream().map(Clause::id).toList();
  }

  private static List<String> childIds(Draft d) {
    List<String> out = new ArrayList<>();
    for (Clause c : d.clauses()) {
      for (Clause k : c.children()) {
        k.forEach(x -> out.add(x.id()));
      }
    }
    return out;
  }
}
