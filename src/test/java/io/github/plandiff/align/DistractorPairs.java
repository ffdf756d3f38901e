package io.github.plandiff.align;

import io.github.plandiff.PlanDiff;
import io.github.plandiff.model.Clause;
import io.github.plandiff.model.Draft;
import io.github.plandiff.model.Relation;
import io.github.plandiff.testing.TruthRow;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Labelled pairs with distractors in real wording, for fitting only: a paraphrase rendering in
 * which about a quarter of the points that are one-to-one rewordings are replaced, in place, by
 * points of a draft about another matter (a Minsk point in a Ukraine draft and the other way
 * round). Such a point sits in the old point's slot and shares the register and some words, but is
 * a different commitment: the old point is removed and the donor point added.
 */
final class DistractorPairs {

  /** Old draft, new draft and the truth. */
  record Labelled(Draft oldDraft, Draft newDraft, List<TruthRow> truth) {}

  private DistractorPairs() {}

  static Labelled make(String source, String rendering, String donor, long seed) {
    Random random = new Random(seed);
    Draft target = ParaphraseData.rendering(rendering);
    List<Clause> donors = SampleAlignmentTest.sample(donor).clauses();
    List<TruthRow> truth = ParaphraseData.truth(rendering);
    Set<String> replaced = new HashSet<>();
    List<TruthRow> out = new ArrayList<>();
    for (TruthRow r : truth) {
      if (r.relation() == Relation.REWORDED && random.nextDouble() < 0.25) {
        replaced.add(r.newIds().get(0));
        out.add(new TruthRow(Relation.REMOVED, r.oldIds(), List.of(), false));
        out.add(new TruthRow(Relation.ADDED, List.of(), r.newIds(), false));
      } else {
        out.add(r);
      }
    }
    StringBuilder text = new StringBuilder("Rendering with distractors\n\n");
    for (Clause c : target.clauses()) {
      String body =
          replaced.contains(c.id())
              ? donors.get(random.nextInt(donors.size())).fullText()
              : c.fullText();
      text.append(c.id()).append(". ").append(body.replace('\n', ' ')).append("\n\n");
    }
    Draft newDraft =
        PlanDiff.parse(text.toString().getBytes(StandardCharsets.UTF_8), "d.txt", "distractors");
    return new Labelled(ParaphraseData.source(source), newDraft, out);
  }
}
