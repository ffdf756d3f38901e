package io.github.plandiff.redline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OneSidedRedlineTest {

  private static final List<String> TEXTS =
      List.of(
          "a",
          "  ",
          "The Parties shall, within 30 days, withdraw 600,000 troops.",
          "Line one\r\nline two;  line\u00a0three \u2014 e\u0301t\u00e9 \uD83C\uDDFA\uD83C\uDDE6!",
          "x-y's 1.5 \u2019quoted\u2019 (a) [b] {c}\n\n\t end.");

  @Test
  void tokenCountIsTheNumberOfTokens() {
    for (String text : TEXTS) {
      assertThat(Tokenizer.count(text)).as(text).isEqualTo(Tokenizer.tokenize(text).size());
    }
    assertThat(Tokenizer.count("")).isZero();
  }

  @Test
  void aTextAgainstNothingGivesTheRedlineOfTheTokenisedTexts() {
    RedlineEngine engine = new RedlineEngine();
    TokenizedText empty = TokenizedText.of("");
    for (String text : TEXTS) {
      TokenizedText tokens = TokenizedText.of(text);
      assertThat(engine.diff(text, "")).isEqualTo(engine.diff(tokens, empty));
      assertThat(engine.diff("", text)).isEqualTo(engine.diff(empty, tokens));
    }
  }
}
