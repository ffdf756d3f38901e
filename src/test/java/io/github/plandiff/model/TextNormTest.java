package io.github.plandiff.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormTest {

  @Test
  void cosmeticKeyDropsCaseQuotesAndPunctuation() {
    assertThat(TextNorm.cosmeticKey("The \u201Cparties\u201D shall, in GOOD faith; agree."))
        .isEqualTo(TextNorm.cosmeticKey("the \"parties\" shall in good faith agree"));
  }

  @Test
  void cosmeticKeyKeepsCurrencySignsAsTokens() {
    assertThat(TextNorm.cosmeticKey("$100 billion")).isEqualTo("$ 100 billion");
    assertThat(TextNorm.cosmeticKey("$100 billion"))
        .isNotEqualTo(TextNorm.cosmeticKey("\u20AC100 billion"));
    assertThat(TextNorm.cosmeticKey("\u00A3 5")).isEqualTo(TextNorm.cosmeticKey("\u00A35"));
  }

  @Test
  void cosmeticKeyKeepsThePercentSignAsAToken() {
    assertThat(TextNorm.cosmeticKey("a 50% share.")).isEqualTo("a 50 % share");
    assertThat(TextNorm.cosmeticKey("a 50% share"))
        .isNotEqualTo(TextNorm.cosmeticKey("a 50 share"));
    assertThat(TextNorm.cosmeticKey("50 %")).isEqualTo(TextNorm.cosmeticKey("50%"));
  }
}
