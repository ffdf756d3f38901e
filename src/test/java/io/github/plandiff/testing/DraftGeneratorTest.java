package io.github.plandiff.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.plandiff.PlanDiff;
import io.github.plandiff.model.Clause;
import io.github.plandiff.model.Draft;
import io.github.plandiff.model.Relation;
import io.github.plandiff.testing.DraftGenerator.Revision;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The generator itself: determinism, complete truth, and text the parser reads back. */
class DraftGeneratorTest {

  @Test
  void sameSeedGivesSameRevision() {
    Revision a = new DraftGenerator(5).revise(new DraftGenerator(5).draft(80));
    Revision b = new DraftGenerator(5).revise(new DraftGenerator(5).draft(80));
    assertThat(a).isEqualTo(b);
  }

  @Test
  void truthCoversEveryClauseOfBothDraftsOnceAndUsesEveryEdit() {
    DraftGenerator gen = new DraftGenerator(11);
    Revision r = gen.revise(gen.draft(300));
    List<String> olds = new ArrayList<>();
    List<String> news = new ArrayList<>();
    r.truth()
        .forEach(
            t -> {
              olds.addAll(t.oldIds());
              news.addAll(t.newIds());
            });
    assertThat(olds).containsExactlyInAnyOrderElementsOf(ids(r.oldDraft()));
    assertThat(news).containsExactlyInAnyOrderElementsOf(ids(r.newDraft()));
    assertThat(r.truth()).extracting(TruthRow::relation).contains(Relation.values());
    assertThat(r.truth()).anyMatch(TruthRow::moved);
    assertThat(r.childTruth()).anyMatch(TruthRow::moved);
  }

  @Test
  void renderedTextParsesBackToTheSamePoints() {
    Draft d = new DraftGenerator(3).draft(40);
    Draft parsed =
        PlanDiff.parse(DraftGenerator.toText(d).getBytes(StandardCharsets.UTF_8), "g.txt", "g");
    assertThat(ids(parsed)).containsExactlyElementsOf(ids(d));
  }

  private static List<String> ids(Draft d) {
    return d.clauses().stream().map(Clause::id).toList();
  }
}
