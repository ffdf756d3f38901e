package io.github.plandiff.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.plandiff.PlanDiff;
import io.github.plandiff.model.Draft;
import io.github.plandiff.model.History;
import io.github.plandiff.model.Lineage;
import io.github.plandiff.model.LineageStatus;
import io.github.plandiff.model.LineageStep;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Follows generated chains of five drafts whose true lineages are known and measures how many links
 * and whole lineages the history gets right.
 */
class LineageAccuracyTest {

  private static final int DRAFTS = 5;
  private static final int CLAUSES = 20;
  private static final int SEEDS = 40;

  /** Counts over one or more chains. */
  static final class Score {
    int links;
    int correctLinks;
    int restorations;
    int correctRestorations;
    int removals;
    int correctRemovals;
    int lineages;
    int exactLineages;

    void add(Score o) {
      links += o.links;
      correctLinks += o.correctLinks;
      restorations += o.restorations;
      correctRestorations += o.correctRestorations;
      removals += o.removals;
      correctRemovals += o.correctRemovals;
      lineages += o.lineages;
      exactLineages += o.exactLineages;
    }

    static double ratio(int part, int whole) {
      return whole == 0 ? 1 : (double) part / whole;
    }
  }

  static IntStream seeds() {
    return IntStream.range(0, SEEDS / 2);
  }

  @ParameterizedTest(name = "heavy rewordings change {0} of the words")
  @ValueSource(doubles = {0.34, 0.6})
  void followsGeneratedChainsWithRemovalsAndRestorations(double heavyShare) {
    Score total = new Score();
    for (int seed = 0; seed < SEEDS; seed++) {
      total.add(score(new ChainGenerator(seed, heavyShare).chain(DRAFTS, CLAUSES)));
    }
    double linkAccuracy = Score.ratio(total.correctLinks, total.links);
    double lineageAccuracy = Score.ratio(total.exactLineages, total.lineages);
    double restoreRecall = Score.ratio(total.correctRestorations, total.restorations);
    double removalRecall = Score.ratio(total.correctRemovals, total.removals);
    System.out.printf(
        Locale.ROOT,
        "lineage accuracy over %d chains of %d drafts, heavy share %.2f: links %d/%d = %.4f, "
            + "whole lineages %d/%d = %.4f, restorations %d/%d = %.4f, removals %d/%d = %.4f%n",
        SEEDS,
        DRAFTS,
        heavyShare,
        total.correctLinks,
        total.links,
        linkAccuracy,
        total.exactLineages,
        total.lineages,
        lineageAccuracy,
        total.correctRestorations,
        total.restorations,
        restoreRecall,
        total.correctRemovals,
        total.removals,
        removalRecall);

    assertThat(total.restorations).as("the generator restores clauses").isGreaterThan(50);
    assertThat(linkAccuracy).isGreaterThanOrEqualTo(0.97);
    assertThat(lineageAccuracy).isGreaterThanOrEqualTo(0.93);
    assertThat(restoreRecall).isGreaterThanOrEqualTo(0.95);
    assertThat(removalRecall).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void linkingRestoredClausesBeatsChainingConsecutiveDraftsOnly() {
    Score linked = new Score();
    Score consecutive = new Score();
    for (int seed = 0; seed < SEEDS; seed++) {
      ChainGenerator.Chain chain = new ChainGenerator(seed).chain(DRAFTS, CLAUSES);
      linked.add(score(chain, follow(chain, true)));
      consecutive.add(score(chain, follow(chain, false)));
    }
    System.out.printf(
        Locale.ROOT,
        "consecutive drafts only: links %.4f, whole lineages %.4f%n",
        Score.ratio(consecutive.correctLinks, consecutive.links),
        Score.ratio(consecutive.exactLineages, consecutive.lineages));
    assertThat(consecutive.correctRestorations).isZero();
    assertThat(linked.correctLinks).isGreaterThan(consecutive.correctLinks);
    assertThat(Score.ratio(linked.exactLineages, linked.lineages))
        .isGreaterThan(Score.ratio(consecutive.exactLineages, consecutive.lineages) + 0.1);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2})
  void theAlignOnlyComparerGivesTheFacadesLineages(int seed) {
    ChainGenerator.Chain chain = new ChainGenerator(seed).chain(DRAFTS, CLAUSES);

    History facade =
        PlanDiff.history(
            parse(chain),
            io.github.plandiff.CompareOptions.builder()
                .semantic(io.github.plandiff.CompareOptions.Semantic.OFF)
                .build());
    History alignOnly = follow(chain, true);

    assertThat(alignOnly.lineages()).hasSameSizeAs(facade.lineages());
    for (int i = 0; i < facade.lineages().size(); i++) {
      assertThat(cells(alignOnly.lineages().get(i), DRAFTS))
          .isEqualTo(cells(facade.lineages().get(i), DRAFTS));
    }
  }

