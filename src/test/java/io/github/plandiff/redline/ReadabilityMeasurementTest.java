package io.github.plandiff.redline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.plandiff.CompareOptions;
import io.github.plandiff.PlanDiff;
import io.github.plandiff.model.ClauseChange;
import io.github.plandiff.model.Comparison;
import io.github.plandiff.model.Op;
import io.github.plandiff.model.Segment;
import io.github.plandiff.testing.DraftGenerator;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readability of the redlines of the four sample pairs and of generated drafts, before and after
 * the readability pass; prints the table that docs/architecture.md quotes.
 */
class ReadabilityMeasurementTest {

  private static final Path DRAFTS = Path.of("src/test/resources/drafts");
  private static final String[][] PAIRS = {
    {"ukraine-28", "ukraine-20"},
    {"ukraine-28", "ukraine-counter"},
    {"ukraine-counter", "ukraine-20"},
    {"minsk-1", "minsk-2"}
  };

  private static Comparison sample(String oldName, String newName) {
    return PlanDiff.compare(
        DRAFTS.resolve(oldName + ".txt"),
        DRAFTS.resolve(newName + ".txt"),
        CompareOptions.defaults());
  }

  @Test
  void samplePairsHaveAtMostTwoIslandsPerHundredHunks() {
    ReadabilityFigures.Figures all = ReadabilityFigures.NONE;
    StringBuilder table = new StringBuilder(header());
    for (String[] pair : PAIRS) {
      ReadabilityFigures.Figures f = ReadabilityFigures.of(sample(pair[0], pair[1]));
      table.append(f.row(pair[0] + " → " + pair[1])).append('\n');
      all = all.plus(f);
    }
    table.append(all.row("four sample pairs"));
    System.out.println(table);
    assertThat(all.after().islandsPer100()).isLessThanOrEqualTo(2.0);
    assertThat(all.after().inSentence()).isZero();
    assertThat(all.after().hunks()).isLessThan(all.before().hunks());
    assertThat(all.coarser()).isZero();
  }

  @Test
  void generatedDraftsHaveAtMostTwoIslandsPerHundredHunks() {
    ReadabilityFigures.Figures all = ReadabilityFigures.NONE;
    for (long seed = 1; seed <= 6; seed++) {
      DraftGenerator gen = new DraftGenerator(seed * 104_729L);
      DraftGenerator.Revision r = gen.revise(gen.draft(30 + (int) (seed * 15)));
      all =
          all.plus(
              ReadabilityFigures.of(
                  PlanDiff.compare(r.oldDraft(), r.newDraft(), CompareOptions.defaults())));
    }
    System.out.println(header() + all.row("generated, 6 pairs of 45-120 points"));
    assertThat(all.after().inSentence()).isZero();
    assertThat(all.after().islandsPer100()).isLessThan(all.before().islandsPer100());
    assertThat(all.coarser()).isZero();
  }

  @Test
  void point14Of28ReadsAsAHandfulOfReplacementsInPoint9Of20() {
    Comparison c = sample("ukraine-28", "ukraine-20");
    ClauseChange change =
        c.changes().stream()
            .filter(ch -> ch.match().oldIds().equals(List.of("14")))
            .findFirst()
            .orElseThrow();
    List<Segment> redline = change.redline();
    System.out.println("28 → 20, point 14 → " + change.match().newIds() + ": " + redline);
    long hunks = Part.of(redline).stream().filter(Part::isChange).count();
    assertThat(hunks).isBetween(1L, 5L);
    assertThat(redline.stream().filter(s -> s.op() != Op.EQUAL)).isNotEmpty();
  }

  private static String header() {
    return "| pairs | changed clauses | hunks per clause before | after | hunks before | after"
        + " | islands per 100 hunks before | after | islands inside a sentence after"
        + " | clauses with a kept sentence end lost |\n"
        + "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n";
  }
}
