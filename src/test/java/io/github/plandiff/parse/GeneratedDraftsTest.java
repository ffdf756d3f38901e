package io.github.plandiff.parse;

import static io.github.plandiff.parse.Drafts.parse;
import static io.github.plandiff.parse.Drafts.topIds;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.plandiff.model.Clause;
import io.github.plandiff.model.Draft;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded random drafts in many numbering styles, optionally hard-wrapped, with amounts, years and
 * references that can land at the start of a wrapped line: the parser finds exactly the points and
 * sub-points that were written, with their text.
 */
class GeneratedDraftsTest {

  private static final String[] TOP = {
    "%d.", "%d)", "(%d)", "Point %d.", "Article %d.", "%d -", "%d \u2013", "SEC. %d.", "\u00A7 %d."
  };
  private static final String[][] SUB = {
    {"a)", "b)", "c)", "d)", "e)", "f)", "g)", "h)", "i)", "j)"},
    {"(a)", "(b)", "(c)", "(d)", "(e)", "(f)", "(g)", "(h)", "(i)", "(j)"},
    {"a.", "b.", "c.", "d.", "e.", "f.", "g.", "h.", "i.", "j."},
    {"(i)", "(ii)", "(iii)", "(iv)", "(v)", "(vi)", "(vii)", "(viii)", "(ix)", "(x)"},
    {
      "\u2013", "\u2013", "\u2013", "\u2013", "\u2013", "\u2013", "\u2013", "\u2013", "\u2013",
      "\u2013"
    },
    {
      "\u2022", "\u2022", "\u2022", "\u2022", "\u2022", "\u2022", "\u2022", "\u2022", "\u2022",
      "\u2022"
    }
  };
  private static final String[] WORDS = {
    "Ukraine",
    "Russia",
    "the",
    "parties",
    "will",
    "agree",
    "within",
    "100",
    "days",
    "600,000",
    "personnel",
    "$100",
    "billion",
    "in",
    "2026",
    "under",
    "Article 5 of the Treaty",
    "guarantees",
    "sanctions",
    "and",
    "may",
    "not",
    "exceed",
    "elections",
    "monitoring",
    "by",
    "the",
    "OSCE",
    "(see",
    "above)",
    "[\u2026]",
    "30%"
  };

  static IntStream seeds() {
    return IntStream.range(0, 500);
  }

  private record Expected(String id, String text, int children) {}

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void findsExactlyThePointsThatWereWritten(int seed) {
    Random rnd = new Random(seed);
    String top = TOP[rnd.nextInt(TOP.length)];
    boolean blankLines = rnd.nextBoolean();
    int width = rnd.nextBoolean() ? 0 : 50 + rnd.nextInt(50);
    StringBuilder text = new StringBuilder("Draft number ").append(seed).append("\n\n");
    List<Expected> expected = new ArrayList<>();
    int points = 1 + rnd.nextInt(30);
    for (int k = 1; k <= points; k++) {
      String label = String.format(java.util.Locale.ROOT, top, k);
      String sentence = sentence(rnd);
      int subs = rnd.nextInt(4) == 0 ? 1 + rnd.nextInt(6) : 0;
      StringBuilder full = new StringBuilder(sentence);
      if (subs > 0) {
        full.append(':');
      }
      text.append(wrap(label + " " + full, width)).append('\n');
      String[] style = SUB[rnd.nextInt(SUB.length)];
      for (int s = 0; s < subs; s++) {
        String item = sentence(rnd);
        text.append(wrap(style[s] + " " + item, width)).append('\n');
        full.append('\n').append(style[s]).append(' ').append(item);
      }
      if (blankLines) {
        text.append('\n');
      }
      expected.add(new Expected(Integer.toString(k), full.toString(), subs));
    }
    Draft draft = parse(text.toString());

    assertThat(topIds(draft))
        .as(text.toString())
        .isEqualTo(expected.stream().map(Expected::id).toList());
    for (int k = 0; k < expected.size(); k++) {
      Clause clause = draft.clauses().get(k);
      assertThat(clause.children()).as(text.toString()).hasSize(expected.get(k).children());
      assertThat(collapse(clause.fullText()))
          .as(text.toString())
          .isEqualTo(collapse(expected.get(k).text()));
    }
    assertThat(draft.preamble()).isEqualTo("Draft number " + seed);
    assertThat(draft.warnings()).isEmpty();
  }

  private static String sentence(Random rnd) {
    StringBuilder sb = new StringBuilder("The");
    int n = 4 + rnd.nextInt(30);
    for (int w = 0; w < n; w++) {
      sb.append(' ').append(WORDS[rnd.nextInt(WORDS.length)]);
    }
    return sb.append(rnd.nextBoolean() ? "." : ";").toString();
  }

  private static String wrap(String paragraph, int width) {
    if (width == 0) {
      return paragraph;
    }
    StringBuilder out = new StringBuilder();
    int lineLength = 0;
    for (String word : paragraph.split(" ")) {
      if (lineLength > 0 && lineLength + 1 + word.length() > width) {
        out.append('\n');
        lineLength = 0;
      } else if (lineLength > 0) {
        out.append(' ');
        lineLength++;
      }
      out.append(word);
      lineLength += word.length();
    }
    return out.toString();
  }

  private static String collapse(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }
}
