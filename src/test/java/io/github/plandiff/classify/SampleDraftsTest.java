package io.github.plandiff.classify;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.plandiff.CompareOptions;
import io.github.plandiff.PlanDiff;
import io.github.plandiff.model.Clause;
import io.github.plandiff.model.ClauseChange;
import io.github.plandiff.model.Comparison;
import io.github.plandiff.model.Draft;
import io.github.plandiff.model.Relation;
import io.github.plandiff.model.Signal;
import io.github.plandiff.model.SignalType;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Classifies the whole ukraine-28 → ukraine-20 comparison of the sample drafts. */
class SampleDraftsTest {

  private static final ChangeClassifier CLASSIFIER = new ChangeClassifier();
  private static final List<ClauseChange> CHANGES = new ArrayList<>();
  private static final Map<ClauseChange, String[]> TEXTS = new java.util.IdentityHashMap<>();

  @BeforeAll
  static void classifySamples() throws URISyntaxException {
    Path old = Path.of(SampleDraftsTest.class.getResource("ukraine-28.txt").toURI());
    Path now = Path.of(SampleDraftsTest.class.getResource("ukraine-20.txt").toURI());
    Comparison comparison = PlanDiff.compare(old, now, CompareOptions.defaults());
    Map<String, Clause> olds = index(comparison.oldDraft());
    Map<String, Clause> news = index(comparison.newDraft());
    Map<SignalType, Integer> counts = new EnumMap<>(SignalType.class);
    for (ClauseChange change : comparison.changes()) {
      String oldText = text(change.match().oldIds(), olds);
      String newText = text(change.match().newIds(), news);
      ClauseChange classified = CLASSIFIER.classify(change, oldText, newText);
      CHANGES.add(classified);
      TEXTS.put(classified, new String[] {oldText, newText});
      classified.signals().forEach(s -> counts.merge(s.type(), 1, Integer::sum));
    }
    System.out.println("ukraine-28 -> ukraine-20 signals: " + counts);
  }

  private static Map<String, Clause> index(Draft draft) {
    Map<String, Clause> byId = new TreeMap<>();
    for (Clause c : draft.allClauses()) {
      byId.put(c.id(), c);
    }
    return byId;
  }

  private static String text(List<String> ids, Map<String, Clause> clauses) {
    List<String> parts = new ArrayList<>();
    for (String id : ids) {
      parts.add(clauses.get(id).fullText());
    }
    return String.join("\n", parts);
  }

  @Test
  void flagsTheTroopCapRiseFrom600000To800000() {
    assertThat(CHANGES)
        .flatExtracting(ClauseChange::signals)
        .filteredOn(s -> s.type() == SignalType.QUANTITY_CHANGED)
        .extracting(Signal::oldText, Signal::newText)
        .contains(org.assertj.core.groups.Tuple.tuple("600,000", "800,000"));
  }

  @Test
  void flagsTheElectionDeadlineChange() {
    assertThat(CHANGES)
        .flatExtracting(ClauseChange::signals)
        .filteredOn(s -> s.type() == SignalType.DEADLINE_CHANGED)
        .extracting(Signal::oldText)
        .contains("within 100 days");
  }

  @Test
  void removedPointsRemoveTheirCommitments() {
    assertThat(CHANGES)
        .filteredOn(c -> c.relation() == Relation.REMOVED)
        .flatExtracting(ClauseChange::signals)
        .extracting(Signal::type)
        .isNotEmpty()
        .containsOnly(SignalType.COMMITMENT_REMOVED);
  }

  @Test
  void unchangedPointsRaiseNoSignal() {
    assertThat(CHANGES)
        .filteredOn(c -> c.relation() == Relation.UNCHANGED)
        .allSatisfy(c -> assertThat(c.signals()).isEmpty());
  }

  @Test
  void everyEvidenceQuotesItsClauseText() {
    for (ClauseChange c : CHANGES) {
      String[] texts = TEXTS.get(c);
      for (Signal s : c.signals()) {
        if (s.oldOffset() >= 0) {
          assertThat(texts[0].substring(s.oldOffset(), s.oldOffset() + s.oldText().length()))
              .isEqualTo(s.oldText());
        }
        if (s.newOffset() >= 0) {
          assertThat(texts[1].substring(s.newOffset(), s.newOffset() + s.newText().length()))
              .isEqualTo(s.newText());
        }
        List<String> ids = c.match().newIds().isEmpty() ? c.match().oldIds() : c.match().newIds();
        assertThat(ids).contains(s.clause());
      }
    }
  }
}
