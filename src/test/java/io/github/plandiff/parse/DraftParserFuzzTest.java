package io.github.plandiff.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.plandiff.PlanDiff;
import io.github.plandiff.model.Clause;
import io.github.plandiff.model.Draft;
import io.github.plandiff.model.DraftReadException;
import java.util.HashSet;
import java.util.Set;

/**
 * Fuzzes reading and parsing: any bytes give a draft with unique ids and spans inside its text, or
 * a {@link DraftReadException}. The committed inputs replay in every build.
 */
class DraftParserFuzzTest {

  @FuzzTest(maxDuration = "5m")
  void parsesAnyBytes(byte[] bytes) {
    Draft draft;
    try {
      draft = PlanDiff.parse(bytes, "fuzz.txt", "fuzz");
    } catch (DraftReadException expected) {
      assertThat(expected.getMessage()).startsWith("fuzz.txt: ");
      return;
    }
    Set<String> ids = new HashSet<>();
    for (Clause clause : draft.allClauses()) {
      assertThat(ids.add(clause.id())).as("unique id %s", clause.id()).isTrue();
      assertThat(clause.span().end()).isLessThanOrEqualTo(draft.text().length());
    }
  }
}
