package io.github.plandiff.render;

import io.github.plandiff.model.Clause;
import io.github.plandiff.model.ClauseChange;
import io.github.plandiff.model.ClauseMatch;
import io.github.plandiff.model.Comparison;
import io.github.plandiff.model.Draft;
import io.github.plandiff.model.Relation;
import io.github.plandiff.model.Signal;
import io.github.plandiff.model.SignalType;
import io.github.plandiff.model.Significance;
import io.github.plandiff.model.Span;
import io.github.plandiff.model.Warning;
import io.github.plandiff.redline.RedlineEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Comparisons built in code, with every relation, flag, signals and topics, so that renderer tests
 * do not depend on the parser, aligner or classifier.
 */
final class Fixtures {

  private static final RedlineEngine REDLINE = new RedlineEngine();

  private Fixtures() {}

  /** Two small drafts: moved, renumbered, reworded, merged, split, removed, added, unchanged. */
  static Comparison plan() {
    Draft oldDraft =
        draft(
            "Round 1",
            "round-1.txt",
            "Framework for Peace\n\nThe points below.",
            List.of(
                clause("1", "1.", "Ukraine's armed forces will not exceed 600,000 personnel."),
                clause(
                    "2",
                    "2.",
                    "Russia, Ukraine and Europe will conclude a pact of non-aggression."),
                clause("3", "3.", "Elections will be held within 100 days."),
                clause("4", "4.", "Sanctions will be lifted in stages."),
                clause("5", "5.", "Frozen assets will fund reconstruction."),
                clause("6", "6.", "An amnesty is granted to all parties."),
                clause(
                    "7", "7.", "Prisoners will be exchanged all for all, and civilians returned."),
                clause("8", "8.", "This agreement is binding.")),
            "Signed in Geneva.");
    Draft newDraft =
        draft(
            "Round 2",
            "round-2.txt",
            "Framework for Peace\n\nThe points below.",
            List.of(
                clause("1", "1.", "Elections may be held within 60 days."),
                clause(
                    "2",
                    "2.",
                    "In peacetime, Ukraine's armed forces will remain at 800,000 personnel."),
                clause(
                    "3",
                    "3.",
                    "Russia and Ukraine will conclude a pact of non-aggression, provided that Russia withdraws."),
                clause(
                    "4",
                    "4.",
                    "Sanctions will be lifted in stages, and frozen assets will fund reconstruction."),
                clause("5", "5.", "A monitoring mission will observe the ceasefire."),
                clause("6", "6.", "Prisoners will be exchanged all for all."),
                clause("7", "7.", "Civilians will be returned."),
                clause("8", "8.", "This agreement is binding.")),
            "Signed in Geneva.");
    List<ClauseChange> changes = new ArrayList<>();
    changes.add(
        change(
            oldDraft,
            newDraft,
            match(Relation.REWORDED, List.of("3"), List.of("1"), 0.71, true, true),
            List.of(
                new Signal(SignalType.MODALITY_WEAKENED, "will", "may", "1", 10, 10),
                new Signal(
                    SignalType.DEADLINE_CHANGED, "within 100 days", "within 60 days", "1", 24, 23)),
            List.of("elections", "timelines")));
    changes.add(
        change(
            oldDraft,
            newDraft,
            match(Relation.REWORDED, List.of("1"), List.of("2"), 0.62, false, true),
            List.of(new Signal(SignalType.QUANTITY_CHANGED, "600,000", "800,000", "2", 42, 52)),
            List.of("armed-forces")));
    changes.add(
        change(
            oldDraft,
            newDraft,
            match(Relation.REWORDED, List.of("2"), List.of("3"), 0.74, false, true),
            List.of(
                new Signal(SignalType.PARTY_REMOVED, "Europe", "", "3", 16, -1),
                new Signal(
                    SignalType.CONDITION_ADDED, "", "provided that Russia withdraws", "3", -1, 57)),
            List.of("alliances", "security-guarantees")));
    changes.add(
        change(
            oldDraft,
            newDraft,
            match(Relation.MERGED, List.of("4", "5"), List.of("4"), 0.81, false, false),
            List.of(),
            List.of("reconstruction-assets", "sanctions")));
    changes.add(
        change(
            oldDraft,
            newDraft,
            match(Relation.ADDED, List.of(), List.of("5"), 0, false, false),
            List.of(
                new Signal(
                    SignalType.COMMITMENT_ADDED,
                    "",
                    "A monitoring mission will observe the ceasefire.",
                    "5",
                    -1,
                    0)),
            List.of("monitoring")));
    changes.add(
        change(
            oldDraft,
            newDraft,
            match(Relation.REMOVED, List.of("6"), List.of(), 0, false, false),
            List.of(
                new Signal(
                    SignalType.COMMITMENT_REMOVED,
                    "An amnesty is granted to all parties.",
                    "",
                    "6",
                    0,
                    -1)),
            List.of("amnesty")));
    changes.add(
        change(
            oldDraft,
            newDraft,
            match(Relation.SPLIT, List.of("7"), List.of("6", "7"), 0.77, false, false),
            List.of(),
            List.of("prisoners-humanitarian")));
    changes.add(
        change(
            oldDraft,
            newDraft,
            match(Relation.UNCHANGED, List.of("8"), List.of("8"), 1, false, false),
            List.of(),
            List.of()));
    List<Warning> warnings = List.of(new Warning("old", 12, "number 7 appears twice"));
    return new Comparison(oldDraft, newDraft, changes, warnings);
  }

