package io.github.plandiff.parse;

import static io.github.plandiff.parse.Drafts.childIds;
import static io.github.plandiff.parse.Drafts.clause;
import static io.github.plandiff.parse.Drafts.sample;
import static io.github.plandiff.parse.Drafts.topIds;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.plandiff.model.Clause;
import io.github.plandiff.model.Draft;
import io.github.plandiff.model.Section;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The sample drafts parse to the points and sub-points that the corpus notes list. */
class SampleDraftsTest {

  private static List<String> range(int from, int to) {
    return IntStream.rangeClosed(from, to).mapToObj(Integer::toString).toList();
  }

  @Test
  void readsTwentyEightPointsOfTheFirstDraft() {
    Draft draft = sample("ukraine-28");

    assertThat(topIds(draft)).isEqualTo(range(1, 28));
    assertThat(childIds(draft, "10")).containsExactly("10.1", "10.2", "10.3", "10.4");
    assertThat(childIds(draft, "12")).hasSize(5);
    assertThat(childIds(draft, "13")).hasSize(4);
    assertThat(childIds(draft, "20")).containsExactly("20.a", "20.b", "20.c");
    assertThat(childIds(draft, "21")).containsExactly("21.a", "21.b", "21.c", "21.d");
    assertThat(childIds(draft, "24")).containsExactly("24.a", "24.b", "24.c", "24.d");
    assertThat(clause(draft, "14").label()).isEqualTo("14)");
    assertThat(clause(draft, "14").children()).isEmpty();
    assertThat(clause(draft, "14").text()).contains("set out below:\n$100 billion");
    assertThat(clause(draft, "21.c").text()).contains("[editor's note:");
    assertThat(clause(draft, "12.1").label()).isEqualTo("\u2013");
    assertThat(draft.preamble())
        .startsWith("Framework for Peace in Ukraine: 28-Point Draft")
        .contains("binding agreement.");
    assertThat(draft.trailing()).isEmpty();
    assertThat(draft.warnings()).isEmpty();
  }

  @Test
  void readsTheCounterProposalWithItsGapsAndPlaceholder() {
    Draft draft = sample("ukraine-counter");

    List<String> expected = new ArrayList<>(range(1, 28));
    expected.removeAll(List.of("3", "26"));
    assertThat(topIds(draft)).isEqualTo(expected);
    assertThat(childIds(draft, "10")).containsExactly("10.a", "10.b", "10.c");
    assertThat(childIds(draft, "12")).hasSize(5).endsWith("12.e");
    assertThat(childIds(draft, "13")).hasSize(4);
    assertThat(childIds(draft, "24")).hasSize(4);
    assertThat(clause(draft, "2").fullText()).doesNotContain("deleted");
    assertThat(clause(draft, "4").heading())
        .contains("(The U.S. draft's point 3 has been deleted.)");
    assertThat(clause(draft, "5").text()).endsWith("guarantees of its security");
    assertThat(Drafts.messages(draft))
        .anyMatch(m -> m.contains("number 3 is missing"))
        .anyMatch(m -> m.contains("number 26 is missing"))
        .anyMatch(m -> m.contains("deleted point"));
  }

  @Test
  void readsTheHardWrappedTwentyPointDraft() {
    Draft draft = sample("ukraine-20");

    assertThat(topIds(draft)).isEqualTo(range(1, 20));
    assertThat(childIds(draft, "5")).containsExactly("5.a", "5.b", "5.c");
    assertThat(childIds(draft, "14")).containsExactly("14.a", "14.b", "14.c");
    assertThat(childIds(draft, "17")).containsExactly("17.a", "17.b", "17.c", "17.d");
    assertThat(draft.allClauses()).allSatisfy(c -> assertThat(c.text()).doesNotContain("\n"));
    assertThat(clause(draft, "5").text()).endsWith("under Article 5 of the North Atlantic Treaty:");
    assertThat(clause(draft, "9").text()).contains("a target of $800 billion.");
    assertThat(draft.sections())
        .extracting(Section::title)
        .containsExactly(
            "Security",
            "Economy and reconstruction",
            "Nuclear safety and society",
            "Territory",
            "Humanitarian matters and implementation");
    assertThat(draft.sections().get(0).clauses()).isEqualTo(range(1, 6));
    assertThat(draft.sections().get(4).clauses()).isEqualTo(range(17, 20));
    assertThat(draft.sections())
        .extracting(Section::id)
        .containsExactly("s1", "s2", "s3", "s4", "s5");
    assertThat(clause(draft, "1").heading()).isEmpty();
    assertThat(clause(draft, "7").heading()).isEmpty();
    assertThat(draft.preamble())
        .isEqualTo(
            "20-Point Framework for Peace (draft, December 2025)\n"
                + "Working text of the framework discussed by the negotiating teams of Ukraine and the "
                + "United States. Points 12 and 14 have not yet been agreed.");
    assertThat(draft.warnings()).isEmpty();
  }

