package io.github.plandiff.classify;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.plandiff.PlanDiff;
import io.github.plandiff.model.ClauseChange;
import io.github.plandiff.model.Comparison;
import io.github.plandiff.model.Signal;
import io.github.plandiff.model.SignalType;
import java.util.List;
import org.junit.jupiter.api.Test;

class CounterpartsTest {

  private static final String OLD =
      "1. Russia will withdraw its forces from the Kharkiv region.\n"
          + "2. Ukraine will hold elections within 100 days. NATO will not enlarge any further.\n";
  private static final String NEW =
      "1. Russia will withdraw its forces from the Kharkiv region. NATO will not enlarge any"
          + " further.\n"
          + "2. Ukraine will hold elections within 100 days.\n";

  private static List<SignalType> types(Comparison c) {
    return c.changes().stream()
        .map(ClauseChange::signals)
        .flatMap(List::stream)
        .map(Signal::type)
        .toList();
  }

  @Test
  void aCommitmentMovedToAnotherClauseIsNeitherRemovedNorAdded() {
    assertThat(types(PlanDiff.compareTexts(OLD, NEW)))
        .doesNotContain(SignalType.COMMITMENT_ADDED, SignalType.COMMITMENT_REMOVED);
  }

  @Test
  void withoutTheDraftsEachChangeLooksOnlyAtItself() {
    Comparison c = PlanDiff.compareTexts(OLD, NEW);
    ChangeClassifier alone = new ChangeClassifier();
    List<SignalType> found =
        c.changes().stream()
            .map(
                ch ->
                    alone.classify(
                        ch,
                        io.github.plandiff.model.Segment.oldText(ch.redline()),
                        io.github.plandiff.model.Segment.newText(ch.redline())))
            .map(ClauseChange::signals)
            .flatMap(List::stream)
            .map(Signal::type)
            .toList();
    assertThat(found).contains(SignalType.COMMITMENT_ADDED, SignalType.COMMITMENT_REMOVED);
  }

  @Test
  void aSentenceWithOnlySomeWordsInCommonElsewhereIsNoCounterpart() {
    Counterparts index =
        Counterparts.of(
            PlanDiff.parse(
                "1. Ukraine will hold elections within 100 days.\n"
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "d.txt",
                "d"));
    assertThat(index.has(Sentence.split("Ukraine will hold elections within 100 days.").get(0)))
        .isTrue();
    assertThat(index.has(Sentence.split("Russia will hold talks within 100 days.").get(0)))
        .isFalse();
  }
}
