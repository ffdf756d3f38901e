package io.github.plandiff.align;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.plandiff.model.Alignment;
import io.github.plandiff.model.ClauseMatch;
import io.github.plandiff.model.Draft;
import io.github.plandiff.testing.AlignmentScore;
import io.github.plandiff.testing.DraftGenerator;
import io.github.plandiff.testing.DraftGenerator.Revision;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Measures the aligner on generated revisions with known truth, at three sizes over many seeds, and
 * holds floors under the figures (docs/alignment.md records them).
 */
class GeneratedAlignmentTest {

  static AlignmentScore[] measure(int points, int seeds, AlignerSettings settings) {
    AlignmentScore top = new AlignmentScore();
    AlignmentScore children = new AlignmentScore();
    for (int seed = 1; seed <= seeds; seed++) {
      DraftGenerator gen = new DraftGenerator(seed * 7919L + points);
      Revision r = gen.revise(gen.draft(points));
      Alignment a = new Aligner(settings).align(r.oldDraft(), r.newDraft());
      List<ClauseMatch> topLevel = Aligner.topLevel(a, r.oldDraft(), r.newDraft());
      top.add(r.truth(), topLevel);
      List<ClauseMatch> rest = new ArrayList<>(a.matches());
      rest.removeAll(topLevel);
      children.add(r.childTruth(), rest);
    }
    return new AlignmentScore[] {top, children};
  }

  @ParameterizedTest(name = "{0} points x {1} seeds")
  @CsvSource({"30, 60", "200, 15", "2000, 2"})
  void findsCorrespondencesRelationsRemovalsAdditionsAndMoves(int points, int seeds) {
    AlignmentScore[] s = measure(points, seeds, AlignerSettings.DEFAULTS);
    System.out.println("generated " + points + " x " + seeds + " top-level: " + s[0]);
    System.out.println("generated " + points + " x " + seeds + " sub-points: " + s[1]);
    assertThat(s[0].correspondenceF1()).isGreaterThanOrEqualTo(0.98);
    assertThat(s[0].relationAccuracy()).isGreaterThanOrEqualTo(0.93);
    assertThat(s[0].removedF1()).isGreaterThanOrEqualTo(0.90);
    assertThat(s[0].addedF1()).isGreaterThanOrEqualTo(0.90);
    assertThat(s[0].movedF1()).isGreaterThanOrEqualTo(0.85);
    assertThat(s[1].correspondenceF1()).isGreaterThanOrEqualTo(0.98);
    assertThat(s[1].relationAccuracy()).isGreaterThanOrEqualTo(0.97);
    assertThat(s[1].removedF1()).isGreaterThanOrEqualTo(0.95);
    assertThat(s[1].addedF1()).isGreaterThanOrEqualTo(0.95);
    assertThat(s[1].movedF1()).isGreaterThanOrEqualTo(0.85);
  }

  @Test
  void keepsItsAccuracyAlongAChainOfRevisions() {
    DraftGenerator gen = new DraftGenerator(2026);
    Draft draft = gen.draft(150);
    AlignmentScore score = new AlignmentScore();
    for (int round = 0; round < 5; round++) {
      Revision r = gen.revise(draft);
      Alignment a = new Aligner(AlignerSettings.DEFAULTS).align(r.oldDraft(), r.newDraft());
      score.add(r.truth(), Aligner.topLevel(a, r.oldDraft(), r.newDraft()));
      draft = r.newDraft();
    }
    System.out.println("generated chain of 5 revisions from 150 points: " + score);
    assertThat(score.correspondenceF1()).isGreaterThanOrEqualTo(0.98);
    assertThat(score.relationAccuracy()).isGreaterThanOrEqualTo(0.93);
  }
}
