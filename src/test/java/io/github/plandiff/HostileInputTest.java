package io.github.plandiff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.plandiff.model.ClauseChange;
import io.github.plandiff.model.Comparison;
import io.github.plandiff.model.Draft;
import io.github.plandiff.model.DraftReadException;
import io.github.plandiff.model.Relation;
import io.github.plandiff.model.Segment;
import io.github.plandiff.model.Warning;
import io.github.plandiff.testing.Graphemes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Inputs meant to break the pipeline. Each gives either a result with warnings or a {@link
 * DraftReadException} whose message names the file and the problem. Timeouts only guard against
 * hangs; they are not performance assertions.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = ThreadMode.SEPARATE_THREAD)
class HostileInputTest {

  @TempDir Path dir;

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"", " ", "\n\n\n", " \t \r\n \u00A0 \u2003\n", "\uFEFF"})
  void emptyOrBlankDraftGivesNoClausesAndAWarning(String text) {
    Draft draft = parse(text.getBytes(StandardCharsets.UTF_8));
    assertThat(draft.clauses()).isEmpty();
    assertThat(draft.warnings())
        .extracting(Warning::message)
        .anySatisfy(m -> assertThat(m).contains("no numbered clauses"));
    Comparison c = PlanDiff.compareTexts(text, text);
    assertThat(c.changes()).isEmpty();
  }

  @Test
  void binaryFileIsRefusedWithItsName() {
    byte[] png = {
      (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'
    };
    assertThatThrownBy(() -> PlanDiff.parse(png, "logo.png", "logo"))
        .isInstanceOf(DraftReadException.class)
        .hasMessageStartingWith("logo.png: ")
        .hasMessageContaining("binary");
  }

  @Test
  void randomBytesAreRefusedOrReadNeverAnythingElse() {
    java.util.SplittableRandom rnd = new java.util.SplittableRandom(42);
    for (int k = 0; k < 200; k++) {
      byte[] bytes = new byte[rnd.nextInt(2000)];
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = (byte) rnd.nextInt(256);
      }
      try {
        PlanDiff.parse(bytes, "random.bin", "random");
      } catch (DraftReadException expected) {
        assertThat(expected).hasMessageStartingWith("random.bin: ");
      }
    }
  }

  @Test
  void invalidUtf8IsReadAsALegacyEncodingWithAWarning() {
    byte[] latin1 =
        "1. Caf\u00e9 ouvert \u00e0 tous.\n2. Fin.\n".getBytes(StandardCharsets.ISO_8859_1);
    Draft draft = parse(latin1);
    assertThat(draft.clauses()).hasSize(2);
    assertThat(draft.clauses().get(0).text()).isEqualTo("Caf\u00e9 ouvert \u00e0 tous.");
    assertThat(draft.warnings())
        .extracting(Warning::message)
        .anySatisfy(m -> assertThat(m).contains("not valid UTF-8"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"UTF-16LE", "UTF-16BE"})
  void utf16WithoutByteOrderMarkIsReadWithAWarning(String charset) {
    String text =
        "Preamble\n\n1. The parties will agree.\n2. \u041A\u0438\u0457\u0432 is the capital.\n";
    Draft draft = parse(text.getBytes(java.nio.charset.Charset.forName(charset)));
    assertThat(draft.clauses()).hasSize(2);
    assertThat(draft.clauses().get(1).text()).isEqualTo("\u041A\u0438\u0457\u0432 is the capital.");
    assertThat(draft.warnings())
        .extracting(Warning::message)
        .anySatisfy(m -> assertThat(m).contains("byte").contains("order mark").contains(charset));
  }

  @Test
  void nulCharacterIsRefusedWithItsLine() {
    byte[] bytes =
        ("1. First.\n".repeat(2000) + "2. Bad \0 here.\n").getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> PlanDiff.parse(bytes, "nul.txt", "nul"))
        .isInstanceOf(DraftReadException.class)
        .hasMessageStartingWith("nul.txt: ")
        .hasMessageContaining("NUL")
        .hasMessageContaining("line 2001");
  }

  @Test
  void nulBytesAtTheStartAreRefusedAsBinary() {
    byte[] bytes = "\0\0\0\0 1. text".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> PlanDiff.parse(bytes, "zeros.txt", "zeros"))
        .isInstanceOf(DraftReadException.class)
        .hasMessageStartingWith("zeros.txt: ");
  }

  @Test
  void singleFiveMegabyteLineIsOneClause() {
    String line = "1. " + "word ".repeat(1_000_000);
    Draft draft = parse(line.getBytes(StandardCharsets.UTF_8));
    assertThat(draft.clauses())
        .singleElement()
        .satisfies(clause -> assertThat(clause.text()).hasSize(line.strip().length() - 3));
  }

  @Test
  void threeHundredLevelsOfNestingAreKeptLosslessly() {
    StringBuilder sb = new StringBuilder("1. Top.\n");
    StringBuilder number = new StringBuilder("1");
    for (int level = 1; level <= 300; level++) {
      number.append(".1");
      sb.append("  ".repeat(level)).append(number).append(" Level ").append(level).append(".\n");
    }
    sb.append("2. Next.\n");
    String text = sb.toString();
    Comparison c = PlanDiff.compareTexts(text, text.replace("Level 150.", "Level one-fifty."));
    assertLossless(c);
    assertThat(c.changes()).extracting(ClauseChange::relation).contains(Relation.REWORDED);
  }

  @Test
  void fiftyThousandNestedBracketsAreKeptLosslessly() {
    String text =
        "1. "
            + "(".repeat(50_000)
            + "core"
            + ")".repeat(50_000)
            + "\n2. "
            + "[{".repeat(25_000)
            + "\n";
    Comparison c = PlanDiff.compareTexts(text, text.replace("core", "heart"));
    assertLossless(c);
    assertThat(c.oldDraft().clauses()).hasSize(2);
  }

  @Test
  void emojiFlagsMarksAndRightToLeftTextSurviveComparison() {
    String a =
        "1. \uD83C\uDDFA\uD83C\uDDE6 \u0423\u043A\u0440\u0430\u0457\u043D\u0430 will agree \uD83D\uDC4D\uD83C\uDFFD.\n"
            + "2. \u05E9\u05C1\u05B8\u05DC\u05D5\u05B9\u05DD \u0627\u0644\u0633\u0644\u0627\u0645 e\u0301 \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67.\n";
    String b =
        "1. \uD83C\uDDFA\uD83C\uDDF8 \u0423\u043A\u0440\u0430\u0457\u043D\u0430 may agree \uD83D\uDC4D\uD83C\uDFFF.\n"
            + "2. \u05E9\u05C1\u05B8\u05DC\u05D5\u05B9\u05DD \u0627\u0644\u0633\u0644\u0627\u0645 e\u0300 \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC66.\n";
    Comparison c = PlanDiff.compareTexts(a, b);
    assertLossless(c);
    assertThat(c.changes())
        .isNotEmpty()
        .allSatisfy(ch -> assertThat(Graphemes.badCuts(ch.redline())).isEmpty());
    String same = a.replace("will agree", "will agree to the terms agreed by all parties");
    String changed = b.replace("may agree", "will agree to the terms agreed by all parties");
    assertThat(PlanDiff.compareTexts(same, changed).changes())
        .isNotEmpty()
        .allSatisfy(ch -> assertThat(Graphemes.badCuts(ch.redline())).isEmpty());
  }

  @ParameterizedTest(name = "line ends {0}")
  @ValueSource(strings = {"\r", "\r\n", "mixed"})
  void crOnlyAndMixedLineEndsParseLikeLf(String ends) {
    String lf = "Title\n\n1. First clause\nwraps here.\n\n2. Second.\n\nSigned\n";
    String other = ends.equals("mixed") ? mix(lf) : lf.replace("\n", ends);
    Draft expected = parse(lf.getBytes(StandardCharsets.UTF_8));
    Draft actual = parse(other.getBytes(StandardCharsets.UTF_8));
    assertThat(actual.clauses())
        .usingRecursiveFieldByFieldElementComparatorIgnoringFields("span")
        .isEqualTo(expected.clauses());
    assertThat(actual.preamble()).isEqualTo(expected.preamble());
    assertThat(actual.trailing()).isEqualTo(expected.trailing());
  }

  @Test
  void fileAboveTheSizeLimitIsRefusedWithTheLimitAndWhatToDo() throws IOException {
    Path big = dir.resolve("big.txt");
    Files.writeString(big, "1. text\n".repeat(200));
    CompareOptions small = CompareOptions.builder().maxInputBytes(1000).build();
    assertThatThrownBy(() -> PlanDiff.compare(big, big, small))
        .isInstanceOf(DraftReadException.class)
        .hasMessageStartingWith(big.toString() + ": ")
        .hasMessageContaining("1600 bytes")
        .hasMessageContaining("limit of 1000 bytes")
        .hasMessageContaining("--max-input-size");
  }

  @Test
  void fileBelowARaisedLimitIsRead() throws IOException {
    Path file = dir.resolve("ok.txt");
    Files.writeString(file, "1. text\n".repeat(200));
    CompareOptions roomy = CompareOptions.builder().maxInputBytes(2000).build();
    assertThat(PlanDiff.compare(file, file, roomy).oldDraft().text()).hasSize(1600);
  }

  @Test
  void bytesAboveTheDefaultLimitAreRefused() {
    byte[] huge = new byte[(int) io.github.plandiff.read.DraftReaders.DEFAULT_MAX_INPUT_BYTES + 1];
    java.util.Arrays.fill(huge, (byte) 'a');
    assertThatThrownBy(() -> PlanDiff.parse(huge, "huge.txt", "huge"))
        .isInstanceOf(DraftReadException.class)
        .hasMessageStartingWith("huge.txt: ")
        .hasMessageContaining("above the limit");
  }

  @Test
  void defaultLimitIsSixtyFourMebibytes() {
    assertThat(CompareOptions.defaults().maxInputBytes()).isEqualTo(64L * 1024 * 1024);
  }

  @Test
  void directoryIsRefusedWithItsName() {
    assertThatThrownBy(() -> PlanDiff.parse(dir))
        .isInstanceOf(DraftReadException.class)
        .hasMessageStartingWith(dir.toString() + ": ")
        .hasMessageContaining("directory");
  }

  private static String mix(String lf) {
    StringBuilder sb = new StringBuilder();
    String[] ends = {"\r\n", "\r", "\n"};
    int k = 0;
    for (char c : lf.toCharArray()) {
      sb.append(c == '\n' ? ends[k++ % 3] : String.valueOf(c));
    }
    return sb.toString();
  }

  private static Draft parse(byte[] bytes) {
    return PlanDiff.parse(bytes, "hostile.txt", "hostile");
  }

  private static void assertLossless(Comparison c) {
    for (ClauseChange ch : c.changes()) {
      assertThat(Segment.oldText(ch.redline()))
          .isEqualTo(InvariantPropertiesTest.side(c.oldDraft(), ch.match().oldIds()));
      assertThat(Segment.newText(ch.redline()))
          .isEqualTo(InvariantPropertiesTest.side(c.newDraft(), ch.match().newIds()));
    }
  }
}
