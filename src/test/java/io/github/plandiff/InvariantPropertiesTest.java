package io.github.plandiff;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.plandiff.model.Clause;
import io.github.plandiff.model.ClauseChange;
import io.github.plandiff.model.Comparison;
import io.github.plandiff.model.Draft;
import io.github.plandiff.model.PlanDiffException;
import io.github.plandiff.model.Relation;
import io.github.plandiff.model.Segment;
import io.github.plandiff.render.JsonRenderer;
import io.github.plandiff.testing.Graphemes;
import io.github.plandiff.testing.InvariantGenerator;
import io.github.plandiff.testing.InvariantGenerator.Case;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The invariants of DESIGN.md on generated pairs of drafts: each property runs on many seeds, and a
 * failure reports the seed and the smallest pair that still fails. More seeds: {@code
 * -Dinvariants.seeds=100000}; other seeds: {@code -Dinvariants.base=N}.
 */
class InvariantPropertiesTest {

  static LongStream seeds() {
    long base = Long.getLong("invariants.base", 0L);
    return LongStream.range(base, base + Integer.getInteger("invariants.seeds", 600));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void redlineRebuildsBothSidesExactly(long seed) {
    holds(
        seed,
        c -> {
          Draft a = parse(c.oldDraft().text(), "old");
          Draft b = parse(c.newDraft().text(), "new");
          for (ClauseChange change : PlanDiff.compare(a, b, CompareOptions.defaults()).changes()) {
            assertThat(Segment.oldText(change.redline()))
                .isEqualTo(side(a, change.match().oldIds()));
            assertThat(Segment.newText(change.redline()))
                .isEqualTo(side(b, change.match().newIds()));
            for (int k = 1; k < change.redline().size(); k++) {
              assertThat(change.redline().get(k).op())
                  .isNotEqualTo(change.redline().get(k - 1).op());
            }
          }
        });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void redlineNeverCutsInsideAGrapheme(long seed) {
    holds(
        seed,
        c -> {
          for (ClauseChange change : compare(c.oldDraft().text(), c.newDraft().text()).changes()) {
            assertThat(Graphemes.badCuts(change.redline())).isEmpty();
          }
        });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyTopLevelClauseIsInExactlyOneChange(long seed) {
    holds(
        seed,
        c -> {
          Comparison comparison = compare(c.oldDraft().text(), c.newDraft().text());
          List<String> olds = new ArrayList<>();
          List<String> news = new ArrayList<>();
          for (ClauseChange change : comparison.changes()) {
            assertThat(change.match().oldIds().size() + change.match().newIds().size())
                .isPositive();
            olds.addAll(change.match().oldIds());
            news.addAll(change.match().newIds());
          }
          assertThat(olds).containsExactlyInAnyOrderElementsOf(ids(comparison.oldDraft()));
          assertThat(news).containsExactlyInAnyOrderElementsOf(ids(comparison.newDraft()));
        });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void sameInputsGiveSameBytes(long seed) {
    holds(
        seed,
        c -> {
          JsonRenderer json = new JsonRenderer();
          String first = json.render(compare(c.oldDraft().text(), c.newDraft().text()));
          String second = json.render(compare(c.oldDraft().text(), c.newDraft().text()));
          assertThat(second).isEqualTo(first);
          assertThat(json.render(parse(c.newDraft().text(), "new")))
              .isEqualTo(json.render(parse(c.newDraft().text(), "new")));
        });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void swappingTheDraftsMirrorsEveryRelation(long seed) {
    holds(
        seed,
        c -> {
          List<String> forward = new ArrayList<>();
          for (ClauseChange ch : compare(c.oldDraft().text(), c.newDraft().text()).changes()) {
            forward.add(
                ch.relation().mirror() + " " + ch.match().newIds() + " -> " + ch.match().oldIds());
          }
          List<String> backward = new ArrayList<>();
          for (ClauseChange ch : compare(c.newDraft().text(), c.oldDraft().text()).changes()) {
            backward.add(ch.relation() + " " + ch.match().oldIds() + " -> " + ch.match().newIds());
          }
          assertThat(backward).containsExactlyInAnyOrderElementsOf(forward);
        });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void draftComparedWithItselfIsAllUnchanged(long seed) {
    holds(
        seed,
        c -> {
          String text = c.newDraft().text();
          for (ClauseChange change : compare(text, text).changes()) {
            assertThat(change.relation()).isEqualTo(Relation.UNCHANGED);
            assertThat(change.match().moved()).isFalse();
            assertThat(change.match().renumbered()).isFalse();
            assertThat(change.signals()).isEmpty();
          }
        });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void noiseGivesAResultOrAPlanDiffException(long seed) {
    String a = InvariantGenerator.noise(seed);
    String b = InvariantGenerator.noise(~seed);
    Consumer<String[]> property =
        pair -> {
          try {
            Comparison comparison = compare(pair[0], pair[1]);
            for (ClauseChange change : comparison.changes()) {
              assertThat(Segment.oldText(change.redline()))
                  .isEqualTo(side(comparison.oldDraft(), change.match().oldIds()));
            }
          } catch (PlanDiffException expected) {
            assertThat(expected.getMessage()).startsWith("old.txt: ").isNotBlank();
          }
        };
    Throwable failure = failure(() -> property.accept(new String[] {a, b}));
    if (failure != null) {
      throw new AssertionError(
          "seed "
              + seed
              + " (noise): "
              + failure
              + "\nold: "
              + a.replace("\n", "\\n")
              + "\nnew: "
              + b.replace("\n", "\\n"),
          failure);
    }
  }

  /** Runs a property on the case of a seed; on failure shrinks the case and reports it. */
  private static void holds(long seed, Consumer<Case> property) {
    Case generated = InvariantGenerator.pair(seed);
    Throwable failure = failure(() -> property.accept(generated));
    if (failure == null) {
      return;
    }
    Class<?> kind = failure.getClass();
    Case smallest =
        InvariantGenerator.shrink(
            generated,
            candidate -> {
              Throwable t = failure(() -> property.accept(candidate));
              return t != null && t.getClass() == kind;
            });
    Throwable small = failure(() -> property.accept(smallest));
    throw new AssertionError("property fails for " + smallest.describe() + "\n" + small, small);
  }

  private static Throwable failure(Runnable check) {
    try {
      check.run();
      return null;
    } catch (Throwable t) {
      return t;
    }
  }

  static Comparison compare(String oldText, String newText) {
    return PlanDiff.compare(
        parse(oldText, "old"), parse(newText, "new"), CompareOptions.defaults());
  }

  static Draft parse(String text, String role) {
    return PlanDiff.parse(text.getBytes(StandardCharsets.UTF_8), role + ".txt", role);
  }

  static List<String> ids(Draft draft) {
    return draft.clauses().stream().map(Clause::id).toList();
  }

  static String side(Draft draft, List<String> ids) {
    StringBuilder sb = new StringBuilder();
    for (String id : ids) {
      sb.append(sb.length() > 0 ? "\n" : "").append(draft.find(id).orElseThrow().fullText());
    }
    return sb.toString();
  }
}
