package io.github.plandiff.redline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** The character scans of {@link Text} and {@link Tokenizer} against the patterns and lists. */
class TextScanTest {

  private static final String ALPHABET =
      "ab Z9.!?\u2026\"')]\u2019\u201D\r\n\t\f\u000B\u0085\u2028\u2029,;-\u00E9\u0301\u00A0 ";

  private static String random(Random random, int length) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < length; i++) {
      sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return sb.toString();
  }

  /** The breaks as the pattern finds them in the text with its context. */
  private static Text.Span byPattern(String before, String text, String after) {
    String lead = before.isEmpty() ? "" : before.substring(before.length() - 1);
    String tail = after.isEmpty() ? "" : after.substring(0, 1);
    Matcher m = Text.BREAK.matcher(lead + text + tail);
    int first = -1;
    int last = -1;
    while (m.find()) {
      first = first < 0 ? m.start() : first;
      last = Math.max(m.end(), last);
    }
    if (first < 0) {
      return Text.Span.NONE;
    }
    int from = Math.max(0, Math.min(text.length(), first - lead.length()));
    int to = Math.max(from, Math.min(text.length(), last - lead.length()));
    return new Text.Span(from, to);
  }

  @Test
  void breaksAreWhereThePatternFindsThem() {
    Random random = new Random(11);
    int found = 0;
    for (int k = 0; k < 20_000; k++) {
      String before = random(random, random.nextInt(3));
      String text = random(random, random.nextInt(12));
      String after = random(random, random.nextInt(3));
      Text.Span expected = byPattern(before, text, after);
      assertThat(Text.breaks(before, text, after))
          .as("[%s|%s|%s]", before, text, after)
          .isEqualTo(expected);
      found += expected.isEmpty() ? 0 : 1;
    }
    assertThat(found).isBetween(1, 19_999);
  }

  @Test
  void wordsAreCountedAsTheTokensGiveThem() {
    Random random = new Random(12);
    for (int k = 0; k < 5_000; k++) {
      String text = random(random, random.nextInt(30));
      int words = 0;
      boolean inWord = false;
      for (String token : Tokenizer.tokenize(text)) {
        boolean word = Text.isWord(token);
        words += word && !inWord ? 1 : 0;
        inWord = word;
      }
      assertThat(Text.words(text)).as(text).isEqualTo(words);
    }
  }

  @Test
  void theHeadAndTailTokensAreThoseOfTheWholeText() {
    Random random = new Random(13);
    for (int k = 0; k < 5_000; k++) {
      String text = random(random, random.nextInt(60));
      List<String> all = Tokenizer.tokenize(text);
      int count = 1 + random.nextInt(6);
      List<String> head = new ArrayList<>();
      int end = Tokenizer.tokenizeHead(text, count, head);
      assertThat(head).isEqualTo(all.subList(0, Math.min(count, all.size())));
      assertThat(end).isEqualTo(String.join("", head).length());
      int start = Tokenizer.tailStart(text, count);
      List<String> tail = Tokenizer.tokenize(text.substring(start));
      assertThat(tail).isEqualTo(all.subList(all.size() - tail.size(), all.size()));
      if (start > 0) {
        assertThat(tail.size()).isGreaterThanOrEqualTo(count);
      }
    }
  }
}
