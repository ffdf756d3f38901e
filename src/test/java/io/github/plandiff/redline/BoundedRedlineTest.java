package io.github.plandiff.redline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.plandiff.model.Op;
import io.github.plandiff.model.Segment;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BoundedRedlineTest {

  private static final String[] WORDS = {
    "the",
    "parties",
    "shall",
    "will",
    "may",
    "not",
    "withdraw",
    "forces",
    "within",
    "days",
    "600,000",
    "800,000",
    "territory",
    "guarantees",
    "monitoring",
    "Ukraine",
    "Russia",
    "Europe",
  };

  @Test
  void comparesAShortTextWordByWord() {
    Redline r = new RedlineEngine().diff("The parties will withdraw.", "The parties may withdraw.");

    assertThat(r.granularity()).isEqualTo(Granularity.WORD);
    assertThat(r.isCoarse()).isFalse();
    assertThat(r.segments())
        .contains(new Segment(Op.DELETE, "will"), new Segment(Op.INSERT, "may"));
  }

  @Test
  void fallsBackToSentencesForATextAboveTheWordLimitAndStillFindsTheChangedWord() {
    String middle = paragraph(new SplittableRandom(1), 400);
    String old = "The parties shall withdraw. " + middle + " The forces stay.";
    String changed = "The parties may withdraw. " + middle + " The forces leave.";
    RedlineEngine small = new RedlineEngine(200, 1_000_000);

    Redline r = small.diff(old, changed);

    assertThat(r.granularity()).isEqualTo(Granularity.SENTENCE);
    assertThat(r.segments())
        .contains(
            new Segment(Op.DELETE, "shall"),
            new Segment(Op.INSERT, "may"),
            new Segment(Op.DELETE, "stay"),
            new Segment(Op.INSERT, "leave"));
    assertLossless(r.segments(), old, changed);
  }

  @Test
  void replacesLongChangedPassagesWholeWhenTheBudgetIsSpent() {
    SplittableRandom random = new SplittableRandom(2);
    String old = paragraph(random, 300);
    String changed = paragraph(random, 300);

    Redline r = new RedlineEngine(50, 0).diff(old, changed);

    assertThat(r.granularity()).isEqualTo(Granularity.BLOCK);
    assertLossless(r.segments(), old, changed);
  }

  @Test
  void keepsAHugeParagraphLosslessAndCoarse() {
    SplittableRandom random = new SplittableRandom(3);
    String old = paragraph(random, 120_000);
    String changed = edit(random, old, 300);

    Redline r = new RedlineEngine().diff(old, changed);

    assertThat(r.isCoarse()).isTrue();
    assertThat(r.tokens()).isGreaterThan(RedlineEngine.WORD_LIMIT);
    assertLossless(r.segments(), old, changed);
  }

  @ParameterizedTest
  @ValueSource(longs = {11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25})
  void rebuildsBothTextsWhateverTheLimits(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    String old = paragraph(random, 20 + random.nextInt(400));
    String changed =
        random.nextBoolean()
            ? edit(random, old, 1 + random.nextInt(20))
            : paragraph(random, random.nextInt(300));
    RedlineEngine engine = new RedlineEngine(5 + random.nextInt(100), random.nextInt(50_000));

    Redline r = engine.diff(old, changed);

    assertLossless(r.segments(), old, changed);
  }

  @Test
  void splitsSentencesAfterStopsAndLineBreaks() {
    List<String> tokens = Tokenizer.tokenize("One two. Three\nfour; five");

    int[] units = BoundedDiff.units(tokens, 0, tokens.size());

    assertThat(units).containsExactly(0, 5, 7, 10, tokens.size());
  }

  private static void assertLossless(List<Segment> segments, String old, String changed) {
    assertThat(Segment.oldText(segments)).isEqualTo(old);
    assertThat(Segment.newText(segments)).isEqualTo(changed);
    for (int k = 1; k < segments.size(); k++) {
      assertThat(segments.get(k).op()).isNotEqualTo(segments.get(k - 1).op());
    }
  }

  private static String paragraph(SplittableRandom random, int words) {
    StringBuilder sb = new StringBuilder();
    for (int w = 0; w < words; w++) {
      if (w > 0) {
        sb.append(random.nextInt(9) == 0 ? ". " : random.nextInt(40) == 0 ? "\n" : " ");
      }
      sb.append(WORDS[random.nextInt(WORDS.length)]);
      if (random.nextInt(3) == 0) {
        sb.append(random.nextInt(1000));
      }
    }
    return sb.append('.').toString();
  }

  private static String edit(SplittableRandom random, String text, int every) {
    StringBuilder sb = new StringBuilder();
    for (String w : text.split(" ", -1)) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(random.nextInt(every) == 0 ? WORDS[random.nextInt(WORDS.length)] : w);
    }
    return sb.toString();
  }
}
