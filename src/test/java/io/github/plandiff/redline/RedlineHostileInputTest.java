package io.github.plandiff.redline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.plandiff.model.Op;
import io.github.plandiff.model.Segment;
import io.github.plandiff.testing.Graphemes;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Redlines of text that breaks naive code: emoji, flags, marks, right-to-left text, huge inputs.
 */
class RedlineHostileInputTest {

  private final RedlineEngine engine = new RedlineEngine();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      flag sharing its first letter        | Flag 🇺🇦 here          | Flag 🇺🇸 here
      family emoji differing in one member | We 👨‍👩‍👧 agree        | We 👨‍👩‍👦 agree
      skin tone modifier                   | ok 👍🏽 now            | ok 👍🏿 now
      keycap sequence                      | press 1️⃣ then      | press 2️⃣ then
      enclosing mark after a letter        | a⃝ b                  | c⃝ b
      combining accent on one letter       | café éte              | café ète
      stacked combining marks              | Z̷̢a̸lgo end            | Z̷̢e̸lgo end
      Hebrew with points                   | שָׁלוֹם עַל           | שָׁלוֹם עִם
      Arabic with right-to-left mark       | ‏السلام عليكم         | ‏السلام عليهم
      bidi override                        | x ‮abc‬ y              | x ‮abd‬ y
      Devanagari conjunct                  | क्षत्रिय राज           | क्षत्रिय राजा
      Hangul jamo                          | 각 한                   | 각 핫
      mathematical bold letters            | 𝐀𝐁 x                   | 𝐀𝐂 x
      variation selector                   | ❤️ peace                | ❤ peace
      """)
  void neverCutsInsideAGrapheme(String what, String oldText, String newText) {
    List<Segment> redline = engine.redline(oldText, newText);
    assertThat(Segment.oldText(redline)).isEqualTo(oldText);
    assertThat(Segment.newText(redline)).isEqualTo(newText);
    assertThat(Graphemes.badCuts(redline)).as(what).isEmpty();
  }

  @Test
  void showsAChangedFlagAsWholeFlags() {
    assertThat(engine.redline("Flag 🇺🇦 here", "Flag 🇺🇸 here"))
        .containsExactly(
            new Segment(Op.EQUAL, "Flag "),
            new Segment(Op.DELETE, "🇺🇦"),
            new Segment(Op.INSERT, "🇺🇸"),
            new Segment(Op.EQUAL, " here"));
  }

  @Test
  void tokensOfEmojiSequencesAreWholeClusters() {
    assertThat(Tokenizer.tokenize("a 👨‍👩‍👧🇺🇦b"))
        .containsExactly("a", " ", "👨‍👩‍👧", "🇺🇦", "b");
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void redlinesTwoUnrelatedHugeTextsLosslessly() {
    String a = words(60_000, 7);
    String b = words(60_000, 11);
    List<Segment> redline = engine.redline(a, b);
    assertThat(Segment.oldText(redline)).isEqualTo(a);
    assertThat(Segment.newText(redline)).isEqualTo(b);
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void findsOneChangedWordInAFiveMegabyteLine() {
    String a = words(800_000, 3);
    int cut = a.indexOf(' ', a.length() / 2);
    String b = a.substring(0, cut) + " inserted" + a.substring(cut);
    List<Segment> redline = engine.redline(a, b);
    assertThat(redline).extracting(Segment::op).containsExactly(Op.EQUAL, Op.INSERT, Op.EQUAL);
    assertThat(Segment.newText(redline)).isEqualTo(b);
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void insertsAHugeTextAsOneSegment() {
    String b = "(".repeat(100_000);
    assertThat(engine.redline("", b)).containsExactly(new Segment(Op.INSERT, b));
    assertThat(engine.redline(b, "")).containsExactly(new Segment(Op.DELETE, b));
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void diffsWordByWordUpToTheBound() {
    String a = words(RedlineEngine.WORD_LIMIT / 4, 5);
    String b = words(RedlineEngine.WORD_LIMIT / 4, 6);
    // Without the readability pass, which shows two unrelated sentences as one replacement.
    RedlineEngine plain =
        new RedlineEngine(RedlineEngine.WORD_LIMIT, RedlineEngine.REFINE_BUDGET, false);
    List<Segment> redline = plain.redline(a, b);
    assertThat(redline).extracting(Segment::op).contains(Op.EQUAL);
    assertThat(Segment.oldText(redline)).isEqualTo(a);
    assertThat(Segment.newText(redline)).isEqualTo(b);
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void redlinesFiftyThousandNestedBrackets() {
    String a = "(".repeat(50_000) + "x" + ")".repeat(50_000);
    String b = "(".repeat(50_000) + "y" + ")".repeat(50_000);
    List<Segment> redline = engine.redline(a, b);
    assertThat(Segment.oldText(redline)).isEqualTo(a);
    assertThat(Segment.newText(redline)).isEqualTo(b);
    assertThat(redline).hasSize(4);
  }

  private static String words(int n, int seed) {
    java.util.SplittableRandom rnd = new java.util.SplittableRandom(seed);
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < n; k++) {
      sb.append(k == 0 ? "" : " ").append("w").append(rnd.nextInt(1000));
    }
    return sb.toString();
  }
}