  @Test
  void readsTheMinskProtocolWithItsSignatureBlock() {
    Draft draft = sample("minsk-1");

    assertThat(topIds(draft)).isEqualTo(range(1, 12));
    assertThat(draft.allClauses()).hasSize(12);
    assertThat(clause(draft, "12").text())
        .isEqualTo("Guarantee the personal safety of those taking part in the consultations.");
    assertThat(draft.trailing())
        .startsWith("Participants of the Trilateral Contact Group:")
        .contains("A. V. Zakharchenko")
        .endsWith("I. V. Plotnitsky");
    assertThat(draft.preamble()).startsWith("MINSK PROTOCOL");
  }

  @Test
  void readsTheMinskPackageWithContinuationParagraphs() {
    Draft draft = sample("minsk-2");

    assertThat(topIds(draft)).isEqualTo(range(1, 13));
    assertThat(childIds(draft, "2")).hasSize(4);
    assertThat(clause(draft, "2.1").label()).isEqualTo("\u2014");
    assertThat(clause(draft, "2").fullText()).endsWith("will assist in this process.");
    assertThat(childIds(draft, "11")).hasSize(8).endsWith("11.h");
    assertThat(clause(draft, "4").children()).isEmpty();
    assertThat(clause(draft, "4").text())
        .contains("Oblasts”, and on how")
        .contains("\nWithout delay");
    assertThat(clause(draft, "8").text()).contains("\nFor this purpose");
    assertThat(clause(draft, "9").text()).contains("point 11 has been carried out");
    assertThat(draft.trailing())
        .startsWith(
            "Participants of the Trilateral Contact Group: " + "Ambassador Heidi Tagliavini");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ukraine-28", "ukraine-counter", "ukraine-20", "minsk-1", "minsk-2"})
  void dropsNothingOfTheSource(String name) {
    Draft draft = sample(name);
    StringBuilder kept = new StringBuilder(draft.preamble()).append('\n').append(draft.trailing());
    for (Section s : draft.sections()) {
      kept.append('\n').append(s.label()).append(' ').append(s.title());
    }
    for (Clause c : draft.allClauses()) {
      c.heading().ifPresent(h -> kept.append('\n').append(h));
      kept.append('\n').append(c.label()).append(' ').append(c.text());
    }
    String all = kept.toString().replaceAll("\\s+", " ");
    for (String line : draft.text().split("\n")) {
      if (!line.isBlank()) {
        assertThat(all).contains(line.strip().replaceAll("\\s+", " "));
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"ukraine-28", "ukraine-counter", "ukraine-20", "minsk-1", "minsk-2"})
  void givesUniqueIdsAndSpansThatHoldTheirChildren(String name) {
    Draft draft = sample(name);
    Set<String> ids = new HashSet<>();
    for (Clause c : draft.allClauses()) {
      assertThat(ids.add(c.id())).as("unique id " + c.id()).isTrue();
      assertThat(c.span().end()).isLessThanOrEqualTo(draft.text().length());
      assertThat(draft.text().substring(c.span().start(), c.span().end()))
          .startsWith(
              c.label().isEmpty()
                  ? c.text().substring(0, Math.min(10, c.text().length()))
                  : c.label());
      for (Clause child : c.children()) {
        assertThat(child.span().start()).isGreaterThanOrEqualTo(c.span().start());
        assertThat(child.span().end()).isLessThanOrEqualTo(c.span().end());
        assertThat(child.span().startLine()).isBetween(c.span().startLine(), c.span().endLine());
      }
    }
  }

  @Test
  void givesTheSameTreeOnEveryThreadAndInEveryLocale() throws Exception {
    List<String> names =
        List.of("ukraine-28", "ukraine-counter", "ukraine-20", "minsk-1", "minsk-2");
    List<Draft> sequential = names.stream().map(Drafts::sample).toList();
    Locale saved = Locale.getDefault();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      List<Future<Draft>> futures = new ArrayList<>();
      for (int round = 0; round < 20; round++) {
        for (String name : names) {
          futures.add(pool.submit(() -> Drafts.sample(name)));
        }
      }
      for (int k = 0; k < futures.size(); k++) {
        assertThat(futures.get(k).get()).isEqualTo(sequential.get(k % names.size()));
      }
      assertThat(topIds(Drafts.parse("ITEM 1. One.\nITEM 2. Two.\n"))).containsExactly("1", "2");
    } finally {
      Locale.setDefault(saved);
      pool.shutdownNow();
    }
  }
}
