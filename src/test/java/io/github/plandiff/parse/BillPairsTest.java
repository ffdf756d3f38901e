package io.github.plandiff.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.plandiff.PlanDiff;
import io.github.plandiff.model.ClauseChange;
import io.github.plandiff.model.Comparison;
import io.github.plandiff.model.Relation;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Two stages of one bill with (nearly) the same body, read, parsed and compared end to end: the
 * comparison reports (almost) every clause unchanged, at the top level and below.
 */
class BillPairsTest {

  /** The least share of unchanged clauses for bodies that are the same. */
  private static final double FLOOR = 0.95;

  @ParameterizedTest
  @CsvSource({
    "h1037_eh.XML, H1037_RFS.XML, 20",
    "S2731_IPS.XML, S2731_RCS.XML, 319",
    "H264_PCS.XML, h264_eh.XML, 429",
    "SC13_ES.XML, SC13_RFH.XML, 19",
    "SC13_RFH.XML, SC13_ATS.XML, 19"
  })
  void reportsTheSameBodyInTwoStagesAsUnchanged(String older, String newer, int clauses) {
    Comparison comparison = PlanDiff.compare(bill(older), bill(newer));

    assertThat(comparison.oldDraft().allClauses()).hasSize(clauses);
    assertThat(comparison.newDraft().allClauses()).hasSize(clauses);
    assertThat(unchangedShare(comparison.changes())).isGreaterThanOrEqualTo(FLOOR);
    assertThat(unchangedShare(everyLevel(comparison.changes()))).isGreaterThanOrEqualTo(FLOOR);
  }

  @Test
  void reportsTheChangesBetweenAnIntroducedAndAnEnrolledBill() {
    Comparison comparison = PlanDiff.compare(bill("H2157_IH.XML"), bill("h2157_enr.XML"));

    assertThat(unchangedShare(comparison.changes())).isLessThan(0.5);
    assertThat(comparison.changes())
        .extracting(ClauseChange::relation)
        .contains(Relation.REWORDED, Relation.ADDED);
  }

  private static double unchangedShare(List<ClauseChange> changes) {
    assertThat(changes).isNotEmpty();
    long unchanged = changes.stream().filter(c -> c.relation() == Relation.UNCHANGED).count();
    return unchanged / (double) changes.size();
  }

  private static List<ClauseChange> everyLevel(List<ClauseChange> top) {
    List<ClauseChange> all = new ArrayList<>();
    Deque<ClauseChange> queue = new ArrayDeque<>(top);
    while (!queue.isEmpty()) {
      ClauseChange change = queue.removeFirst();
      all.add(change);
      queue.addAll(change.children());
    }
    return all;
  }

  private static Path bill(String name) {
    URL url = BillPairsTest.class.getResource("/read/bills/" + name);
    assertThat(url).as(name).isNotNull();
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
