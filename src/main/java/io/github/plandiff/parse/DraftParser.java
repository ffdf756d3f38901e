package io.github.plandiff.parse;

import io.github.plandiff.model.Block;
import io.github.plandiff.model.BlockKind;
import io.github.plandiff.model.Clause;
import io.github.plandiff.model.Document;
import io.github.plandiff.model.Draft;
import io.github.plandiff.model.Span;
import io.github.plandiff.model.Warning;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the blocks of a document into a draft of top-level numbered clauses. Text before the first
 * clause is the preamble, a short line standing alone before a clause is that clause's heading, and
 * a signature block or annex after the last clause is trailing text. Nothing of the source is
 * dropped. Stateless and thread-safe.
 */
public final class DraftParser {

  /** "Point 1", "Article 1", "1.", "1)", "(1)". */
  private static final Pattern TOP_LABEL = Pattern.compile(
      "^(?:(?<word>(?:Point|Article|Section|Item|Clause)\\s+(?<wn>\\d{1,5})\\s*[.:)]?)"
          + "|(?<paren>\\((?<pn>\\d{1,5})\\))"
          + "|(?<plain>(?<n>\\d{1,5})[.)]))(?=\\s|$)\\s*");

  private static final Pattern TRAILING_CUE = Pattern.compile(
      "^(?:Participants|Signed|Signatures?|Signatories|For the |Done at|In witness|Annex|Appendix"
          + "|Attachment|Schedule)\\b.*");

  /** How far ahead of the expected number a label may jump before it is taken for text. */
  private static final int MAX_SKIP = 10;

  /** Creates a parser. */
  public DraftParser() {}

  /**
   * Parses a document.
   *
   * @param document what a reader produced, not null
   * @param label the draft's label
   * @return the draft, never null; problems are warnings on it
   */
  public Draft parse(Document document, String label) {
    List<Line> lines = Line.of(document.blocks());
    LineJoiner joiner = LineJoiner.forLines(lines);
    List<Warning> warnings = new ArrayList<>(document.warnings());
    List<ClauseBuilder> built = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    int last = 0;
    int firstClauseLine = -1;
    for (int k = 0; k < lines.size(); k++) {
      Line line = lines.get(k);
      if (line.blank()) {
        continue;
      }
      Matcher m = TOP_LABEL.matcher(line.text());
      if (m.find()) {
        int n = number(m);
        boolean paragraphStart = k == 0 || lines.get(k - 1).blank() || endsSentence(lines.get(k - 1));
        Integer accepted = accept(n, last, paragraphStart, built.isEmpty());
        if (accepted != null) {
          if (n != last + 1 && !built.isEmpty()) {
            warnings.add(new Warning("", line.lineNo(), numberingMessage(n, last)));
          }
          String id = uniqueId(ids, Integer.toString(n));
          ClauseBuilder clause = new ClauseBuilder(id, m.group().strip(), line, m.end());
          built.add(clause);
          if (firstClauseLine < 0) {
            firstClauseLine = k;
          }
          last = n;
          continue;
        }
      }
      if (!built.isEmpty()) {
        built.get(built.size() - 1).add(k);
      }
    }
    return assemble(document, label, lines, joiner, built, firstClauseLine, warnings);
  }

  private Draft assemble(Document document, String label, List<Line> lines, LineJoiner joiner,
      List<ClauseBuilder> built, int firstClauseLine, List<Warning> warnings) {
    if (built.isEmpty()) {
      warnings.add(new Warning("", 0, "no numbered clauses found; the whole text is preamble"));
      return new Draft(label, document.source(), document.format(),
          joiner.join(lines, 0, lines.size()), List.of(), "", document.text(), warnings);
    }
    int trailingFrom = TrailingText.start(lines, built.get(built.size() - 1), TRAILING_CUE);
    if (trailingFrom < lines.size()) {
      built.get(built.size() - 1).truncate(trailingFrom);
    }
    List<Clause> clauses = new ArrayList<>();
    String[] headings = Headings.find(lines, built, firstClauseLine);
    int preambleEnd = firstClauseLine;
    if (headings[0] != null) {
      preambleEnd = Headings.lineOfHeadingBefore(lines, firstClauseLine);
    }
    for (int c = 0; c < built.size(); c++) {
      clauses.add(built.get(c).build(lines, joiner, Optional.ofNullable(headings[c])));
    }
    String preamble = joiner.join(lines, 0, preambleEnd);
    String trailing = joiner.join(lines, trailingFrom, lines.size());
    return new Draft(label, document.source(), document.format(), preamble, clauses, trailing,
        document.text(), warnings);
  }

