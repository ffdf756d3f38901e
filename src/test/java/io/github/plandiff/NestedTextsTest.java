package io.github.plandiff;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.plandiff.model.Clause;
import io.github.plandiff.model.Draft;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class NestedTextsTest {

  static Stream<Path> drafts() throws IOException, URISyntaxException {
    Path bills = Path.of(NestedTextsTest.class.getResource("/read/bills").toURI());
    Path texts = Path.of(NestedTextsTest.class.getResource("/drafts").toURI());
    List<Path> all;
    try (Stream<Path> b = Files.list(bills);
        Stream<Path> t = Files.list(texts)) {
      all = Stream.concat(b, t).filter(Files::isRegularFile).sorted().toList();
    }
    return all.stream();
  }

  @ParameterizedTest
  @MethodSource("drafts")
  void laysOutEverySubClauseWhereItsFullTextLies(Path file) {
    Draft draft = PlanDiff.parse(file);
    int checked = 0;
    for (Clause top : draft.clauses()) {
      String text = top.fullText();
      Map<String, int[]> ranges = new HashMap<>();
      int length = NestedTexts.layout(top, 0, ranges);

      assertThat(length).isEqualTo(text.length());
      for (Clause c : top.flatten()) {
        int[] r = ranges.get(c.id());
        assertThat(text.substring(r[0], r[1])).as(c.id()).isEqualTo(c.fullText());
        checked++;
      }
    }
    assertThat(checked).isEqualTo(draft.allClauses().size());
  }

  @Test
  void givesNoRangeForAClauseOutsideTheTopOne() {
    Draft draft = PlanDiff.compareTexts("1. One\n(a) sub\n2. Two\n", "1. One\n").oldDraft();
    NestedTexts first = new NestedTexts(draft.clauses().get(0), draft.clauses().get(0).fullText());

    assertThat(first.range(draft.clauses().get(0).children().get(0).id())).isNotNull();
    assertThat(first.range(draft.clauses().get(1).id())).isNull();
  }
}
