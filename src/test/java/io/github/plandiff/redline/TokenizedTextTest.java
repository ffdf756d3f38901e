package io.github.plandiff.redline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TokenizedTextTest {

  private static final String[] PIECES = {
    "word",
    "Ukraine's",
    "co-operate",
    "600,000",
    "1.5",
    " ",
    "  ",
    "\n",
    "\r\n",
    "\t",
    ".",
    ",",
    "-",
    "'",
    "\u2019",
    "e\u0301",
    "\uD83C\uDDFA\uD83C\uDDE6",
    "\uD83D\uDC68\u200D\uD83D\uDC69",
    "\u00A0",
    "\u0301",
    "(a)",
    "\u201C",
    "§",
    "Zaporizhzhia"
  };

  static LongStream seeds() {
    return LongStream.range(0, 100);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void sliceHasTheTokensOfItsTextTokenisedAlone(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    StringBuilder sb = new StringBuilder();
    int n = 1 + rnd.nextInt(40);
    for (int i = 0; i < n; i++) {
      sb.append(PIECES[rnd.nextInt(PIECES.length)]);
    }
    String text = sb.toString();
    TokenizedText whole = TokenizedText.of(text);
    for (int k = 0; k < 30; k++) {
      int from = rnd.nextInt(text.length() + 1);
      int to = from + rnd.nextInt(text.length() - from + 1);
      if (Character.isLowSurrogate(charAt(text, from))
          || Character.isLowSurrogate(charAt(text, to))) {
        continue;
      }
      TokenizedText part = whole.slice(from, to);

      assertThat(part.text()).isEqualTo(text.substring(from, to));
      assertThat(part.tokens()).isEqualTo(Tokenizer.tokenize(part.text()));
    }
  }

  @Test
  void sliceAtTokenBoundariesHasTheTokensInBetween() {
    TokenizedText whole = TokenizedText.of("1. The parties\n(a) agree to 600,000 troops.");
    TokenizedText part = whole.slice(19, 43);

    assertThat(part.text()).isEqualTo("agree to 600,000 troops.");
    assertThat(part.tokens())
        .containsExactly("agree", " ", "to", " ", "600,000", " ", "troops", ".");
  }

  @Test
  void diffOfTokenisedTextsIsTheDiffOfTheirTexts() {
    RedlineEngine engine = new RedlineEngine();
    String old = "Parent.\n(a) The forces will withdraw within 30 days.";
    String neu = "Parent.\n(a) The forces may withdraw within 60 days.";
    TokenizedText a = TokenizedText.of(old).slice(12, old.length());
    TokenizedText b = TokenizedText.of(neu).slice(12, neu.length());

    assertThat(engine.diff(a, b)).isEqualTo(engine.diff(a.text(), b.text()));
    assertThat(engine.diff(a, a).segments()).hasSize(1);
  }

  private static char charAt(String text, int i) {
    return i < text.length() ? text.charAt(i) : 'x';
  }

  @Test
  void slicesOfAnEmptyTextAreEmpty() {
    assertThat(TokenizedText.of("").slice(0, 0).tokens()).isEqualTo(List.of());
  }
}
