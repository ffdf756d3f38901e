package io.github.plandiff.classify;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.plandiff.model.Clause;
import io.github.plandiff.model.Draft;
import io.github.plandiff.testing.DraftGenerator;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A long clause (a whole title of a bill) is split into sentences, and its sentences' features are
 * found, by several processors: the same as by one.
 */
class LongClauseSharingTest {

  private static String text(Draft draft) {
    return draft.clauses().stream().map(Clause::fullText).collect(Collectors.joining("\n"));
  }

  @ParameterizedTest
  @ValueSource(longs = {3, 8})
  void sentencesOfALongTextAreTheSameOnSeveralProcessors(long seed) {
    DraftGenerator gen = new DraftGenerator(seed);
    String text = text(gen.draft(300));
    assertThat(Sentence.split(text, true))
        .isEqualTo(Sentence.split(text, false))
        .hasSizeGreaterThan(300);
  }

  @ParameterizedTest
  @ValueSource(longs = {4, 9})
  void signalsOfALongClauseAreTheSameOnSeveralProcessors(long seed) {
    DraftGenerator gen = new DraftGenerator(seed);
    DraftGenerator.Revision r = gen.revise(gen.draft(200));
    String oldText = text(r.oldDraft());
    String newText = text(r.newDraft());
    Rules rules = new Rules(Lexicon.defaults());
    ClauseAnalysis one = new ClauseAnalysis(new Extractor(rules), rules, Integer.MAX_VALUE);
    ClauseAnalysis many = new ClauseAnalysis(new Extractor(rules), rules, 1);
    assertThat(many.compare(oldText, newText))
        .isEqualTo(one.compare(oldText, newText))
        .isNotEmpty();
  }
}
