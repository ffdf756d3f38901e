package io.github.plandiff.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link Clause#fullText} against its definition: own text, then each child's full text. */
class ClauseFullTextTest {

  private static final Span SPAN = new Span(0, 0, 1, 1);

  /** The definition, one child's full text made at a time. */
  private static String byDefinition(Clause c) {
    StringBuilder sb = new StringBuilder(c.text());
    for (Clause child : c.children()) {
      if (sb.length() > 0) {
        sb.append('\n');
      }
      if (!child.label().isEmpty()) {
        sb.append(child.label()).append(' ');
      }
      sb.append(byDefinition(child));
    }
    return sb.toString();
  }

  /** A tree where texts and labels may be empty, so that the line breaks' rule is exercised. */
  private static Clause tree(SplittableRandom random, int depth) {
    List<Clause> children = new ArrayList<>();
    int n = depth == 0 ? 0 : random.nextInt(4);
    for (int k = 0; k < n; k++) {
      children.add(tree(random, depth - 1));
    }
    String text = random.nextInt(3) == 0 ? "" : "text " + random.nextInt(100);
    String label = random.nextInt(3) == 0 ? "" : "(" + (char) ('a' + random.nextInt(26)) + ")";
    return new Clause("1", label, Optional.empty(), text, children, SPAN);
  }

  @Test
  void fullTextIsTheOwnTextThenEachChildsFullText() {
    SplittableRandom random = new SplittableRandom(11);
    for (int round = 0; round < 2000; round++) {
      Clause clause = tree(random, 1 + random.nextInt(4));
      assertThat(clause.fullText()).isEqualTo(byDefinition(clause));
    }
  }

  @Test
  void anEmptyParentTextStartsWithItsFirstChildWithoutALineBreak() {
    Clause child =
        new Clause(
            "1.a",
            "(a)",
            Optional.empty(),
            "",
            List.of(Clause.of("1.a.i", "(i)", "deep", SPAN)),
            SPAN);
    Clause parent = new Clause("1", "1.", Optional.empty(), "", List.of(child), SPAN);
    assertThat(parent.fullText()).isEqualTo("(a) (i) deep");
  }
}
