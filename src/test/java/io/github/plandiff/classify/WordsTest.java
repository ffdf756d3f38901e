package io.github.plandiff.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where words begin and end: letters, digits and marks of any script, and the joiners between. */
class WordsTest {

  @Test
  void everyAsciiCharacterBetweenTwoLettersJoinsThemOnlyIfItIsALetterDigitOrJoiner() {
    for (char c = 0; c < 0x80; c++) {
      List<String> words = Words.norms("x" + c + "y");
      boolean joins = Character.isLetterOrDigit(c) || c == '\'' || c == '-';
      assertThat(words).as("U+%04X", (int) c).hasSize(joins ? 1 : 2);
    }
  }

  @Test
  void lettersAndMarksBeyondAsciiAreWordCharacters() {
    assertThat(Words.norms("Україна e\u0301tat ΟΔΟΣ 한국")).hasSize(4);
    assertThat(Words.norms("x\u2014y")).containsExactly("x", "y");
  }
}
