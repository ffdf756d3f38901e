package io.github.plandiff;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.plandiff.model.Clause;
import io.github.plandiff.model.ClauseChange;
import io.github.plandiff.model.Comparison;
import io.github.plandiff.model.Draft;
import io.github.plandiff.model.HeadingChange;
import io.github.plandiff.model.HeadingKind;
import io.github.plandiff.model.Relation;
import io.github.plandiff.model.Segment;
import io.github.plandiff.testing.InvariantGenerator;
import io.github.plandiff.testing.StructuredDrafts;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invariant 2 for words, and invariant 4 (symmetry) for heading changes: every word of both drafts,
 * headings and annexes included, is in the redline of exactly one change (a top-level clause change
 * or a heading change). The words of a draft are those of its source text, less the numbers of its
 * top-level clauses, which no redline holds (a section's number is part of its heading); a word is
 * a run of letters, digits and marks.
 */
class WordCoverageTest {

  static LongStream seeds() {
    return LongStream.range(0, Integer.getInteger("invariants.seeds", 300));
  }

  static Stream<Arguments> samplePairs() {
    List<Arguments> pairs = new ArrayList<>();
    for (String a : SampleInvariantsTest.SAMPLES) {
      for (String b : SampleInvariantsTest.SAMPLES) {
        pairs.add(Arguments.of(a, b));
      }
    }
    return pairs.stream();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("samplePairs")
  void everyWordOfTwoSamplesIsInExactlyOneChange(String a, String b) {
    covers(SampleInvariantsTest.sample(a), SampleInvariantsTest.sample(b));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyWordOfTwoStructuredDraftsIsInExactlyOneChange(long seed) {
    List<String> pair = StructuredDrafts.pair(seed);
    Draft oldDraft = parse(pair.get(0), "old");
    Draft newDraft = parse(pair.get(1), "new");
    for (Draft d : List.of(oldDraft, newDraft)) {
      String text = d.text();
      assertThat(d.sections()).as(text).isNotEmpty();
      assertThat(d.annexes()).as(text).hasSize(text.split("\nAnnex ", -1).length - 1);
      assertThat(d.warnings())
          .as(text)
          .allMatch(w -> w.message().startsWith("two points run together"));
    }
    covers(oldDraft, newDraft);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyWordOfTwoGeneratedDraftsIsInExactlyOneChange(long seed) {
    InvariantGenerator.Case c = InvariantGenerator.pair(seed);
    covers(parse(c.oldDraft().text(), "old"), parse(c.newDraft().text(), "new"));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void swappingTwoStructuredDraftsMirrorsEveryHeadingChange(long seed) {
    List<String> pair = StructuredDrafts.pair(seed);
    Draft a = parse(pair.get(0), "old");
    Draft b = parse(pair.get(1), "new");
    List<String> forward = new ArrayList<>();
    for (HeadingChange h : PlanDiff.compare(a, b, CompareOptions.defaults()).headings()) {
      if (h.kind() != HeadingKind.CLAUSE) {
        forward.add(h.kind() + " " + mirror(h.relation()) + " " + h.newIds() + ">" + h.oldIds());
      }
    }
    List<String> backward = new ArrayList<>();
    for (HeadingChange h : PlanDiff.compare(b, a, CompareOptions.defaults()).headings()) {
      if (h.kind() != HeadingKind.CLAUSE) {
        backward.add(h.kind() + " " + h.relation() + " " + h.oldIds() + ">" + h.newIds());
      }
    }
    assertThat(sorted(backward)).isEqualTo(sorted(forward));
  }

  private static Relation mirror(Relation r) {
    return switch (r) {
      case ADDED -> Relation.REMOVED;
      case REMOVED -> Relation.ADDED;
      default -> r;
    };
  }

  private static void covers(Draft oldDraft, Draft newDraft) {
    Comparison comparison = PlanDiff.compare(oldDraft, newDraft, CompareOptions.defaults());
    List<String> oldWords = new ArrayList<>();
    List<String> newWords = new ArrayList<>();
    for (ClauseChange change : comparison.changes()) {
      oldWords.addAll(words(Segment.oldText(change.redline())));
      newWords.addAll(words(Segment.newText(change.redline())));
    }
    for (HeadingChange h : comparison.headings()) {
      oldWords.addAll(words(h.oldText()));
      newWords.addAll(words(h.newText()));
    }
    assertThat(sorted(oldWords)).as("old words").isEqualTo(sorted(draftWords(oldDraft)));
    assertThat(sorted(newWords)).as("new words").isEqualTo(sorted(draftWords(newDraft)));
  }

  /** The words of a draft's source, less its top-level clauses' and sections' numbers. */
  static List<String> draftWords(Draft draft) {
    List<String> all = words(draft.text());
    for (Clause c : draft.clauses()) {
      for (String w : words(c.label())) {
        all.remove(w);
      }
    }
    return all;
  }

  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    text.codePoints()
        .forEach(
            cp -> {
              int type = Character.getType(cp);
              boolean mark =
                  type == Character.NON_SPACING_MARK
                      || type == Character.COMBINING_SPACING_MARK
                      || type == Character.ENCLOSING_MARK;
              if (Character.isLetterOrDigit(cp) || mark && w.length() > 0) {
                w.appendCodePoint(cp);
              } else if (w.length() > 0) {
                words.add(w.toString());
                w.setLength(0);
              }
            });
    if (w.length() > 0) {
      words.add(w.toString());
    }
    return words;
  }

  private static List<String> sorted(List<String> words) {
    List<String> copy = new ArrayList<>(words);
    Collections.sort(copy);
    return copy;
  }

  private static Draft parse(String text, String label) {
    return PlanDiff.parse(text.getBytes(StandardCharsets.UTF_8), label + ".txt", label);
  }
}
