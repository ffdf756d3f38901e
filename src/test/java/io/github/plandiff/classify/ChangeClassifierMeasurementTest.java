package io.github.plandiff.classify;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.plandiff.model.SignalType;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Measures the classifier on three labelled sets: the development set (labelled-pairs.txt, used
 * while building the classifier), the held-out set (heldout-pairs.txt, labelled before the
 * classifier first ran on it, then used for a few fixes) and a second held-out set
 * (fresh-pairs.txt, labelled after all fixes and never used to change the classifier). Prints
 * precision, recall and F1 per signal type and holds floors.
 */
class ChangeClassifierMeasurementTest {

  private static final ChangeClassifier CLASSIFIER = new ChangeClassifier();
  private static final List<Pairs.Pair> DEVELOPMENT = Pairs.labelled();
  private static final List<Pairs.Pair> HELD_OUT = Pairs.heldOut();
  private static final List<Pairs.Pair> FRESH = Pairs.fresh();
  private static Measurement development;
  private static Measurement heldOut;
  private static Measurement fresh;

  @BeforeAll
  static void measure() {
    development = new Measurement(CLASSIFIER, DEVELOPMENT);
    heldOut = new Measurement(CLASSIFIER, HELD_OUT);
    System.out.print(development.report("== development set (labelled-pairs.txt)"));
    fresh = new Measurement(CLASSIFIER, FRESH);
    System.out.print(heldOut.report("== held-out set (heldout-pairs.txt)"));
    System.out.print(fresh.report("== second held-out set (fresh-pairs.txt)"));
  }

  @Test
  void developmentSetCoversEverySignalWithPositivesAndHardNegatives() {
    assertThat(DEVELOPMENT).hasSizeGreaterThanOrEqualTo(80);
    for (SignalType t : SignalType.values()) {
      assertThat(DEVELOPMENT.stream().filter(p -> p.expected().contains(t)).count())
          .as("positives of %s", t)
          .isGreaterThanOrEqualTo(2);
    }
    assertThat(DEVELOPMENT.stream().filter(p -> p.expected().isEmpty()).count())
        .isGreaterThanOrEqualTo(30);
  }

  @Test
  void overallF1OnTheDevelopmentSetIsAtLeastNinetyPercent() {
    assertThat(Measurement.f1(development.total())).isGreaterThanOrEqualTo(0.90);
  }

  @Test
  void everySignalTypeHasF1OfAtLeastEightyPercentOnTheDevelopmentSet() {
    for (SignalType t : SignalType.values()) {
      assertThat(Measurement.f1(development.counts(t)))
          .as("F1 of %s", t)
          .isGreaterThanOrEqualTo(0.80);
    }
  }

  @Test
  void overallF1OnTheHeldOutSetsStaysAboveItsFloor() {
    assertThat(Measurement.f1(heldOut.total())).isGreaterThanOrEqualTo(0.85);
    assertThat(Measurement.f1(fresh.total())).isGreaterThanOrEqualTo(0.85);
  }

  @Test
  void pairsLabelledWithNoSignalRaiseNone() {
    assertThat(development.silenceOnNegatives()).isGreaterThanOrEqualTo(0.95);
    assertThat(heldOut.silenceOnNegatives()).isGreaterThanOrEqualTo(0.80);
    assertThat(fresh.silenceOnNegatives()).isGreaterThanOrEqualTo(0.80);
  }

  @Test
  void cosmeticAndUnchangedPairsRaiseNoSignalAtAll() {
    for (Pairs.Pair p : DEVELOPMENT) {
      if (p.id().startsWith("x")) {
        assertThat(Measurement.types(CLASSIFIER, p, false)).as(p.id()).isEmpty();
      }
    }
  }

  @Test
  void aFineRedlineGivesTheSameSignalsAsACoarseOne() {
    for (Pairs.Pair p : DEVELOPMENT) {
      assertThat(Measurement.types(CLASSIFIER, p, true))
          .as(p.id())
          .isEqualTo(Measurement.types(CLASSIFIER, p, false));
    }
    List<Pairs.Pair> others = new java.util.ArrayList<>(HELD_OUT);
    others.addAll(FRESH);
    for (Pairs.Pair p : others) {
      assertThat(Measurement.types(CLASSIFIER, p, true))
          .as(p.id())
          .isEqualTo(Measurement.types(CLASSIFIER, p, false));
    }
  }
}
