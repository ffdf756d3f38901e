package io.github.plandiff.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

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

  /** Characters that test joiners, symbols next to words, spaces and text beyond ASCII. */
  private static final String[] PIECES = {
    "Russia",
    "will",
    "600",
    ",",
    "000",
    " ",
    "  ",
    "\n",
    ".",
    "(",
    ")",
    ";",
    ":",
    "'",
    "-",
    "\u2019",
    "\u2014",
    "\u00A0",
    "$",
    "%",
    "\u20AC",
    "\u201C",
    "\u201D",
    "e\u0301",
    "\uD835\uDC00",
    "5",
    "a)",
    "\u0423\u043A\u0440",
    "x",
    "\u2010",
    "\t"
  };

  static LongStream seeds() {
    return LongStream.range(0, 300);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void splitsAsTheListOfSpansDoes(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < 1 + rnd.nextInt(40); k++) {
      sb.append(PIECES[rnd.nextInt(PIECES.length)]);
    }
    String text = sb.toString();
    int from = rnd.nextInt(Math.max(1, text.length() / 3));
    int to = text.length() - rnd.nextInt(Math.max(1, text.length() / 3));
    if (from > to || Character.isLowSurrogate(text.charAt(Math.min(from, text.length() - 1)))) {
      from = 0;
    }

    assertThat(Words.split(text, from, to)).isEqualTo(spansSplit(text, from, to));
  }

  /** The split as a list of spans of words and symbols, then the words with their neighbours. */
  private static List<Word> spansSplit(String text, int from, int to) {
    List<int[]> spans = new ArrayList<>();
    List<String> symbols = new ArrayList<>();
    int i = from;
    while (i < to) {
      int cp = text.codePointAt(i);
      if (Character.isLetterOrDigit(cp) || isMark(cp)) {
        int start = i;
        List<Word> one = Words.split(text, i, to);
        i = one.get(0).end();
        spans.add(new int[] {start, i});
        symbols.add(null);
      } else {
        if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp)) {
          spans.add(new int[] {i, i + Character.charCount(cp)});
          symbols.add(Words.fold(new String(Character.toChars(cp))).toLowerCase(Locale.ROOT));
        }
        i += Character.charCount(cp);
      }
    }
    List<Word> words = new ArrayList<>();
    boolean opens = true;
    for (int k = 0; k < spans.size(); k++) {
      int[] span = spans.get(k);
      if (symbols.get(k) != null) {
        String sym = symbols.get(k);
        opens = opens || ",;:()".contains(sym) && sym.length() == 1;
        continue;
      }
      String before =
          k > 0 && symbols.get(k - 1) != null && spans.get(k - 1)[1] == span[0]
              ? symbols.get(k - 1)
              : "";
      String after =
          k + 1 < spans.size() && symbols.get(k + 1) != null && spans.get(k + 1)[0] == span[1]
              ? symbols.get(k + 1)
              : "";
      String raw = text.substring(span[0], span[1]);
      String norm = Words.split(raw, 0, raw.length()).get(0).norm();
      words.add(new Word(raw, norm, span[0], span[1], before, after, opens));
      opens = false;
    }
    return words;
  }

  private static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }
}
