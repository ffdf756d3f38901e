package io.github.plandiff.classify;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.plandiff.model.Clause;
import io.github.plandiff.model.Draft;
import io.github.plandiff.testing.DraftGenerator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The sentences of two drafts as word ids, split on one processor or several. */
class SentenceIdsTest {

  @ParameterizedTest
  @ValueSource(longs = {2, 11})
  void sharingTheSplittingBetweenProcessorsGivesTheSameIds(long seed) {
    DraftGenerator gen = new DraftGenerator(seed);
    DraftGenerator.Revision r = gen.revise(gen.draft(400));
    List<Draft> drafts = List.of(r.oldDraft(), r.newDraft());
    SentenceIds one = SentenceIds.of(drafts, false);
    SentenceIds many = SentenceIds.of(drafts, true);
    assertThat(many.ids).isEqualTo(one.ids).isNotEmpty();
    assertThat(many.map(Arrays::toString)).isEqualTo(one.map(Arrays::toString));
  }

  @ParameterizedTest
  @ValueSource(longs = {5})
  void theIdsSpellEachSentencesWordsInOrder(long seed) {
    DraftGenerator gen = new DraftGenerator(seed);
    DraftGenerator.Revision r = gen.revise(gen.draft(120));
    List<Draft> drafts = List.of(r.oldDraft(), r.newDraft());
    SentenceIds ids = SentenceIds.of(drafts, true);
    String[] words = new String[ids.ids.size()];
    for (Map.Entry<String, Integer> e : ids.ids.entrySet()) {
      words[e.getValue()] = e.getKey();
    }
    List<List<List<String>>> spelt =
        ids.map(seq -> Arrays.stream(seq).mapToObj(id -> words[id]).toList());
    for (int d = 0; d < drafts.size(); d++) {
      List<List<String>> expected = new ArrayList<>();
      for (Clause clause : drafts.get(d).allClauses()) {
        for (Sentence s : Sentence.split(clause.text())) {
          expected.add(s.words().stream().map(Word::norm).toList());
        }
      }
      assertThat(spelt.get(d)).isEqualTo(expected).isNotEmpty();
    }
  }
}
