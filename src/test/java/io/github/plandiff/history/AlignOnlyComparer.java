package io.github.plandiff.history;

import io.github.plandiff.align.Aligner;
import io.github.plandiff.align.AlignerSettings;
import io.github.plandiff.model.Clause;
import io.github.plandiff.model.ClauseChange;
import io.github.plandiff.model.ClauseMatch;
import io.github.plandiff.model.Comparison;
import io.github.plandiff.model.Draft;
import io.github.plandiff.redline.RedlineEngine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compares top-level clauses with the aligner and the redline engine only, without classification:
 * lineages depend on the alignment alone, and the generated chains need many comparisons. Words
 * only: the generated chains are not language, so a semantic model has nothing to read in them
 * (docs/history.md gives the figures with it).
 */
final class AlignOnlyComparer implements DraftComparer {

  private final Aligner aligner = new Aligner(AlignerSettings.DEFAULTS, Optional.empty());
  private final RedlineEngine engine = new RedlineEngine();

  @Override
  public Comparison compare(Draft older, Draft newer) {
    Map<String, Clause> olds = index(older);
    Map<String, Clause> news = index(newer);
    List<ClauseChange> changes = new ArrayList<>();
    for (ClauseMatch match : Aligner.topLevel(aligner.align(older, newer), older, newer)) {
      changes.add(
          new ClauseChange(
              match,
              Optional.empty(),
              List.of(),
              List.of(),
              engine.redline(text(match.oldIds(), olds), text(match.newIds(), news))));
    }
    return new Comparison(older, newer, changes, List.of());
  }

  private static Map<String, Clause> index(Draft draft) {
    Map<String, Clause> byId = new HashMap<>();
    for (Clause clause : draft.clauses()) {
      byId.put(clause.id(), clause);
    }
    return byId;
  }

  private static String text(List<String> ids, Map<String, Clause> clauses) {
    List<String> texts = new ArrayList<>();
    for (String id : ids) {
      texts.add(clauses.get(id).fullText());
    }
    return String.join("\n", texts);
  }
}