  private static History follow(ChainGenerator.Chain chain, boolean linkRestored) {
    return new DraftHistory(
            new AlignOnlyComparer(), DraftHistory.DEFAULT_RESTORE_SIMILARITY, linkRestored)
        .follow(parse(chain));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void putsEveryClauseOfEveryDraftInExactlyOneLineage(int seed) {
    ChainGenerator.Chain chain = new ChainGenerator(seed).chain(DRAFTS, CLAUSES);
    History history = follow(chain, true);
    for (int d = 0; d < DRAFTS; d++) {
      for (var clause : history.drafts().get(d).clauses()) {
        int draft = d;
        long owners = history.lineages().stream().filter(l -> owns(l, draft, clause.id())).count();
        assertThat(owners).as("draft %d clause %s", d, clause.id()).isEqualTo(1);
      }
    }
    for (Lineage lineage : history.lineages()) {
      List<LineageStep> steps = lineage.steps();
      for (int i = 1; i < steps.size(); i++) {
        LineageStep before = steps.get(i - 1);
        LineageStep step = steps.get(i);
        if (before.status() == LineageStatus.REMOVED) {
          assertThat(step.status()).isEqualTo(LineageStatus.RESTORED);
          assertThat(step.fromDraft()).isEqualTo(before.fromDraft());
        } else {
          assertThat(step.draft()).isEqualTo(before.draft() + 1);
          assertThat(step.fromDraft()).isEqualTo(before.draft());
          assertThat(step.change().orElseThrow().match().oldIds()).isEqualTo(before.ids());
        }
      }
    }
  }

  private static boolean owns(Lineage lineage, int draft, String id) {
    Optional<LineageStep> step = lineage.stepIn(draft);
    boolean mergedAway =
        lineage.mergedInto().isPresent() && step.isPresent() && step.get().equals(lineage.last());
    return step.isPresent() && !mergedAway && step.get().ids().contains(id);
  }

  static List<Draft> parse(ChainGenerator.Chain chain) {
    List<Draft> drafts = new ArrayList<>();
    for (int d = 0; d < chain.drafts().size(); d++) {
      drafts.add(PlanDiff.parse(chain.text(d).getBytes(StandardCharsets.UTF_8), "g" + d, "g" + d));
    }
    return drafts;
  }

  static Score score(ChainGenerator.Chain chain) {
    return score(chain, follow(chain, true));
  }

  static Score score(ChainGenerator.Chain chain, History history) {
    List<List<ChainGenerator.TrueClause>> drafts = chain.drafts();
    for (int d = 0; d < drafts.size(); d++) {
      assertThat(history.drafts().get(d).clauses()).hasSize(drafts.get(d).size());
    }
    Score score = new Score();
    for (int d = 1; d < drafts.size(); d++) {
      for (int p = 0; p < drafts.get(d).size(); p++) {
        String truth = truePredecessor(drafts, d, p);
        String predicted = predictedPredecessor(history, d, id(p));
        score.links++;
        if (truth.equals(predicted)) {
          score.correctLinks++;
        }
        if (!truth.isEmpty() && !truth.startsWith((d - 1) + ":")) {
          score.restorations++;
          if (truth.equals(predicted)) {
            score.correctRestorations++;
          }
        }
      }
      for (int p = 0; p < drafts.get(d - 1).size(); p++) {
        int key = drafts.get(d - 1).get(p).key();
        if (position(drafts.get(d), key) < 0) {
          score.removals++;
          Optional<Lineage> lineage = history.lineageOf(d - 1, id(p));
          int draft = d;
          boolean removed =
              lineage
                  .flatMap(l -> l.stepIn(draft))
                  .map(s -> s.status() == LineageStatus.REMOVED)
                  .orElse(false);
          if (removed) {
            score.correctRemovals++;
          }
        }
      }
    }
    scoreLineages(history, drafts, score);
    return score;
  }

  /** A lineage is exact when its cell in every draft (clause id, removed, or absent) is true. */
  private static void scoreLineages(
      History history, List<List<ChainGenerator.TrueClause>> drafts, Score score) {
    List<Integer> seen = new ArrayList<>();
    for (int d = 0; d < drafts.size(); d++) {
      for (int p = 0; p < drafts.get(d).size(); p++) {
        int key = drafts.get(d).get(p).key();
        if (seen.contains(key)) {
          continue;
        }
        seen.add(key);
        score.lineages++;
        Optional<Lineage> lineage = history.lineageOf(d, id(p));
        if (lineage.isPresent()
            && trueCells(drafts, key).equals(cells(lineage.get(), drafts.size()))) {
          score.exactLineages++;
        }
      }
    }
  }

  private static List<String> trueCells(List<List<ChainGenerator.TrueClause>> drafts, int key) {
    List<String> cells = new ArrayList<>();
    for (int d = 0; d < drafts.size(); d++) {
      int p = position(drafts.get(d), key);
      if (p >= 0) {
        cells.add(id(p));
      } else if (d > 0 && position(drafts.get(d - 1), key) >= 0) {
        cells.add("x");
      } else {
        cells.add("");
      }
    }
    return cells;
  }

  private static List<String> cells(Lineage lineage, int drafts) {
    List<String> cells = new ArrayList<>();
    for (int d = 0; d < drafts; d++) {
      cells.add(
          lineage
              .stepIn(d)
              .map(s -> s.status() == LineageStatus.REMOVED ? "x" : String.join("+", s.ids()))
              .orElse(""));
    }
    return cells;
  }

  /** "draft:id" of the clause's latest earlier self, or "" for a new clause. */
  private static String truePredecessor(
      List<List<ChainGenerator.TrueClause>> drafts, int d, int p) {
    int key = drafts.get(d).get(p).key();
    for (int e = d - 1; e >= 0; e--) {
      int q = position(drafts.get(e), key);
      if (q >= 0) {
        return e + ":" + id(q);
      }
    }
    return "";
  }

  private static String predictedPredecessor(History history, int d, String id) {
    Optional<LineageStep> step = history.lineageOf(d, id).flatMap(l -> l.stepIn(d));
    if (step.isEmpty() || step.get().status() == LineageStatus.INTRODUCED) {
      return "";
    }
    return step.get().fromDraft()
        + ":"
        + String.join("+", step.get().change().orElseThrow().match().oldIds());
  }

  private static int position(List<ChainGenerator.TrueClause> draft, int key) {
    for (int p = 0; p < draft.size(); p++) {
      if (draft.get(p).key() == key) {
        return p;
      }
    }
    return -1;
  }

  private static String id(int position) {
    return Integer.toString(position + 1);
  }
}