  private static Integer accept(int n, int last, boolean paragraphStart, boolean first) {
    if (first) {
      return n <= 1 || paragraphStart ? n : null;
    }
    if (n == last + 1) {
      return n;
    }
    if (paragraphStart && (n > last + 1 && n <= last + MAX_SKIP || n == last)) {
      return n;
    }
    return null;
  }

  private static String numberingMessage(int n, int last) {
    if (n == last) {
      return "number " + n + " appears twice; the second is kept as " + n + "~2";
    }
    return n == last + 2
        ? "number " + (last + 1) + " is skipped (" + last + " is followed by " + n + ")"
        : "numbers " + (last + 1) + " to " + (n - 1) + " are skipped";
  }

  private static String uniqueId(Set<String> ids, String id) {
    String candidate = id;
    int suffix = 1;
    while (!ids.add(candidate)) {
      suffix++;
      candidate = id + "~" + suffix;
    }
    return candidate;
  }

  private static int number(Matcher m) {
    String digits = m.group("wn") != null ? m.group("wn")
        : m.group("pn") != null ? m.group("pn") : m.group("n");
    return Integer.parseInt(digits);
  }

  static boolean endsSentence(Line line) {
    String t = line.text().strip();
    if (t.isEmpty()) {
      return true;
    }
    char c = t.charAt(t.length() - 1);
    return ".;:!?)]\"\u201D\u2019'".indexOf(c) >= 0;
  }

  /** A clause being collected: its label line and the indexes of its further lines. */
  static final class ClauseBuilder {
    final String id;
    final String label;
    final Line first;
    final int textStart;
    final List<Integer> more = new ArrayList<>();

    ClauseBuilder(String id, String label, Line first, int textStart) {
      this.id = id;
      this.label = label;
      this.first = first;
      this.textStart = textStart;
    }

    void add(int lineIndex) {
      more.add(lineIndex);
    }

    void truncate(int fromLine) {
      more.removeIf(k -> k >= fromLine);
    }

    int lastLineIndex() {
      return more.isEmpty() ? first.index() : more.get(more.size() - 1);
    }

    Clause build(List<Line> lines, LineJoiner joiner, Optional<String> heading) {
      StringBuilder text = new StringBuilder(first.text().substring(textStart).strip());
      int prev = first.index();
      for (int k : more) {
        boolean blankBefore = k > prev + 1;
        joiner.append(text, lines.get(prev), lines.get(k), blankBefore);
        prev = k;
      }
      Line end = lines.get(lastLineIndex());
      Span span = new Span(first.span().start(), end.span().end(), first.lineNo(), end.lineNo());
      return new Clause(id, label, heading, text.toString(), List.of(), span);
    }
  }

  /** One line of a plain-text source, with its index among all lines. */
  record Line(int index, Block block) {
    static List<Line> of(List<Block> blocks) {
      List<Line> lines = new ArrayList<>(blocks.size());
      for (Block b : blocks) {
        lines.add(new Line(lines.size(), b));
      }
      return lines;
    }

    boolean blank() {
      return block.kind() == BlockKind.BLANK || block.text().isBlank();
    }

    String text() {
      return block.label().map(l -> l + " " + block.text()).orElse(block.text());
    }

    Span span() {
      return block.span();
    }

    int lineNo() {
      return block.span().startLine();
    }
  }
}
