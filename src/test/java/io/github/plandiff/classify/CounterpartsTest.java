package io.github.plandiff.classify;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.plandiff.PlanDiff;
import io.github.plandiff.model.ClauseChange;
import io.github.plandiff.model.Comparison;
import io.github.plandiff.model.Signal;
import io.github.plandiff.model.SignalType;
import java.util.List;
import org.junit.jupiter.api.Test;

class CounterpartsTest {

  private static final String OLD =
      "1. Russia will withdraw its forces from the Kharkiv region.\n"
          + "2. Ukraine will hold elections within 100 days. NATO will not enlarge any further.\n";
  private static final String NEW =
      "1. Russia will withdraw its forces from the Kharkiv region. NATO will not enlarge any"
          + " further.\n"
          + "2. Ukraine will hold elections within 100 days.\n";

  private static List<SignalType> types(Comparison c) {
    return c.changes().stream()
        .map(ClauseChange::signals)
        .flatMap(List::stream)
        .map(Signal::type)
        .toList();
  }

  @Test
  void aCommitmentMovedToAnotherClauseIsNeitherRemovedNorAdded() {
    assertThat(types(PlanDiff.compareTexts(OLD, NEW)))
        .doesNotContain(SignalType.COMMITMENT_ADDED, SignalType.COMMITMENT_REMOVED);
  }

  @Test
  void withoutTheDraftsEachChangeLooksOnlyAtItself() {
    Comparison c = PlanDiff.compareTexts(OLD, NEW);
    ChangeClassifier alone = new ChangeClassifier();
    List<SignalType> found =
        c.changes().stream()
            .map(
                ch ->
                    alone.classify(
                        ch,
                        io.github.plandiff.model.Segment.oldText(ch.redline()),
                        io.github.plandiff.model.Segment.newText(ch.redline())))
            .map(ClauseChange::signals)
            .flatMap(List::stream)
            .map(Signal::type)
            .toList();
    assertThat(found).contains(SignalType.COMMITMENT_ADDED, SignalType.COMMITMENT_REMOVED);
  }

  @Test
  void aSentenceWithOnlySomeWordsInCommonElsewhereIsNoCounterpart() {
    Counterparts index =
        Counterparts.of(
            PlanDiff.parse(
                "1. Ukraine will hold elections within 100 days.\n"
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "d.txt",
                "d"));
    assertThat(index.has(Sentence.split("Ukraine will hold elections within 100 days.").get(0)))
        .isTrue();
    assertThat(index.has(Sentence.split("Russia will hold talks within 100 days.").get(0)))
        .isFalse();
  }

