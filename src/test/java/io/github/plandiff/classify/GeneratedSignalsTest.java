package io.github.plandiff.classify;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.plandiff.CompareOptions;
import io.github.plandiff.PlanDiff;
import io.github.plandiff.model.ClauseChange;
import io.github.plandiff.model.Comparison;
import io.github.plandiff.model.Signal;
import io.github.plandiff.model.SignalType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Measures the whole pipeline ({@link PlanDiff#compare}) on generated drafts with signal truth
 * ({@link SignalReviser}): 30 seeds of 30 points and 4 seeds of 200 points. Prints precision,
 * recall and F1 per signal type and per edit, and holds floors set a little below the measured
 * values.
 */
class GeneratedSignalsTest {

  private static Score small;
  private static Score large;

  @BeforeAll
  static void measure() {
    small = score(30, 30);
    large = score(200, 4);
    System.out.print(small.report("== generated drafts, 30 points, 30 seeds"));
    System.out.print(large.report("== generated drafts, 200 points, 4 seeds"));
  }

  @Test
  void overallSignalF1OnGeneratedDraftsIsAboveNinetyPercent() {
    // Measured 0.954 (30 points) and 0.958 (200 points); the goal is 0.90.
    assertThat(Measurement.f1(small.total())).isGreaterThanOrEqualTo(0.93);
    assertThat(Measurement.f1(large.total())).isGreaterThanOrEqualTo(0.93);
  }

  @Test
  void cosmeticEditsOfCommitmentsRaiseNoSignal() {
    assertThat(small.exactlyRight(SignalReviser.Kind.COSMETIC)).isGreaterThanOrEqualTo(0.98);
    assertThat(large.exactlyRight(SignalReviser.Kind.COSMETIC)).isGreaterThanOrEqualTo(0.98);
  }

  @Test
  void untouchedAndMovedPointsRaiseNoSignal() {
    for (Score s : List.of(small, large)) {
      assertThat(s.exactlyRight(SignalReviser.Kind.NONE)).isGreaterThanOrEqualTo(0.98);
      assertThat(s.exactlyRight(SignalReviser.Kind.KEPT)).isGreaterThanOrEqualTo(0.98);
    }
  }

  @Test
  void everyEditIsMeasuredOftenEnough() {
    for (SignalReviser.Kind k : SignalReviser.Kind.values()) {
      assertThat(small.count(k) + large.count(k))
          .as("edits of kind %s", k)
          .isGreaterThanOrEqualTo(10);
    }
  }

  @Test
  void everySignalTypeHasAFloorOnGeneratedDrafts() {
    Score both = small.plus(large);
    for (SignalType t : SignalType.values()) {
      // Reported speech whose frame the lexicon lacks ("has indicated that it will") still reads
      // as a commitment: measured F1 0.71 (added) and 0.79 (removed); every other type 0.99+.
      double floor =
          t == SignalType.COMMITMENT_ADDED || t == SignalType.COMMITMENT_REMOVED ? 0.65 : 0.95;
      assertThat(Measurement.f1(both.counts(t))).as("F1 of %s", t).isGreaterThanOrEqualTo(floor);
    }
  }

  @Test
  void reportedSpeechRaisesNoCommitmentWhereTheLexiconKnowsItsFrame() {
    // Two of the four phrasings have a frame in the lexicon: measured 0.43 to 0.50.
    for (Score s : List.of(small, large)) {
      assertThat(s.exactlyRight(SignalReviser.Kind.REPORTED_ADD)).isGreaterThanOrEqualTo(0.40);
      assertThat(s.exactlyRight(SignalReviser.Kind.REPORTED_REMOVE)).isGreaterThanOrEqualTo(0.40);
    }
  }

  @Test
  void theSameSeedGivesTheSameDraftsAndTruth() {
    SignalReviser.Revision a = new SignalReviser(7).revise(30);
    SignalReviser.Revision b = new SignalReviser(7).revise(30);
    assertThat(a.newDraft().text()).isEqualTo(b.newDraft().text());
    assertThat(a.truth()).isEqualTo(b.truth());
    assertThat(a.oldDraft().clauses()).hasSize(30);
    assertThat(a.newDraft().clauses()).hasSize(30);
  }

  private static Score score(int points, int seeds) {
    Score score = new Score();
    for (long seed = 1; seed <= seeds; seed++) {
      SignalReviser.Revision r = new SignalReviser(seed * 1_000 + points).revise(points);
      Comparison c = PlanDiff.compare(r.oldDraft(), r.newDraft(), CompareOptions.defaults());
      Map<String, Set<SignalType>> got = new TreeMap<>();
      for (ClauseChange change : c.changes()) {
        for (String id : change.match().oldIds()) {
          Set<SignalType> types = got.computeIfAbsent(id, k -> EnumSet.noneOf(SignalType.class));
          for (Signal s : change.signals()) {
            types.add(s.type());
          }
        }
      }
      for (Map.Entry<String, Set<SignalType>> e : r.truth().entrySet()) {
        score.add(
            "seed " + seed + " point " + e.getKey(),
            r.kinds().get(e.getKey()),
            e.getValue(),
            got.getOrDefault(e.getKey(), EnumSet.noneOf(SignalType.class)));
      }
    }
    return score;
  }

  /** Counts per signal type and per edit. */
  private static final class Score {
    private final Map<SignalType, int[]> counts = new EnumMap<>(SignalType.class);
    private final Map<SignalReviser.Kind, int[]> kinds = new EnumMap<>(SignalReviser.Kind.class);
    private final List<String> misses = new ArrayList<>();

    Score() {
      for (SignalType t : SignalType.values()) {
        counts.put(t, new int[3]);
      }
      for (SignalReviser.Kind k : SignalReviser.Kind.values()) {
        kinds.put(k, new int[2]);
      }
    }

    void add(String where, SignalReviser.Kind kind, Set<SignalType> want, Set<SignalType> have) {
      for (SignalType t : SignalType.values()) {
        int[] c = counts.get(t);
        c[0] += want.contains(t) && have.contains(t) ? 1 : 0;
        c[1] += !want.contains(t) && have.contains(t) ? 1 : 0;
        c[2] += want.contains(t) && !have.contains(t) ? 1 : 0;
      }
      int[] k = kinds.get(kind);
      k[0]++;
      if (want.equals(have)) {
        k[1]++;
      } else if (misses.size() < 40) {
        misses.add(where + " " + kind + " expected " + want + " got " + have);
      }
    }

    Score plus(Score other) {
      Score s = new Score();
      for (SignalType t : SignalType.values()) {
        for (int i = 0; i < 3; i++) {
          s.counts.get(t)[i] = counts.get(t)[i] + other.counts.get(t)[i];
        }
      }
      return s;
    }

    int[] counts(SignalType t) {
      return counts.get(t).clone();
    }

    int[] total() {
      int[] all = new int[3];
      counts
          .values()
          .forEach(
              c -> {
                for (int i = 0; i < 3; i++) {
                  all[i] += c[i];
                }
              });
      return all;
    }

    int count(SignalReviser.Kind kind) {
      return kinds.get(kind)[0];
    }

    /** The share of points with this edit whose signal types are exactly the expected ones. */
    double exactlyRight(SignalReviser.Kind kind) {
      int[] k = kinds.get(kind);
      return k[0] == 0 ? 1 : (double) k[1] / k[0];
    }

    String report(String title) {
      StringBuilder sb = new StringBuilder(title).append('\n');
      sb.append("signal                  TP   FP   FN  precision recall  F1\n");
      counts.forEach((t, c) -> sb.append(line(t.name(), c)));
      sb.append(line("ALL (micro)", total()));
      sb.append("edit                 points  exactly right\n");
      kinds.forEach(
          (k, c) ->
              sb.append(
                  String.format(
                      Locale.ROOT,
                      "%-20s %6d  %.3f%n",
                      k,
                      c[0],
                      c[0] == 0 ? 1.0 : (double) c[1] / c[0])));
      misses.forEach(m -> sb.append("  miss ").append(m).append('\n'));
      return sb.toString();
    }

    private static String line(String name, int[] c) {
      return String.format(
          Locale.ROOT,
          "%-22s %4d %4d %4d  %.3f     %.3f   %.3f%n",
          name,
          c[0],
          c[1],
          c[2],
          Measurement.precision(c),
          Measurement.recall(c),
          Measurement.f1(c));
    }
  }
}
