package io.github.plandiff.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextNormAsciiPathTest {

  /** ASCII up to the no-break space, then other characters. */
  private static final String ALPHABET =
      "abcXYZ019 .,;'\"-$%#~_\t\n\r\u000B\f\u001C\u001F  \u00A0\u2019\u201C\u2014\u00E9\uFB01\u0436\u00BD\u2007\u0301\u00A3\u03A3\u0130";

  @Test
  void collapsesWhitespaceAndTrims() {
    assertThat(TextNorm.forComparison("  The  parties\twill\n\nmeet. "))
        .isEqualTo("The parties will meet.");
  }

  @Test
  void returnsCleanAsciiTextUnchanged() {
    String text = "The parties will meet.";

    assertThat(TextNorm.forComparison(text)).isSameAs(text);
  }

  @Test
  void foldsQuotesDashesAndCompatibilityForms() {
    assertThat(TextNorm.forComparison("\u201CUkraine\u2019s\u201D \u2014 \uFB01ne\u00A0\u00BD"))
        .isEqualTo("\"Ukraine's\" - fine 1\u20442");
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
  void agreesWithTheGeneralAlgorithmOnAnyText(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int k = 0; k < 200; k++) {
      String text = randomText(random, seed % 2 == 0);

      assertThat(TextNorm.forComparison(text)).isEqualTo(referenceForComparison(text));
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
  void cosmeticKeyAgreesWithTheGeneralAlgorithmOnAnyText(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int k = 0; k < 200; k++) {
      String text = randomText(random, seed % 2 == 0);

      assertThat(TextNorm.cosmeticKey(text)).isEqualTo(referenceCosmeticKey(text));
    }
  }

  @Test
  void cosmeticKeyKeepsWordsNumbersAndSignsOnly() {
    assertThat(TextNorm.cosmeticKey("  The $100, (50%)  FEE-free!"))
        .isEqualTo("the $ 100 50 % fee free");
  }

  /** The cosmetic key as its Javadoc states it, without shortcuts. */
  private static String referenceCosmeticKey(String text) {
    String base = referenceForComparison(text).toLowerCase(java.util.Locale.ROOT);
    StringBuilder sb = new StringBuilder();
    boolean space = false;
    for (int i = 0; i < base.length(); ) {
      int cp = base.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      if (Character.isLetterOrDigit(cp)
          || type == Character.NON_SPACING_MARK
          || type == Character.COMBINING_SPACING_MARK) {
        sb.append(space ? " " : "").appendCodePoint(cp);
        space = false;
      } else if (type == Character.CURRENCY_SYMBOL || cp == '%') {
        sb.append(sb.length() > 0 ? " " : "").appendCodePoint(cp);
        space = true;
      } else {
        space = sb.length() > 0;
      }
    }
    return sb.toString();
  }

  private static String randomText(SplittableRandom random, boolean asciiOnly) {
    int limit = asciiOnly ? ALPHABET.indexOf('\u00A0') : ALPHABET.length();
    StringBuilder sb = new StringBuilder();
    int n = random.nextInt(30);
    for (int i = 0; i < n; i++) {
      sb.append(ALPHABET.charAt(random.nextInt(limit)));
    }
    return sb.toString();
  }

  /** The normalisation as DESIGN.md states it, without shortcuts. */
  private static String referenceForComparison(String text) {
    String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
    StringBuilder sb = new StringBuilder();
    boolean space = false;
    for (int i = 0; i < nfkc.length(); i++) {
      char c = nfkc.charAt(i);
      c =
          switch (c) {
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u02BC' -> '\'';
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> '"';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
            case '\u00A0', '\u2007', '\u202F' -> ' ';
            default -> c;
          };
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = sb.length() > 0;
        continue;
      }
      if (space) {
        sb.append(' ');
        space = false;
      }
      sb.append(c);
    }
    return sb.toString();
  }

  @Test
  void sameCosmeticKeyAgreesWithComparingTheKeys() {
    SplittableRandom random = new SplittableRandom(99);
    String ascii = "aA0 $%.,-\t\n";
    String punctuated =
        "aA0 $%.-\n\u2014\u2013\u201C\u201D\u2019\u00A7\u2026\u2122\u00BD\u00E9\u00AD\u2002\u20AC\u2212\u00A9\u00B6";
    int same = 0;
    for (int k = 0; k < 20_000; k++) {
      String letters = k % 4 == 0 ? ALPHABET : k % 4 == 1 ? punctuated : ascii;
      String a = randomText(random, letters, random.nextInt(12));
      String b =
          random.nextInt(3) == 0
              ? a.toUpperCase(java.util.Locale.ROOT) + " "
              : randomText(random, letters, random.nextInt(12));
      boolean expected = TextNorm.cosmeticKey(a).equals(TextNorm.cosmeticKey(b));
      assertThat(TextNorm.sameCosmeticKey(a, b)).as("[%s] [%s]", a, b).isEqualTo(expected);
      same += expected ? 1 : 0;
    }
    assertThat(same).isBetween(1, 19_999);
  }

  @Test
  void sameCosmeticKeyOfEditedTextsAgreesWithComparingTheKeys() {
    SplittableRandom random = new SplittableRandom(7);
    String letters = ALPHABET + "    \u03C3\u2002\u2026a.\u0301";
    int same = 0;
    for (int k = 0; k < 20_000; k++) {
      String begin = randomText(random, letters, random.nextInt(10));
      String end = randomText(random, letters, random.nextInt(10));
      String x = randomText(random, letters, random.nextInt(4));
      String y = random.nextInt(4) == 0 ? x.toUpperCase(java.util.Locale.ROOT) : "";
      if (y.isEmpty()) {
        y = randomText(random, letters, random.nextInt(4));
      }
      String a = begin + x + end;
      String b = begin + y + end;
      boolean expected = TextNorm.cosmeticKey(a).equals(TextNorm.cosmeticKey(b));
      assertThat(TextNorm.sameCosmeticKey(a, b)).as("[%s] [%s]", a, b).isEqualTo(expected);
      same += expected ? 1 : 0;
    }
    assertThat(same).isBetween(1, 19_999);
  }

  @Test
  void longTextsKeyedPartByPartAgreeWithComparingTheKeys() {
    SplittableRandom random = new SplittableRandom(13);
    String letters = ALPHABET + "        eeeettaa\u03C3\u2002\u2026";
    int same = 0;
    for (int k = 0; k < 2_000; k++) {
      String a = randomText(random, letters, 200 + random.nextInt(1_500));
      int from = random.nextInt(a.length());
      int to = Math.min(a.length(), from + random.nextInt(40));
      String middle = a.substring(from, to);
      String edit =
          switch (random.nextInt(4)) {
            case 0 -> middle.toUpperCase(java.util.Locale.ROOT);
            case 1 -> middle.replace(' ', '\n');
            case 2 -> randomText(random, letters, random.nextInt(5));
            default -> middle + randomText(random, " .,-\u2014", 1);
          };
      String b = a.substring(0, from) + edit + a.substring(to);
      boolean expected = TextNorm.cosmeticKey(a).equals(TextNorm.cosmeticKey(b));
      assertThat(CosmeticScan.sameKeyByParts(a, b)).as("[%s] [%s]", a, b).isEqualTo(expected);
      assertThat(TextNorm.sameCosmeticKey(a, b)).as("[%s] [%s]", a, b).isEqualTo(expected);
      same += expected ? 1 : 0;
    }
    assertThat(same).isBetween(1, 1_999);
  }

  private static String randomText(SplittableRandom random, String letters, int length) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < length; i++) {
      sb.append(letters.charAt(random.nextInt(letters.length())));
    }
    return sb.toString();
  }
}
