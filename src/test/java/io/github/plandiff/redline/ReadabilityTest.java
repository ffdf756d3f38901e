package io.github.plandiff.redline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.plandiff.model.Op;
import io.github.plandiff.model.Segment;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReadabilityTest {

  private final RedlineEngine engine = new RedlineEngine();

  private static long hunks(List<Segment> redline) {
    return Part.of(redline).stream().filter(Part::isChange).count();
  }

  @Test
  void foldsAOneWordIslandBetweenTwoEditsIntoOneReplacement() {
    List<Segment> r =
        engine.redline(
            "The parties will meet in Geneva and then sign it in spring of next year.",
            "The parties may gather in Vienna and then sign it in spring of next year.");
    assertThat(r)
        .containsExactly(
            new Segment(Op.EQUAL, "The parties "),
            new Segment(Op.DELETE, "will meet in Geneva"),
            new Segment(Op.INSERT, "may gather in Vienna"),
            new Segment(Op.EQUAL, " and then sign it in spring of next year."));
  }

  @Test
  void keepsAPhraseOfThreeWordsBetweenTwoEdits() {
    List<Segment> r =
        engine.redline(
            "Russia will withdraw its forces from the line of contact at once, and then Ukraine will"
                + " hold elections.",
            "Moscow will withdraw its forces from the line of contact within 30 days, and then"
                + " Ukraine will hold elections.");
    assertThat(r)
        .contains(new Segment(Op.EQUAL, " will withdraw its forces from the line of contact "));
    assertThat(hunks(r)).isEqualTo(2);
  }

  @Test
  void neverFoldsAKeptSentenceEnd() {
    List<Segment> r =
        engine.redline("Talks start soon. Guns fall silent.", "Talks end soon. Guns roar.");
    assertThat(r).contains(new Segment(Op.EQUAL, " soon. Guns "));
    assertThat(hunks(r)).isEqualTo(2);
  }

  @Test
  void showsAMostlyRewrittenSentenceAsOneReplacement() {
    List<Segment> r =
        engine.redline(
            "The frozen funds of the bank are to be allocated to a fund for rebuilding. Talks go on.",
            "Several funds will be set up in the bank to finance recovery by a board. Talks go on.");
    assertThat(hunks(r)).isEqualTo(1);
    assertThat(r.get(r.size() - 1)).isEqualTo(new Segment(Op.EQUAL, ". Talks go on."));
  }

  @Test
  void putsAnInsertedSentenceBetweenSentenceEndsAndSpaces() {
    List<Segment> r =
        engine.redline("Talks start. Talks end.", "Talks start. Talks go on. Talks end.");
    assertThat(r)
        .containsExactly(
            new Segment(Op.EQUAL, "Talks start. "),
            new Segment(Op.INSERT, "Talks go on. "),
            new Segment(Op.EQUAL, "Talks end."));
  }

  @Test
  void keepsSpacesThatBothSidesOfAReplacementShareAtItsEdges() {
    Part edit = Part.edit(" will meet ", " may gather ");
    List<Part> parts = Boundaries.align(List.of(Part.kept("They"), edit, Part.kept("soon.")));
    assertThat(Part.segments(parts))
        .containsExactly(
            new Segment(Op.EQUAL, "They "),
            new Segment(Op.DELETE, "will meet"),
            new Segment(Op.INSERT, "may gather"),
            new Segment(Op.EQUAL, " soon."));
  }

  @Test
  void marksAnApostropheChangeAsCosmetic() {
    List<Segment> r =
        engine.redline("Ukraine's status is confirmed.", "Ukraine’s status is confirmed anew.");
    assertThat(r)
        .startsWith(
            new Segment(Op.DELETE, "Ukraine's", true),
            new Segment(Op.INSERT, "Ukraine’s", true),
            new Segment(Op.EQUAL, " status is confirmed"));
  }

  @Test
  void takesACosmeticWordAtTheEdgeOfAnEditOutOfIt() {
    List<Segment> r =
        engine.redline(
            "Ukraine's armed forces will not exceed 600,000 personnel.",
            "In peacetime, Ukraine’s armed forces will remain at 800,000 personnel.");
    assertThat(r)
        .startsWith(
            new Segment(Op.INSERT, "In peacetime, "),
            new Segment(Op.DELETE, "Ukraine's", true),
            new Segment(Op.INSERT, "Ukraine’s", true),
            new Segment(Op.EQUAL, " armed forces will "));
  }

  @Test
  void marksCaseDashAndWidthChangesAsCosmetic() {
    assertThat(Cosmetic.differ("Union", "union")).isTrue();
    assertThat(Cosmetic.differ("-", "\u2014")).isTrue();
    assertThat(Cosmetic.differ("\"", "\u201C")).isTrue();
    assertThat(Cosmetic.differ("ＵＮ", "UN")).isTrue();
    assertThat(Cosmetic.differ("will", "may")).isFalse();
    assertThat(Cosmetic.differ(".", ")")).isFalse();
    assertThat(Cosmetic.differ(" ", "\n")).isFalse();
  }

  @Test
  void leavesACosmeticWordInsideARewriteAsPartOfIt() {
    List<Segment> r =
        engine.redline(
            "The parties will meet the Union's envoys soon.",
            "The parties may greet the Union’s delegates soon.");
    assertThat(r).noneMatch(Segment::cosmetic);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16})
  void staysLosslessOnRandomEdits(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    String a = text(rnd, 80);
    String b = mutate(rnd, a);
    List<Segment> r = engine.redline(a, b);
    assertThat(Segment.oldText(r)).isEqualTo(a);
    assertThat(Segment.newText(r)).isEqualTo(b);
    for (int k = 1; k < r.size(); k++) {
      assertThat(r.get(k).op()).isNotEqualTo(r.get(k - 1).op());
      assertThat(r.get(k - 1).op() == Op.INSERT && r.get(k).op() == Op.DELETE).isFalse();
    }
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void foldsAHundredThousandEditsInLinearTime() {
    StringBuilder a = new StringBuilder();
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < 100_000; k++) {
      a.append("old").append(k % 7).append(" x ");
      b.append("new").append(k % 7).append(" x ");
    }
    List<Segment> segments = new java.util.ArrayList<>();
    for (int k = 0; k < 100_000; k++) {
      segments.add(new Segment(Op.DELETE, "old" + (k % 7)));
      segments.add(new Segment(Op.INSERT, "new" + (k % 7)));
      segments.add(new Segment(Op.EQUAL, " x "));
    }
    List<Segment> tidy = Readability.tidy(segments);
    assertThat(Segment.oldText(tidy)).isEqualTo(a.toString());
    assertThat(Segment.newText(tidy)).isEqualTo(b.toString());
    assertThat(hunks(tidy)).isEqualTo(1);
  }

  private static final String[] WORDS = {
    "Russia",
    "Ukraine",
    "will",
    "may",
    "not",
    "the",
    "of",
    "forces",
    "600,000",
    "NATO",
    "shall",
    "withdraw",
    "and",
    "a",
    "."
  };

  private static String text(SplittableRandom rnd, int words) {
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < words; k++) {
      String w = WORDS[rnd.nextInt(WORDS.length)];
      sb.append(w.equals(".") || sb.length() == 0 ? "" : " ").append(w);
      if (rnd.nextInt(15) == 0) {
        sb.append(rnd.nextBoolean() ? "\n" : ". ");
      }
    }
    return sb.toString();
  }

  private static String mutate(SplittableRandom rnd, String a) {
    String[] words = a.split(" ", -1);
    StringBuilder sb = new StringBuilder();
    for (String w : words) {
      int roll = rnd.nextInt(6);
      if (roll == 0) {
        continue;
      }
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(roll == 1 ? WORDS[rnd.nextInt(WORDS.length)] : w);
      if (roll == 2) {
        sb.append(' ').append(WORDS[rnd.nextInt(WORDS.length)]);
      }
    }
    return sb.toString();
  }
}
