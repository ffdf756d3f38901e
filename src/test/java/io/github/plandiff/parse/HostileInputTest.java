package io.github.plandiff.parse;

import static io.github.plandiff.parse.Drafts.block;
import static io.github.plandiff.parse.Drafts.parse;
import static io.github.plandiff.parse.Drafts.structured;
import static io.github.plandiff.parse.Drafts.topIds;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.plandiff.model.Block;
import io.github.plandiff.model.BlockKind;
import io.github.plandiff.model.Clause;
import io.github.plandiff.model.Draft;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Inputs built to make a careless parser backtrack, recurse or loop. The timeouts only guard
 * against a hang; they are far above the time these take.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class HostileInputTest {

  private static final int MEGABYTE = 1 << 20;

  @Test
  void parsesAMegabyteLineOfDottedNumbers() {
    String line = "1.".repeat(MEGABYTE / 2);
    Draft draft = parse(line + "\n1. A real point.\n");

    assertThat(topIds(draft)).containsExactly("1");
    assertThat(draft.preamble()).hasSize(line.length());
  }

  @Test
  void parsesAMegabyteLineOfNumbersRunTogether() {
    StringBuilder sb = new StringBuilder();
    for (int k = 1; sb.length() < MEGABYTE; k++) {
      sb.append(k).append(". Point number ").append(k).append(" is agreed.");
    }
    Draft draft = parse(sb.toString());

    assertThat(draft.clauses()).hasSizeGreaterThan(TreeBuilder.MAX_SPLITS);
    assertThat(String.join("", draft.clauses().stream().map(Clause::fullText).toList()))
        .hasSizeGreaterThan(MEGABYTE / 2);
  }

  @Test
  void parsesFiftyThousandNestedBrackets() {
    String open = "(".repeat(50_000) + "[".repeat(50_000);
    String close = "]".repeat(50_000) + ")".repeat(50_000);
    Draft draft =
        parse(
            "1. Text "
                + open
                + "x"
                + close
                + "\n"
                + open
                + "\n"
                + close
                + "\n"
                + "("
                + open
                + ")\n2. Next.\n");

    assertThat(topIds(draft)).containsExactly("1", "2");
    assertThat(draft.clauses().get(0).text()).contains(open + "x" + close);
  }

  @Test
  void parsesLongRunsOfLabelLikeCharacters() {
    Draft draft =
        parse(
            "1. Start.\n"
                + "(a) ".repeat(200_000)
                + "\n"
                + "\u2013 ".repeat(200_000)
                + "\n"
                + "I. ".repeat(200_000)
                + "\n"
                + "a.b.c.".repeat(200_000)
                + "\n2. End.\n");

    assertThat(topIds(draft)).containsExactly("1", "2");
  }

  @Test
  void parsesTenThousandPoints() {
    StringBuilder sb = new StringBuilder("A generated draft\n\n");
    for (int k = 1; k <= 10_000; k++) {
      sb.append(k).append(". The parties agree on measure ").append(k).append(":\n");
      if (k % 10 == 0) {
        sb.append("a) first part;\nb) second part.\n");
      }
    }
    Draft draft = parse(sb.toString());

    assertThat(draft.clauses()).hasSize(10_000);
    assertThat(draft.clauses().get(9_999).id()).isEqualTo("10000");
    assertThat(draft.allClauses()).hasSize(12_000);
    assertThat(draft.warnings()).isEmpty();
  }

  @Test
  void parsesAHundredThousandNumberedLines() {
    StringBuilder sb = new StringBuilder();
    for (int k = 1; k <= 100_000; k++) {
      sb.append(k).append(". Line ").append(k).append(".\n");
    }
    Draft draft = parse(sb.toString());

    // labels have at most five digits: "100000." is text, like an amount at a line start
    assertThat(draft.clauses()).hasSize(99_999);
    assertThat(draft.clauses().get(99_998).text()).isEqualTo("Line 99999.\n100000. Line 100000.");
  }

  @Test
  void capsTheWarningsOfRepeatedNumbers() {
    Draft draft = parse("1. Same.\n".repeat(5_000));

    assertThat(draft.clauses()).hasSize(5_000);
    assertThat(draft.clauses().get(4_999).id()).isEqualTo("1~5000");
    assertThat(draft.warnings()).hasSize(Warnings.MAX + 1);
    assertThat(draft.warnings().get(Warnings.MAX).message())
        .isEqualTo("3999 further warnings not shown");
  }

  @Test
  void boundsTheDepthOfThreeHundredNestedListLevels() {
    List<Block> blocks = new ArrayList<>();
    for (int level = 0; level < 300; level++) {
      blocks.add(block(BlockKind.LIST_ITEM, "1.", level, "level " + level, level + 1));
    }
    Draft draft = new DraftParser().parse(structured(blocks), "deep");

    assertThat(draft.allClauses()).hasSize(300);
    assertThat(depth(draft.clauses().get(0))).isLessThanOrEqualTo(TreeBuilder.MAX_DEPTH);
  }

  @Test
  void boundsTheDepthOfTextThatOpensANewListOnEveryLine() {
    StringBuilder sb = new StringBuilder("1. Top:\n");
    String[] styles = {
      "(a)", "(1)", "(A)", "(i)", "(I)", "a.", "A.", "a)", "1)", "i.", "\u2013", "\u2014", "\u2022",
      "*", "-", "\u00B7"
    };
    for (int k = 0; k < 3000; k++) {
      sb.append(styles[k % styles.length]).append(" item ").append(k).append('\n');
    }
    Draft draft = parse(sb.toString());

    assertThat(draft.allClauses()).hasSizeGreaterThan(3000);
    for (Clause top : draft.clauses()) {
      assertThat(depth(top)).isLessThanOrEqualTo(TreeBuilder.MAX_DEPTH);
    }
  }

  @Test
  void givesAnEmptyDraftWithAWarningForBlankInput() {
    Draft empty = parse("");
    Draft blank = parse("  \n\n\t\n");

    assertThat(empty.clauses()).isEmpty();
    assertThat(blank.clauses()).isEmpty();
    assertThat(blank.preamble()).isEmpty();
    assertThat(Drafts.messages(blank)).anyMatch(m -> m.contains("no numbered clauses"));
  }

  private static int depth(Clause clause) {
    int max = 0;
    for (Clause child : clause.children()) {
      max = Math.max(max, depth(child));
    }
    return max + 1;
  }
}
