package io.github.plandiff.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A seeded generator of plain-text drafts with structure above their points, and of edited copies
 * of them: named or numbered sections (Roman, lettered, "Part N —") over points numbered on through
 * them, points run into the previous sentence, annexes whose numbering restarts, and a signature
 * block. The edits rename, add and drop section headings and annex titles, and reword points.
 */
public final class StructuredDrafts {

  private static final String[] SECTION_TITLES = {
    "Security", "Economy and reconstruction", "Territory", "Humanitarian matters", "Governance"
  };
  private static final String[] ANNEX_TITLES = {
    "Exchange procedure", "Map of the line", "Monitoring mission", "Timetable"
  };

  /** How the sections of a draft are headed. */
  private enum Heading {
    NAMED,
    ROMAN,
    LETTER,
    PART
  }

  /**
   * A generated draft as its parts, before printing.
   *
   * @param heading how sections are headed
   * @param sections each section's title and its points' sentences
   * @param annexes each annex's title and its points' sentences
   * @param runIn whether the second point of the first section is run into the first's sentence
   * @param signed whether a signature block ends the draft
   */
  private record Parts(
      Heading heading, List<Group> sections, List<Group> annexes, boolean runIn, boolean signed) {}

  /** A titled group of points. */
  private record Group(String title, List<String> points) {}

  private StructuredDrafts() {}

  /**
   * The pair of drafts of a seed: an old draft and an edited copy, as plain text.
   *
   * @param seed any number
   * @return the old text and the new text
   */
  public static List<String> pair(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    Parts old = parts(rnd);
    return List.of(print(old), print(edit(old, rnd)));
  }

  private static Parts parts(SplittableRandom rnd) {
    Heading heading = Heading.values()[rnd.nextInt(Heading.values().length)];
    List<Group> sections = new ArrayList<>();
    int n = 1 + rnd.nextInt(4);
    for (int k = 0; k < n; k++) {
      sections.add(
          new Group(SECTION_TITLES[(k + rnd.nextInt(2)) % SECTION_TITLES.length], points(rnd)));
    }
    List<Group> annexes = new ArrayList<>();
    int m = rnd.nextInt(3);
    for (int k = 0; k < m; k++) {
      annexes.add(new Group(ANNEX_TITLES[(k + rnd.nextInt(2)) % ANNEX_TITLES.length], points(rnd)));
    }
    return new Parts(heading, sections, annexes, rnd.nextInt(3) == 0, rnd.nextBoolean());
  }

  private static List<String> points(SplittableRandom rnd) {
    List<String> points = new ArrayList<>();
    int n = 2 + rnd.nextInt(3);
    for (int k = 0; k < n; k++) {
      String s = InvariantGenerator.words(rnd, 3 + rnd.nextInt(10)).replace("\u200D", "");
      points.add(Character.toUpperCase(s.charAt(0)) + s.substring(1) + ".");
    }
    return points;
  }

  private static Parts edit(Parts old, SplittableRandom rnd) {
    List<Group> sections = new ArrayList<>();
    for (int k = 0; k < old.sections().size(); k++) {
      Group g = old.sections().get(k);
      int r = rnd.nextInt(6);
      if (r == 0 && sections.size() + old.sections().size() - k - 1 > 0) {
        continue; // the section and its points are dropped
      }
      String title =
          r == 1
              ? g.title() + " and " + pick(rnd, SECTION_TITLES).toLowerCase(Locale.ROOT)
              : g.title();
      sections.add(new Group(title, reword(g.points(), rnd)));
    }
    if (rnd.nextInt(4) == 0) {
      sections.add(new Group("Final provisions", points(rnd)));
    }
    List<Group> annexes = new ArrayList<>();
    for (Group g : old.annexes()) {
      String title =
          rnd.nextInt(3) == 0 ? "Revised " + g.title().toLowerCase(Locale.ROOT) : g.title();
      annexes.add(new Group(title, reword(g.points(), rnd)));
    }
    if (rnd.nextInt(4) == 0) {
      annexes.add(new Group("Glossary", points(rnd)));
    }
    return new Parts(
        old.heading(), sections, annexes, old.runIn() && rnd.nextBoolean(), old.signed());
  }

  private static List<String> reword(List<String> points, SplittableRandom rnd) {
    List<String> out = new ArrayList<>();
    for (String p : points) {
      int r = rnd.nextInt(5);
      if (r == 0) {
        out.add(p.replace(" will ", " may ").replace(".", ", in full."));
      } else if (r != 1) {
        out.add(p);
      }
    }
    return out.isEmpty() ? List.of(points.get(0)) : out;
  }

  private static String print(Parts d) {
    StringBuilder sb =
        new StringBuilder("Framework for peace\n\nThe parties agree as follows.\n\n");
    int number = 1;
    for (int s = 0; s < d.sections().size(); s++) {
      Group g = d.sections().get(s);
      sb.append(heading(d.heading(), s, g.title()));
      for (int k = 0; k < g.points().size(); k++) {
        boolean runIn = d.runIn() && s == 0 && k == 1;
        sb.setLength(runIn ? sb.length() - 1 : sb.length());
        sb.append(runIn ? " " : "")
            .append(number++)
            .append(". ")
            .append(g.points().get(k))
            .append('\n');
      }
      sb.append(d.heading() == Heading.NAMED ? "\n" : "");
    }
    for (int a = 0; a < d.annexes().size(); a++) {
      Group g = d.annexes().get(a);
      sb.append("\nAnnex ").append(roman(a + 1)).append(". ").append(g.title()).append("\n\n");
      for (int k = 0; k < g.points().size(); k++) {
        sb.append(k + 1).append(". ").append(g.points().get(k)).append('\n');
      }
    }
    if (d.signed()) {
      sb.append("\nSigned at Geneva by the parties.\n");
    }
    return sb.toString();
  }

  private static String heading(Heading h, int s, String title) {
    return switch (h) {
      case NAMED -> title + "\n\n";
      case ROMAN -> roman(s + 1) + ". " + title.toUpperCase(Locale.ROOT) + "\n";
      case LETTER -> (char) ('A' + s) + ". " + title + "\n";
      case PART -> "Part " + (s + 1) + " \u2014 " + title + "\n";
    };
  }

  private static String roman(int n) {
    return List.of("I", "II", "III", "IV", "V", "VI").get(n - 1);
  }

  private static String pick(SplittableRandom rnd, String[] options) {
    return options[rnd.nextInt(options.length)];
  }
}
