package io.github.plandiff.align;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.plandiff.model.Alignment;
import io.github.plandiff.model.ClauseMatch;
import io.github.plandiff.model.Draft;
import io.github.plandiff.testing.AlignmentScore;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The aligner on the held-out renderings (never used to fit the confidence): paraphrases and
 * substantive revisions of the sample drafts. Floors just under the figures measured
 * (docs/alignment.md).
 */
class ParaphraseAlignmentTest {

  private static AlignmentScore score(Optional<SemanticModel> model) {
    Aligner aligner = new Aligner(AlignerSettings.DEFAULTS, model);
    AlignmentScore score = new AlignmentScore();
    for (String[] p : ConfidenceCalibration.HELD_OUT) {
      Draft o = ParaphraseData.source(p[0]);
      Draft n = ParaphraseData.rendering(p[1]);
      Alignment a = aligner.align(o, n);
      List<ClauseMatch> top = Aligner.topLevel(a, o, n);
      score.add(ParaphraseData.truth(p[1]), top);
      for (ClauseMatch m : top) {
        if (!m.oldIds().isEmpty() && !m.newIds().isEmpty()) {
          assertThat(m.confidence()).as("%s", m).isGreaterThanOrEqualTo(0.5);
        }
      }
    }
    return score;
  }

  @Test
  void meaningFindsMoreOfTheHeldOutRenderingsThanWordsAlone() {
    AlignmentScore words = score(Optional.empty());
    AlignmentScore meaning = score(SemanticModels.bundled());
    System.out.println("held-out renderings, words only: " + words);
    System.out.println("held-out renderings, with meaning: " + meaning);
    assertThat(meaning.correspondenceF1()).isGreaterThanOrEqualTo(0.88);
    assertThat(meaning.correspondenceF1()).isGreaterThan(words.correspondenceF1());
    assertThat(meaning.precision()).isGreaterThanOrEqualTo(0.93);
  }
}
