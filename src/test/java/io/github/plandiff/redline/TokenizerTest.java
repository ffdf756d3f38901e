package io.github.plandiff.redline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link Tokenizer}'s shortcuts for ASCII against the rule read code point by code point: a word is
 * a run of letters, digits and marks, whole grapheme clusters, with a joiner kept between two word
 * characters of its kind; whitespace runs; any other cluster stands alone.
 */
class TokenizerTest {

  private static final Pattern CLUSTER = Pattern.compile("\\X");

  /** Letters, digits, joiners, spaces of several kinds, marks, quotes, dashes, a flag, CR LF. */
  private static final String[] PIECES = {
    "a",
    "Z",
    "9",
    "0",
    "'",
    "\u2019",
    "-",
    ",",
    ".",
    " ",
    "  ",
    "\t",
    "\r\n",
    "\r",
    "\n",
    "\u00A0",
    "\u2003",
    "\u0301",
    "\u0903",
    "\u00E9",
    "\u2014",
    "\u201C",
    "\u201D",
    "$",
    "(",
    ")",
    "\u00A7",
    "\uD83C\uDDFA\uDF3F",
    "\uD83C\uDDFA\uD83C\uDDE6",
    "\uD83D\uDC69\u200D\uD83D\uDCBB",
    "\u0416",
    "\u05D0",
    "\u0661",
    "\uD835\uDC00",
    "\u200D",
    "\uFE0F",
    "x"
  };

  private static String random(Random random, int pieces) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < pieces; i++) {
      sb.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return sb.toString();
  }

  private static boolean isWordPart(int cp) {
    int type = Character.getType(cp);
    return Character.isLetterOrDigit(cp)
        || type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  private static boolean isSpace(int cp) {
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
  }

  private static int clusterEnd(String text, int i) {
    Matcher m = CLUSTER.matcher(text);
    m.region(i, text.length());
    return m.lookingAt() ? m.end() : i + Character.charCount(text.codePointAt(i));
  }

  private static boolean joins(String text, int i, int joiner) {
    if (i == 0 || i + 1 >= text.length() || clusterEnd(text, i) != i + 1) {
      return false;
    }
    int before = text.codePointBefore(i);
    int after = text.codePointAt(i + 1);
    if (joiner == ',' || joiner == '.') {
      return Character.isDigit(before) && Character.isDigit(after);
    }
    return Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after);
  }

  /** The rule, one code point and one cluster at a time. */
  private static List<String> byCodePoints(String text) {
    List<String> tokens = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int start = i;
      int cp = text.codePointAt(i);
      if (isWordPart(cp)) {
        while (i < text.length()) {
          int c = text.codePointAt(i);
          if (isWordPart(c)) {
            i = clusterEnd(text, i);
          } else if ("'\u2019-,.".indexOf(c) >= 0 && joins(text, i, c)) {
            i++;
          } else {
            break;
          }
        }
      } else if (isSpace(cp)) {
        while (i < text.length() && isSpace(text.codePointAt(i))) {
          i = clusterEnd(text, i);
        }
      } else {
        i = clusterEnd(text, i);
      }
      tokens.add(text.substring(start, i));
    }
    return tokens;
  }

  @Test
  void tokensAreThoseOfTheRuleReadCodePointByCodePoint() {
    Random random = new Random(7);
    for (int round = 0; round < 3000; round++) {
      String text = random(random, random.nextInt(40));
      List<String> expected = byCodePoints(text);
      assertThat(Tokenizer.tokenize(text)).as("%s", text).isEqualTo(expected);
      assertThat(Tokenizer.count(text)).isEqualTo(expected.size());
    }
  }

  @Test
  void aWordEndsBeforeAMarkOnlyWhereTheClusterEnds() {
    assertThat(Tokenizer.tokenize("cafe\u0301 x")).containsExactly("cafe\u0301", " ", "x");
    assertThat(Tokenizer.tokenize("a\u2014b")).containsExactly("a", "\u2014", "b");
    assertThat(Tokenizer.tokenize("600,000 don't re-enter."))
        .containsExactly("600,000", " ", "don't", " ", "re-enter", ".");
  }
}
