package io.github.plandiff.classify;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.plandiff.model.ClauseChange;
import io.github.plandiff.model.Signal;
import io.github.plandiff.model.SignalType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Measures the classifier on the labelled pairs: precision, recall and F1 per signal type
 * (counting each pair's set of signal types), printed and held above floors.
 */
class ChangeClassifierMeasurementTest {

  private static final ChangeClassifier CLASSIFIER = new ChangeClassifier();
  private static final List<Pairs.Pair> PAIRS = Pairs.labelled();
  private static final Map<SignalType, int[]> COUNTS = new EnumMap<>(SignalType.class);
  private static final List<String> MISSES = new ArrayList<>();

  @BeforeAll
  static void measure() {
    for (SignalType t : SignalType.values()) {
      COUNTS.put(t, new int[3]);
    }
    for (Pairs.Pair p : PAIRS) {
      Set<SignalType> got = types(p, false);
      for (SignalType t : SignalType.values()) {
        int[] c = COUNTS.get(t);
        boolean want = p.expected().contains(t);
        boolean have = got.contains(t);
        c[0] += want && have ? 1 : 0;
        c[1] += !want && have ? 1 : 0;
        c[2] += want && !have ? 1 : 0;
      }
      if (!got.equals(p.expected())) {
        MISSES.add(p.id() + " expected " + p.expected() + " got " + got);
      }
    }
    StringBuilder report = new StringBuilder("signal                  TP  FP  FN  precision recall  F1\n");
    for (SignalType t : SignalType.values()) {
      int[] c = COUNTS.get(t);
      report.append(String.format(Locale.ROOT, "%-22s %3d %3d %3d  %.3f     %.3f   %.3f%n", t, c[0], c[1], c[2],
          precision(c), recall(c), f1(c)));
    }
    int[] all = total();
    report.append(String.format(Locale.ROOT, "%-22s %3d %3d %3d  %.3f     %.3f   %.3f%n", "ALL (micro)", all[0],
        all[1], all[2], precision(all), recall(all), f1(all)));
    report.append(String.format(Locale.ROOT, "pairs %d, exactly right %d, cosmetic/unchanged pairs silent %.3f%n",
        PAIRS.size(), PAIRS.size() - MISSES.size(), cosmeticSilence()));
    MISSES.forEach(m -> report.append("  miss ").append(m).append('\n'));
    System.out.print(report);
  }

  static Set<SignalType> types(Pairs.Pair p, boolean fine) {
    ClauseChange change = fine ? Pairs.fine(p.relation(), p.oldText(), p.newText())
        : Pairs.coarse(p.relation(), p.oldText(), p.newText());
    Set<SignalType> got = EnumSet.noneOf(SignalType.class);
    for (Signal s : CLASSIFIER.classify(change, p.oldText(), p.newText()).signals()) {
      got.add(s.type());
    }
    return got;
  }

  @Test
  void labelledSetCoversEverySignalWithPositivesAndHasEnoughPairs() {
    assertThat(PAIRS).hasSizeGreaterThanOrEqualTo(80);
    for (SignalType t : SignalType.values()) {
      assertThat(PAIRS.stream().filter(p -> p.expected().contains(t)).count())
          .as("positives of %s", t).isGreaterThanOrEqualTo(2);
    }
    assertThat(PAIRS.stream().filter(p -> p.expected().isEmpty()).count()).isGreaterThanOrEqualTo(30);
  }

  @Test
  void overallF1IsAtLeastNinetyPercent() {
    assertThat(f1(total())).isGreaterThanOrEqualTo(0.90);
  }

  @Test
  void everySignalTypeHasF1OfAtLeastEightyPercent() {
    for (SignalType t : SignalType.values()) {
      assertThat(f1(COUNTS.get(t))).as("F1 of %s", t).isGreaterThanOrEqualTo(0.80);
    }
  }

  @Test
  void cosmeticAndUnchangedPairsRaiseNoSignal() {
    assertThat(cosmeticSilence()).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void aFineRedlineGivesTheSameSignalsAsACoarseOne() {
    for (Pairs.Pair p : PAIRS) {
      assertThat(types(p, true)).as(p.id()).isEqualTo(types(p, false));
    }
  }

  /** The share of pairs labelled x (cosmetic or unchanged) that raise no signal at all. */
  private static double cosmeticSilence() {
    long n = 0;
    long silent = 0;
    for (Pairs.Pair p : PAIRS) {
      if (p.id().startsWith("x")) {
        n++;
        silent += types(p, false).isEmpty() ? 1 : 0;
      }
    }
    return (double) silent / n;
  }

  private static int[] total() {
    int[] all = new int[3];
    for (int[] c : COUNTS.values()) {
      for (int k = 0; k < 3; k++) {
        all[k] += c[k];
      }
    }
    return all;
  }

  private static double precision(int[] c) {
    return c[0] + c[1] == 0 ? 1 : (double) c[0] / (c[0] + c[1]);
  }

  private static double recall(int[] c) {
    return c[0] + c[2] == 0 ? 1 : (double) c[0] / (c[0] + c[2]);
  }

  private static double f1(int[] c) {
    double p = precision(c);
    double r = recall(c);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