  /** The strings an attacker would put in a draft to inject markup into a report. */
  static final List<String> HOSTILE =
      List.of(
          "<script>alert(1)</script>",
          "\"><img src=x onerror=alert(2)>",
          "[click](javascript:alert(3))",
          "![pixel](https://evil.example/p.png)",
          "@octocat and @github/security please look",
          "see #1 and https://evil.example/x and www.evil.example",
          "<a href=\"https://evil.example\">link</a> &amp; &lt;",
          "**bold** _em_ ~~strike~~ `code` | pipe | $x^2$",
          "# heading\n- item\n1. item\n> quote\n    code");

  /** A comparison whose labels, sources, texts, signals, topics and warnings are all hostile. */
  static Comparison hostile() {
    String all = String.join(" ", HOSTILE);
    Draft oldDraft =
        draft(
            "<b>old</b> @octocat",
            "<img src=x onerror=alert(9)>.txt",
            "[pre](javascript:x)",
            List.of(
                clause("1", "1.", "Parties will meet. " + all), clause("2", "2.", HOSTILE.get(0))),
            "");
    Draft newDraft =
        draft(
            "[new](javascript:alert(4))",
            "new\"><script>.txt",
            "[pre](javascript:x)",
            List.of(
                clause("1", "1.", "Parties may meet. " + HOSTILE.get(2) + " " + HOSTILE.get(1)),
                clause("2", "2.", HOSTILE.get(4) + "\n" + HOSTILE.get(8))),
            "");
    List<ClauseChange> changes =
        List.of(
            change(
                oldDraft,
                newDraft,
                match(Relation.REWORDED, List.of("1"), List.of("1"), 0.5, false, false),
                List.of(
                    new Signal(
                        SignalType.MODALITY_WEAKENED, HOSTILE.get(0), HOSTILE.get(2), "1", 0, 0)),
                List.of("<script>", "x\" onmouseover=\"alert(5)")),
            change(
                oldDraft,
                newDraft,
                match(Relation.REWORDED, List.of("2"), List.of("2"), 0.1, false, false),
                List.of(),
                List.of()));
    return new Comparison(
        oldDraft, newDraft, changes, List.of(new Warning("<script>", 3, HOSTILE.get(1))));
  }

  static Draft draft(
      String label, String source, String preamble, List<Clause> clauses, String trailing) {
    return new Draft(label, source, "txt", preamble, clauses, trailing, "", List.of());
  }

  static Clause clause(String id, String label, String text) {
    return new Clause(id, label, Optional.empty(), text, List.of(), Span.NONE);
  }

  static ClauseMatch match(
      Relation relation,
      List<String> olds,
      List<String> news,
      double similarity,
      boolean moved,
      boolean renumbered) {
    return new ClauseMatch(relation, olds, news, similarity, 0.2, moved, renumbered);
  }

  static ClauseChange change(
      Draft oldDraft,
      Draft newDraft,
      ClauseMatch match,
      List<Signal> signals,
      List<String> topics) {
    String oldText = text(oldDraft, match.oldIds());
    String newText = text(newDraft, match.newIds());
    Optional<Significance> significance =
        switch (match.relation()) {
          case REWORDED, MERGED, SPLIT -> Optional.of(REDLINE.significance(oldText, newText));
          default -> Optional.empty();
        };
    return new ClauseChange(
        match, significance, signals, topics, REDLINE.redline(oldText, newText));
  }

  private static String text(Draft draft, List<String> ids) {
    List<String> texts = new ArrayList<>();
    for (String id : ids) {
      texts.add(draft.find(id).orElseThrow().fullText());
    }
    return String.join("\n", texts);
  }
}
