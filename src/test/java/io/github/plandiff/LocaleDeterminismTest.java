package io.github.plandiff;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.plandiff.render.JsonRenderer;
import io.github.plandiff.testing.InvariantGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The same inputs give the same bytes whatever the default locale and time zone: Turkish dotless i,
 * German and Arabic number formats, the C locale, and time zones far from UTC.
 */
class LocaleDeterminismTest {

  private Locale savedLocale;
  private TimeZone savedZone;

  @BeforeEach
  void save() {
    savedLocale = Locale.getDefault();
    savedZone = TimeZone.getDefault();
  }

  @AfterEach
  void restore() {
    Locale.setDefault(savedLocale);
    TimeZone.setDefault(savedZone);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "tr-TR, Asia/Tokyo",
    "az-AZ, Pacific/Kiritimati",
    "de-DE, Europe/Berlin",
    "ar-SA, Asia/Riyadh",
    "hi-IN-u-nu-deva, Asia/Kolkata",
    "th-TH-u-ca-buddhist, Asia/Bangkok",
    "und, UTC",
    "lt-LT, America/St_Johns"
  })
  void outputIsTheSameBytesInEveryLocaleAndTimeZone(String tag, String zone) {
    List<String> reference = reference();
    Locale.setDefault(Locale.forLanguageTag(tag));
    TimeZone.setDefault(TimeZone.getTimeZone(zone));
    assertThat(outputs()).isEqualTo(reference);
  }

  @Test
  void forkedJvmInTurkishLocaleAndTokyoTimeGivesTheSameBytes(@TempDir Path dir)
      throws IOException, InterruptedException {
    String expected = String.join("\u0000", reference());
    Path out = dir.resolve("out.bin");
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.language=tr",
                "-Duser.country=TR",
                "-Duser.timezone=Asia/Tokyo",
                "-Dfile.encoding=ISO-8859-9",
                "-cp",
                System.getProperty("java.class.path"),
                LocaleDeterminismTest.class.getName() + "$Child",
                out.toString())
            .redirectErrorStream(true)
            .start();
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(log).isZero();
    assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo(expected);
  }

  private static List<String> cached;

  /** The outputs in the ROOT locale and UTC, computed once. */
  private static synchronized List<String> reference() {
    if (cached == null) {
      Locale locale = Locale.getDefault();
      TimeZone zone = TimeZone.getDefault();
      Locale.setDefault(Locale.ROOT);
      TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
      try {
        cached = outputs();
      } finally {
        Locale.setDefault(locale);
        TimeZone.setDefault(zone);
      }
    }
    return cached;
  }

  /** The child of the forked test: writes the outputs, UTF-8, to the file named. */
  static final class Child {
    public static void main(String[] args) throws IOException {
      Files.writeString(Path.of(args[0]), String.join("\u0000", outputs()), StandardCharsets.UTF_8);
    }
  }

  /** JSON of comparisons whose text case-folds differently in Turkish (I, i, İ, ı). */
  static List<String> outputs() {
    JsonRenderer json = new JsonRenderer();
    List<String> out = new ArrayList<>();
    String old =
        "TITLE\n\n1. THE PARTIES WILL IMPLEMENT IT WITHIN 100 DAYS.\n"
            + "2. Istanbul and \u0130zmir; 600,000 personnel; 3.5 billion.\n3. Final.\n";
    String neu =
        "Title\n\n1. The parties will implement it within 60 days.\n"
            + "2. istanbul and izmir; 800,000 personnel; 3,5 billion.\n3. FINAL.\n";
    out.add(json.render(PlanDiff.compareTexts(old, neu)));
    out.add(json.render(PlanDiff.compareTexts(sample("ukraine-28"), sample("ukraine-20"))));
    for (long seed = 0; seed < 15; seed++) {
      InvariantGenerator.Case c = InvariantGenerator.pair(seed);
      out.add(json.render(PlanDiff.compareTexts(c.oldDraft().text(), c.newDraft().text())));
    }
    return out;
  }

  private static String sample(String name) {
    try (InputStream in =
        LocaleDeterminismTest.class.getResourceAsStream("/drafts/" + name + ".txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
