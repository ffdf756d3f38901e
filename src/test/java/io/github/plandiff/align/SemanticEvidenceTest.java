package io.github.plandiff.align;

import static io.github.plandiff.align.AlignerTest.clause;
import static io.github.plandiff.align.AlignerTest.draft;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.plandiff.model.Alignment;
import io.github.plandiff.model.ClauseMatch;
import io.github.plandiff.model.Draft;
import io.github.plandiff.model.Relation;
import io.github.plandiff.model.Warning;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The semantic evidence, the confidence and the abstention of the aligner, with stand-in models.
 */
class SemanticEvidenceTest {

  /** Texts that the stand-in model reads as the same meaning share a "topic" (the map's value). */
  private static SemanticModel topics(Map<String, Integer> topicOfFirstWord) {
    return new SemanticModel() {
      @Override
      public String name() {
        return "topics";
      }

      @Override
      public List<float[]> embed(List<String> texts) {
        List<float[]> out = new ArrayList<>();
        for (String t : texts) {
          float[] v = new float[8];
          String first = t.split(" ")[0];
          v[topicOfFirstWord.getOrDefault(first, 7)] = 1;
          out.add(v);
        }
        return out;
      }
    };
  }

  private static final Draft OLD =
      draft(
          clause("1", "ceasefire along the line of contact from midnight on the first day"),
          clause("2", "prisoners of war are released by both sides within thirty days"),
          clause("3", "elections are held under international observation next spring"),
          clause("4", "the border is monitored by an international mission"));

  private static final Draft NEW =
      draft(
          clause("1", "ceasefire along the line of contact from midnight on the first day"),
          clause("2", "detainees walk free, every one of them, before a month is out"),
          clause("3", "elections are held under international observation next spring"),
          clause("4", "the border is monitored by an international mission"));

  @Test
  void pairsAClauseRewrittenInOtherWordsWhenTheModelSeesTheSameMeaning() {
    SemanticModel model = topics(Map.of("prisoners", 1, "detainees", 1));
    Aligner aligner = new Aligner(AlignerSettings.DEFAULTS, Optional.of(model));
    ClauseMatch m = match(aligner.align(OLD, NEW), "2");
    assertThat(m.relation()).isEqualTo(Relation.REWORDED);
    assertThat(m.newIds()).containsExactly("2");
    assertThat(m.confidence()).isGreaterThanOrEqualTo(0.5);
  }

  @Test
  void withoutEvidenceOfMeaningTheSameRewriteStaysUnmatchedWithItsCandidate() {
    SemanticModel model = topics(Map.of("prisoners", 1, "detainees", 2));
    Aligner aligner = new Aligner(AlignerSettings.DEFAULTS, Optional.of(model));
    Alignment a = aligner.align(OLD, NEW);
    ClauseMatch removed = match(a, "2");
    assertThat(removed.relation()).isEqualTo(Relation.REMOVED);
    assertThat(removed.confidence()).isBetween(0.0, 1.0);
    for (ClauseMatch m : a.matches()) {
      boolean matched = !m.oldIds().isEmpty() && !m.newIds().isEmpty();
      if (matched) {
        assertThat(m.confidence()).isGreaterThanOrEqualTo(0.5);
        assertThat(m.candidates()).isEmpty();
      }
    }
  }

  @Test
  void everyMatchCarriesAConfidenceAndNoMatchIsBelowTheThreshold() {
    for (long seed = 1; seed <= 6; seed++) {
      var gen = new io.github.plandiff.testing.DraftGenerator(seed * 31);
      var r = gen.revise(gen.draft(40));
      Alignment a =
          new Aligner(AlignerSettings.DEFAULTS, Optional.empty()).align(r.oldDraft(), r.newDraft());
      for (ClauseMatch m : a.matches()) {
        assertThat(m.confidence()).isBetween(0.0, 1.0);
        if (!m.oldIds().isEmpty() && !m.newIds().isEmpty()) {
          assertThat(m.confidence()).as("%s", m).isGreaterThanOrEqualTo(0.5);
        }
        if (!m.candidates().isEmpty()) {
          assertThat(m.oldIds().isEmpty() || m.newIds().isEmpty()).isTrue();
          assertThat(m.confidence())
              .isCloseTo(
                  1 - m.candidates().get(0).confidence(),
                  org.assertj.core.data.Offset.offset(1e-9));
        }
      }
    }
  }

  @Test
  void aModelThatFailsLeavesTheWordsAloneAndSaysSo() {
    SemanticModel broken =
        new SemanticModel() {
          @Override
          public String name() {
            return "broken";
          }

          @Override
          public List<float[]> embed(List<String> texts) {
            throw new SemanticModelException("the semantic model broken failed", null);
          }
        };
    Alignment a = new Aligner(AlignerSettings.DEFAULTS, Optional.of(broken)).align(OLD, NEW);
    Alignment words = new Aligner(AlignerSettings.DEFAULTS, Optional.empty()).align(OLD, NEW);
    assertThat(a.matches()).isEqualTo(words.matches());
    assertThat(a.warnings())
        .extracting(Warning::message)
        .anyMatch(w -> w.contains("broken failed"));
    assertThat(words.warnings()).isEmpty();
  }

  @Test
  void moreUncertainClausesThanTheLimitAreAlignedByWordsWithAWarning() {
    SemanticModel model = topics(Map.of("prisoners", 1, "detainees", 1));
    Alignment a =
        new Aligner(AlignerSettings.DEFAULTS.withSemanticLimit(1), Optional.of(model))
            .align(OLD, NEW);
    assertThat(match(a, "2").relation()).isEqualTo(Relation.REMOVED);
    assertThat(a.warnings())
        .extracting(Warning::message)
        .anyMatch(w -> w.contains("more than the semantic limit of 1"));
  }

  @Test
  void theBundledModelSaysAParaphraseIsCloserThanAnotherSubject() {
    SemanticModel model = SemanticModels.bundled().orElseThrow();
    List<float[]> v =
        model.embed(
            List.of(
                "All prisoners of war shall be released within thirty days.",
                "Every captured soldier is to be freed before a month has passed.",
                "The central bank shall publish its accounts every year."));
    assertThat(norm(v.get(0))).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
    assertThat(dot(v.get(0), v.get(1))).isGreaterThan(dot(v.get(0), v.get(2)) + 0.2);
    List<float[]> alone =
        OnnxSentenceModel.MINILM.embedUncached(
            List.of("All prisoners of war shall be released within thirty days."));
    assertThat(alone.get(0)).as("the same bits alone as in a batch").containsExactly(v.get(0));
  }

  private static double dot(float[] a, float[] b) {
    double d = 0;
    for (int k = 0; k < a.length; k++) {
      d += a[k] * b[k];
    }
    return d;
  }

  private static double norm(float[] a) {
    return Math.sqrt(dot(a, a));
  }

  private static ClauseMatch match(Alignment a, String oldId) {
    return a.matches().stream().filter(m -> m.oldIds().contains(oldId)).findFirst().orElseThrow();
  }
}
