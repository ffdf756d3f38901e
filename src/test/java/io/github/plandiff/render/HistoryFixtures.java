package io.github.plandiff.render;

import io.github.plandiff.PlanDiff;
import io.github.plandiff.history.DraftHistory;
import io.github.plandiff.model.ClauseChange;
import io.github.plandiff.model.Comparison;
import io.github.plandiff.model.Draft;
import io.github.plandiff.model.History;
import io.github.plandiff.model.Signal;
import io.github.plandiff.model.SignalType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Histories for the history renderers' tests. */
final class HistoryFixtures {

  private HistoryFixtures() {}

  /** The Ukraine drafts: 28-point, EU counter, 20-point. */
  static History ukraine() {
    return PlanDiff.history(
        List.of(
            sample("ukraine-28.txt", "28-point"),
            sample("ukraine-counter.txt", "EU counter"),
            sample("ukraine-20.txt", "20-point")));
  }

  /**
   * Four small drafts with a rewording that weakens a modal, a removal, a restoration and an
   * addition. The comparer sets the signals itself (only the weakening), so that the golden files
   * depend on the alignment and the redline alone.
   */
  static History small() {
    List<Draft> drafts =
        List.of(
            draft(
                "first",
                "Ukraine's armed forces will not exceed 600,000 personnel.",
                "Everyone will be granted a full amnesty for acts committed during the war.",
                "Elections will be held within 100 days."),
            draft(
                "second",
                "Ukraine's armed forces will not exceed 800,000 personnel.",
                "Elections will be held within 100 days."),
            draft(
                "third",
                "Ukraine's armed forces will not exceed 800,000 personnel.",
                "Elections may be held within 100 days.",
                "Everyone will be granted a full amnesty for acts committed during the war."),
            draft(
                "fourth",
                "Ukraine's armed forces will not exceed 800,000 personnel.",
                "Elections may be held within 100 days.",
                "Everyone will be granted a full amnesty for acts committed during the war.",
                "The Zaporizhzhia plant is to be run under IAEA supervision."));
    return new DraftHistory(HistoryFixtures::compareWithModality).follow(drafts);
  }

  /** Two drafts whose labels and texts are full of markup. */
  static History hostile() {
    return PlanDiff.history(
        List.of(
            draft(
                "<b>old</b> | draft",
                "Point <script>alert('x')</script> & \"quoted\" | piped *star* _u_"),
            draft(
                "new & `draft`",
                "Point <script>alert('y')</script> & \"quoted\" | piped *star* _u_")));
  }

  static Draft draft(String label, String... clauses) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < clauses.length; i++) {
      sb.append(i + 1).append(". ").append(clauses[i]).append("\n\n");
    }
    return PlanDiff.parse(sb.toString().getBytes(StandardCharsets.UTF_8), label + ".txt", label);
  }

  static Draft sample(String name, String label) {
    try (InputStream in = HistoryFixtures.class.getResourceAsStream("/drafts/" + name)) {
      return PlanDiff.parse(in.readAllBytes(), name, label);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Comparison compareWithModality(Draft older, Draft newer) {
    Comparison c = PlanDiff.compare(older, newer, io.github.plandiff.CompareOptions.defaults());
    List<ClauseChange> changes = new ArrayList<>();
    for (ClauseChange change : c.changes()) {
      String oldText = io.github.plandiff.model.Segment.oldText(change.redline());
      String newText = io.github.plandiff.model.Segment.newText(change.redline());
      if (oldText.contains("will be held") && newText.contains("may be held")) {
        String id = change.match().newIds().get(0);
        change =
            change.withClassification(
                List.of(new Signal(SignalType.MODALITY_WEAKENED, "will", "may", id, 10, 10)),
                List.of("elections"));
      } else {
        change = change.withClassification(List.of(), List.of());
      }
      changes.add(change);
    }
    return new Comparison(c.oldDraft(), c.newDraft(), changes, c.warnings());
  }
}