  @Test
  void theIndexAnswersAsComparingEverySentenceByItsWordsAndPairs() {
    java.util.Random random = new java.util.Random(7);
    String[] vocabulary = {
      "Russia", "Ukraine", "will", "shall", "not", "withdraw", "forces", "the", "of", "from",
      "region", "within", "100", "days", "elections", "hold", "NATO", "enlarge", "any", "further"
    };
    StringBuilder draft = new StringBuilder();
    List<String> queries = new java.util.ArrayList<>();
    for (int c = 1; c <= 60; c++) {
      draft.append(c).append(". ");
      for (int s = 0; s < 1 + random.nextInt(3); s++) {
        String sentence = sentence(random, vocabulary);
        draft.append(sentence).append(' ');
        queries.add(sentence);
        queries.add(sentence(random, vocabulary));
      }
      draft.append('\n');
    }
    Counterparts index =
        Counterparts.of(
            PlanDiff.parse(
                draft.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), "d.txt", "d"));
    List<Sentence> all = new java.util.ArrayList<>();
    for (io.github.plandiff.model.Clause clause :
        PlanDiff.parse(
                draft.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), "d.txt", "d")
            .allClauses()) {
      all.addAll(Sentence.split(clause.text()));
    }
    int found = 0;
    for (String q : queries) {
      Sentence s = Sentence.split(q).get(0);
      boolean expected = anyCounterpart(all, s);
      assertThat(index.has(s)).as(q).isEqualTo(expected);
      found += expected ? 1 : 0;
    }
    assertThat(found).isGreaterThan(0).isLessThan(queries.size());
  }

  @Test
  void twoDraftsIndexedTogetherAnswerAsEachIndexedAlone() {
    java.util.Random random = new java.util.Random(11);
    String[] vocabulary = {
      "Russia", "Ukraine", "will", "shall", "not", "withdraw", "forces", "the", "of", "from",
      "region", "within", "100", "days", "elections", "hold", "NATO", "enlarge", "any", "further"
    };
    StringBuilder oldDraft = new StringBuilder();
    StringBuilder newDraft = new StringBuilder();
    List<String> queries = new java.util.ArrayList<>();
    for (int c = 1; c <= 80; c++) {
      String clause = sentence(random, vocabulary) + " " + sentence(random, vocabulary);
      oldDraft.append(c).append(". ").append(clause).append('\n');
      newDraft
          .append(c)
          .append(". ")
          .append(random.nextInt(3) == 0 ? sentence(random, vocabulary) : clause)
          .append('\n');
      queries.add(clause.substring(0, clause.indexOf('.') + 1));
      queries.add(sentence(random, vocabulary));
    }
    io.github.plandiff.model.Draft a = parse(oldDraft.toString());
    io.github.plandiff.model.Draft b = parse(newDraft.toString());

    Counterparts[] together = Counterparts.of(a, b);
    Counterparts aloneOld = Counterparts.of(a);
    Counterparts aloneNew = Counterparts.of(b);

    int found = 0;
    for (String q : queries) {
      Sentence s = Sentence.split(q).get(0);
      assertThat(together[0].has(s)).as(q).isEqualTo(aloneOld.has(s));
      assertThat(together[1].has(s)).as(q).isEqualTo(aloneNew.has(s));
      found += aloneNew.has(s) ? 1 : 0;
    }
    assertThat(found).isGreaterThan(0).isLessThan(queries.size());
  }

  private static io.github.plandiff.model.Draft parse(String text) {
    return PlanDiff.parse(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), "d.txt", "d");
  }

  private static String sentence(java.util.Random random, String[] vocabulary) {
    StringBuilder sb = new StringBuilder();
    for (int w = 0; w < 3 + random.nextInt(6); w++) {
      sb.append(w == 0 ? "" : " ").append(vocabulary[random.nextInt(vocabulary.length)]);
    }
    return sb.append('.').toString();
  }

  /**
   * The counterpart search on sets of strings: every sentence sharing a word held by at most 500
   * sentences, most shared words first, then in order, the first 20 scored.
   */
  private static boolean anyCounterpart(List<Sentence> all, Sentence s) {
    java.util.Set<String> words = Counterparts.bag(s, false);
    List<int[]> shared = new java.util.ArrayList<>();
    for (int k = 0; k < all.size(); k++) {
      java.util.Set<String> other = Counterparts.bag(all.get(k), false);
      int n = 0;
      for (String w : words) {
        n += other.contains(w) && postings(all, w) <= 500 ? 1 : 0;
      }
      if (n > 0) {
        shared.add(new int[] {k, n});
      }
    }
    shared.sort((x, y) -> x[1] != y[1] ? Integer.compare(y[1], x[1]) : Integer.compare(x[0], y[0]));
    for (int c = 0; c < Math.min(20, shared.size()); c++) {
      Sentence t = all.get(shared.get(c)[0]);
      double score =
          (Counterparts.dice(words, Counterparts.bag(t, false))
                  + Counterparts.dice(Counterparts.bag(s, true), Counterparts.bag(t, true)))
              / 2;
      if (score >= Counterparts.THRESHOLD) {
        return true;
      }
    }
    return false;
  }

  private static int postings(List<Sentence> all, String word) {
    return (int) all.stream().filter(t -> Counterparts.bag(t, false).contains(word)).count();
  }
}
