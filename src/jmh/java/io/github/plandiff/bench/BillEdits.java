package io.github.plandiff.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes an edited copy of a real bill (USLM XML) with the edits made between versions of a bill,
 * seeded and deterministic. The bill's top-level sections (those outside quoted content) are the
 * units: about 10% reworded (one word in 12), 3% rewritten in part (a stretch of the section, one
 * word in 3), 2% removed, 1% moved elsewhere, 1% merged into the section before, 1% split in two at
 * a subsection, and after about 2% a section from another bill is inserted. The text between
 * sections (appropriations paragraphs and their provisos) is reworded at about one word in 200.
 * Only the text between tags is reworded, so the copy stays well-formed XML.
 *
 * <p>{@code java -cp target/test-classes io.github.plandiff.bench.BillEdits BILL SEED OUT
 * [DONOR...]} writes the edited copy of BILL to OUT, taking inserted sections from the DONOR bills.
 * With {@code --text OLD_TXT NEW_TXT} after the seed and before OUT's place, it writes both
 * versions as plain text instead (see {@link #text}), one line per numbered unit and a blank line
 * before each section, as bills are published in text form.
 */
public final class BillEdits {

  private static final Pattern SECTION_OR_QUOTE =
      Pattern.compile("<(/?)(section|quotedContent)\\b[^>]*>");
  private static final Pattern TAG = Pattern.compile("<[^>]*+>");
  private static final Pattern HEAD = Pattern.compile("^<section\\b[^>]*>\\s*(<num\\b.*?</num>)?");
  private static final Pattern SUBSECTION = Pattern.compile("<subsection\\b");
  private static final Pattern BLOCK_START =
      Pattern.compile(
          "<(section|title|division|subtitle|part|chapter|subchapter|appropriations)\\b[^>]*>");
  private static final Pattern LINE_START =
      Pattern.compile(
          "<(subsection|paragraph|subparagraph|clause|subclause|item|proviso)\\b[^>]*>");
  private static final Pattern MAIN = Pattern.compile("<(main|amendMain|legisBody)\\b");
  private static final Pattern ENTITY = Pattern.compile("&(amp|lt|gt|quot|apos|#x?[0-9a-fA-F]+);");

  private final SplittableRandom random;
  private long seed;

  private BillEdits(long seed) {
    this.random = new SplittableRandom(seed);
    this.seed = seed;
  }

  /** A bill cut into the text between top-level sections and the sections themselves. */
  record Cut(List<String> between, List<String> sections) {}

  /**
   * Cuts a bill at its top-level sections: {@code between.get(k)} comes before {@code
   * sections.get(k)}, and {@code between} has one more entry, the text after the last section.
   *
   * @param xml the bill
   * @return the parts, which concatenate to the bill
   */
  static Cut cut(String xml) {
    List<String> between = new ArrayList<>();
    List<String> sections = new ArrayList<>();
    Matcher m = SECTION_OR_QUOTE.matcher(xml);
    int quoted = 0;
    int depth = 0;
    int start = 0;
    int end = 0;
    while (m.find()) {
      boolean close = !m.group(1).isEmpty();
      if (m.group(2).equals("quotedContent")) {
        quoted += close ? -1 : 1;
      } else if (quoted == 0 && !close && depth++ == 0) {
        start = m.start();
      } else if (quoted == 0 && close && --depth == 0) {
        between.add(xml.substring(end, start));
        sections.add(xml.substring(start, m.end()));
        end = m.end();
      }
    }
    between.add(xml.substring(end));
    return new Cut(between, sections);
  }

  /**
   * Edits a bill.
   *
   * @param xml the bill
   * @param donors sections of other bills to insert from
   * @param seed the seed
   * @return the edited bill
   */
  public static String edit(String xml, List<String> donors, long seed) {
    return new BillEdits(seed).apply(cut(xml), donors);
  }

  private String apply(Cut cut, List<String> donors) {
    List<String> out = new ArrayList<>();
    List<String> moved = new ArrayList<>();
    List<String> sections = cut.sections();
    for (int k = 0; k < sections.size(); k++) {
      out.add(reword(cut.between().get(k), 200));
      String section = sections.get(k);
      int roll = random.nextInt(100);
      if (roll < 2) {
        continue;
      } else if (roll < 3) {
        moved.add(section);
        continue;
      } else if (roll < 4 && k + 1 < sections.size()) {
        section = merge(section, sections.get(++k));
      } else if (roll < 5) {
        section = split(section);
      } else if (roll < 15) {
        section = reword(section, 12);
      } else if (roll < 18) {
        section = rewriteInPart(section);
      }
      out.add(section);
      if (!donors.isEmpty() && random.nextInt(100) < 2) {
        out.add(donors.get(random.nextInt(donors.size())));
      }
    }
    out.add(reword(cut.between().get(sections.size()), 200));
    for (String section : moved) {
      out.add(1 + random.nextInt(out.size() - 1), section);
    }
    return String.join("", out);
  }

  /** The second section's body (without its number and heading) inside the first. */
  private static String merge(String first, String second) {
    Matcher head = HEAD.matcher(second);
    String body = second.substring(head.find() ? head.end() : 0, second.lastIndexOf("</section>"));
    body = body.replaceFirst("^\\s*<heading\\b.*?</heading>", "");
    int close = first.lastIndexOf("</section>");
    return first.substring(0, close) + body + first.substring(close);
  }

  /** Splits a section before one of its subsections, the second part a section of its own. */
  private String split(String section) {
    Matcher sub = SUBSECTION.matcher(section);
    List<Integer> starts = new ArrayList<>();
    while (sub.find()) {
      starts.add(sub.start());
    }
    if (starts.size() < 2) {
      return reword(section, 12);
    }
    int at = starts.get(1 + random.nextInt(starts.size() - 1));
    return section.substring(0, at)
        + "</section>\n<section><num value=\"0\">SEC. 0. </num><heading>NEW SECTION.</heading>"
        + section.substring(at);
  }

  /** Rewords a stretch of a third to all of the section's text heavily. */
  private String rewriteInPart(String section) {
    int from = random.nextInt(Math.max(1, section.length() / 2));
    int to =
        Math.min(section.length(), from + section.length() / 3 + random.nextInt(section.length()));
    from = section.lastIndexOf('>', from) + 1;
    int close = section.indexOf('<', to);
    to = close < 0 ? section.length() : close;
    return section.substring(0, from)
        + reword(section.substring(from, to), 3)
        + section.substring(to);
  }

  private String reword(String xml, int every) {
    StringBuilder out = new StringBuilder(xml.length() + 64);
    Matcher tag = TAG.matcher(xml);
    int at = 0;
    while (tag.find()) {
      appendReworded(out, xml.substring(at, tag.start()), every);
      out.append(tag.group());
      at = tag.end();
    }
    appendReworded(out, xml.substring(at), every);
    return out.toString();
  }

  private void appendReworded(StringBuilder out, String text, int every) {
    out.append(text.isBlank() ? text : LargeDraftGenerator.reword(text, every, seed++));
  }

  /**
   * The text of a USLM bill: a blank line before each section (and larger unit), a line break
   * before each subsection and smaller unit, tags removed, entities decoded, spaces collapsed.
   *
   * @param xml the bill
   * @return its plain text
   */
  static String text(String xml) {
    Matcher main = MAIN.matcher(xml);
    String s =
        BLOCK_START.matcher(main.find() ? xml.substring(main.start()) : xml).replaceAll("\n\n");
    s = s.replace("</num>", "</num> ").replace("</heading>", "</heading> ");
    s = LINE_START.matcher(s).replaceAll("\n");
    s = TAG.matcher(s).replaceAll("");
    s = ENTITY.matcher(s).replaceAll(m -> Matcher.quoteReplacement(entity(m.group(1))));
    StringBuilder out = new StringBuilder(s.length());
    boolean blank = false;
    for (String line : s.split("\n", -1)) {
      String t = line.strip().replaceAll("\\s+", " ");
      if (t.isEmpty()) {
        blank = true;
        continue;
      }
      out.append(blank && out.length() > 0 ? "\n" : "").append(t).append('\n');
      blank = false;
    }
    return out.toString();
  }

  /** The plain text of a bill's top-level sections only, one after another. */
  static String sectionsText(String xml) {
    return text(String.join("\n", cut(xml).sections()));
  }

  private static String entity(String name) {
    return switch (name) {
      case "amp" -> "&";
      case "lt" -> "<";
      case "gt" -> ">";
      case "quot" -> "\"";
      case "apos" -> "'";
      default ->
          Character.toString(
              name.startsWith("#x")
                  ? Integer.parseInt(name.substring(2), 16)
                  : Integer.parseInt(name.substring(1)));
    };
  }

  /**
   * Writes the edited copy: {@code BILL SEED OUT [DONOR...]}.
   *
   * @param args the arguments
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 3) {
      System.err.println("usage: BillEdits BILL SEED (OUT | --text OLD_TXT NEW_TXT) [DONOR...]");
      System.exit(2);
    }
    boolean text = args[2].equals("--text");
    int first = text ? 5 : 3;
    List<String> donors = new ArrayList<>();
    for (int k = first; k < args.length; k++) {
      donors.addAll(cut(Files.readString(Path.of(args[k]), StandardCharsets.UTF_8)).sections());
    }
    String bill = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
    String edited = edit(bill, donors, Long.parseLong(args[1]));
    if (text) {
      Files.writeString(Path.of(args[3]), sectionsText(bill), StandardCharsets.UTF_8);
      Files.writeString(Path.of(args[4]), sectionsText(edited), StandardCharsets.UTF_8);
    } else {
      Files.writeString(Path.of(args[2]), edited, StandardCharsets.UTF_8);
    }
  }
}
