package io.github.plandiff.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.plandiff.model.Draft;
import io.github.plandiff.read.TextReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Lines built to make the parser's regular expressions backtrack: long runs that almost match a
 * clause label, a list item or a signature cue. Each must parse, keep its text, and end; the
 * timeout only guards against a hang.
 */
class AdversarialRegexTest {

  private static final int N = 200_000;

  static Stream<Arguments> lines() {
    return Stream.of(
        Arguments.of("label word then endless spaces", "Point" + " ".repeat(N) + "x"),
        Arguments.of("label word then endless digits", "Article " + "1".repeat(N) + "."),
        Arguments.of("parenthesis then endless digits", "(" + "1".repeat(N)),
        Arguments.of("number then endless dots", "1" + ".".repeat(N)),
        Arguments.of("number then endless spaces", "1." + " ".repeat(N) + "x"),
        Arguments.of("item letters without end", "(" + "a".repeat(N) + " x"),
        Arguments.of("bullets without end", "- ".repeat(N / 2)),
        Arguments.of("signature cue then endless text", "Signed" + "x".repeat(N)),
        Arguments.of("cue words repeated", "For the ".repeat(N / 8)),
        Arguments.of("alternating digits and spaces", "1 ".repeat(N / 2) + "."),
        Arguments.of("combining marks on one letter", "a" + "\u0301".repeat(N)),
        Arguments.of("regional indicators", "\uD83C\uDDFA".repeat(N / 2)),
        Arguments.of("zero-width joiner chain", "\uD83D\uDC68\u200D".repeat(N / 4)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lines")
  @Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = ThreadMode.SEPARATE_THREAD)
  void parsesAdversarialLineAndKeepsItsText(String what, String line) {
    String text =
        "Title\n\n1. First clause of a hard-wrapped draft, long enough to set a width\n"
            + line
            + "\n\n2. Second clause.\n\n"
            + line
            + "\n";
    Draft draft =
        new DraftParser()
            .parse(
                new TextReader().read(text.getBytes(StandardCharsets.UTF_8), "adversarial.txt"),
                "adv");
    String all =
        draft.preamble()
            + String.join("", draft.clauses().stream().map(c -> c.label() + c.fullText()).toList())
            + draft.trailing();
    assertThat(all.replaceAll("\\s+", "")).contains(line.replaceAll("\\s+", ""));
  }
}
