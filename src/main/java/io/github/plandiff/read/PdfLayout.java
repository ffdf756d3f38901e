package io.github.plandiff.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Turns the lines of a PDF into paragraphs: drops running headers and footers (a line at the top or
 * bottom of a page that recurs, digits aside, on at least half of the pages) and page numbers, then
 * joins wrapped lines, undoing hyphenation at line ends. Pure geometry: no PDF library needed.
 */
final class PdfLayout {

  private static final Pattern PAGE_NUMBER =
      Pattern.compile(
          "(?i)(page|p\\.|стр\\.|сторінка)?\\s*[-–—]?\\s*\\d{1,4}\\s*((of|/|из|з)\\s*\\d{1,4})?\\s*[-–—]?");
  private static final Pattern STARTS_ITEM =
      Pattern.compile(
          "^(\\(?\\d{1,3}(\\.\\d{1,3})*[.)]|\\(?[a-zA-Z]{1,4}[.)]|\\([a-zA-Z0-9]{1,4}\\)|[•▪‣◦·*–—-])\\s.*");
  private static final int EDGE = 2;
  private static final double GAP_FACTOR = 1.35;
  private static final double SHORT_LINE = 0.2;
  private static final float WIDE_LETTERS = 1.5f;

  private PdfLayout() {}

  static List<String> paragraphs(List<PdfLine> lines) {
    return join(withoutFurniture(lines));
  }

  static List<PdfLine> withoutFurniture(List<PdfLine> lines) {
    Map<Integer, List<PdfLine>> pages = new TreeMap<>();
    for (PdfLine line : lines) {
      if (!line.text().isBlank()) {
        pages.computeIfAbsent(line.page(), k -> new ArrayList<>()).add(line);
      }
    }
    Map<String, Integer> recurring = new TreeMap<>();
    for (List<PdfLine> page : pages.values()) {
      java.util.Set<String> keys = new java.util.TreeSet<>();
      for (int i = 0; i < page.size(); i++) {
        if (atEdge(page, i)) {
          keys.add(key(page.get(i)));
        }
      }
      keys.forEach(k -> recurring.merge(k, 1, Integer::sum));
    }
    int needed = Math.max(2, (pages.size() + 1) / 2);
    List<PdfLine> kept = new ArrayList<>();
    for (List<PdfLine> page : pages.values()) {
      for (int i = 0; i < page.size(); i++) {
        PdfLine line = page.get(i);
        boolean edge = atEdge(page, i);
        boolean running = pages.size() >= 2 && recurring.getOrDefault(key(line), 0) >= needed;
        boolean number = PAGE_NUMBER.matcher(line.text().strip()).matches();
        if (!(edge && (running || number))) {
          kept.add(line);
        }
      }
    }
    return kept;
  }

  private static boolean atEdge(List<PdfLine> page, int i) {
    return i < EDGE || i >= page.size() - EDGE;
  }

  private static String key(PdfLine line) {
    return BlockCollector.clean(line.text()).toLowerCase(Locale.ROOT).replaceAll("\\d+", "#");
  }

  static List<String> join(List<PdfLine> lines) {
    List<String> paragraphs = new ArrayList<>();
    if (lines.isEmpty()) {
      return paragraphs;
    }
    float gap = typicalGap(lines);
    float left = Float.MAX_VALUE;
    float right = 0;
    for (PdfLine line : lines) {
      left = Math.min(left, line.left());
      right = Math.max(right, line.right());
    }
    float width = Math.max(1, right - left);
    StringBuilder paragraph = new StringBuilder();
    PdfLine previous = null;
    for (PdfLine line : lines) {
      String text = BlockCollector.clean(line.text());
      if (previous != null && breaksBefore(previous, line, gap, right, width)) {
        paragraphs.add(paragraph.toString());
        paragraph.setLength(0);
      }
      append(paragraph, text);
      previous = line;
    }
    paragraphs.add(paragraph.toString());
    return paragraphs;
  }

  private static boolean breaksBefore(
      PdfLine previous, PdfLine line, float gap, float right, float width) {
    String before = BlockCollector.clean(previous.text());
    boolean ended = before.matches(".*[.:;!?\"”’')]$");
    if (line.page() == previous.page() && gap > 0 && line.y() - previous.y() > gap * GAP_FACTOR) {
      return true;
    }
    boolean shortLine = previous.right() < right - width * SHORT_LINE;
    boolean veryShort = previous.right() < right - width * 0.5;
    if ((shortLine && ended) || veryShort) {
      return true;
    }
    String next = BlockCollector.clean(line.text());
    if (!next.isEmpty()
        && Character.isUpperCase(next.codePointAt(0))
        && nextWordFitted(previous, before, next, right)) {
      return true; // "…V. Putin" / "The Trilateral…": a title line, even across a page break
    }
    boolean full = previous.right() >= right - width * 0.1;
    return (ended || !full) && STARTS_ITEM.matcher(next).matches();
  }

  /**
   * Whether the next line's first word would have fitted at the end of the previous line, so that
   * the break cannot be a wrap. The word's width is estimated from the previous line's average
   * character width, with a margin for wide letters.
   */
  private static boolean nextWordFitted(PdfLine previous, String before, String next, float right) {
    if (before.isEmpty() || before.endsWith("-")) {
      return false;
    }
    int space = next.indexOf(' ');
    int word = space < 0 ? next.length() : space;
    float perChar = (previous.right() - previous.left()) / before.length();
    return previous.right() + perChar * (word + 1) * WIDE_LETTERS < right;
  }

  /** Joins a line to its paragraph: a word split by a hyphen at the line end is made whole. */
  private static void append(StringBuilder paragraph, String text) {
    int n = paragraph.length();
    if (n == 0) {
      paragraph.append(text);
      return;
    }
    char last = paragraph.charAt(n - 1);
    if (last == '\u00AD') {
      paragraph.setLength(n - 1);
      paragraph.append(text);
    } else if ((last == '-' || last == '\u2010')
        && n >= 2
        && Character.isLetter(paragraph.charAt(n - 2))
        && !text.isEmpty()
        && Character.isLowerCase(text.charAt(0))) {
      paragraph.setLength(n - 1);
      paragraph.append(text);
    } else {
      paragraph.append(' ').append(text);
    }
  }

  /** The lower quartile of the distances between the baselines of consecutive lines on a page. */
  private static float typicalGap(List<PdfLine> lines) {
    float[] gaps = new float[lines.size()];
    int count = 0;
    for (int i = 1; i < lines.size(); i++) {
      PdfLine a = lines.get(i - 1);
      PdfLine b = lines.get(i);
      float d = b.y() - a.y();
      if (a.page() == b.page() && d > 0.5f) {
        gaps[count++] = d;
      }
    }
    if (count == 0) {
      return 0;
    }
    float[] sorted = Arrays.copyOf(gaps, count);
    Arrays.sort(sorted);
    return sorted[count / 4];
  }
}
