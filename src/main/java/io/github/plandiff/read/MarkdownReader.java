package io.github.plandiff.read;

import io.github.plandiff.model.Block;
import io.github.plandiff.model.BlockKind;
import io.github.plandiff.model.Document;
import io.github.plandiff.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Markdown draft line by line, like plain text, so that line numbers match the source:
 * {@code #} and underlined headings become headings without their markup; ordered items ({@code
 * 1.}, {@code 1)}) stay text with their number, as written; bullets ({@code -}, {@code *}, {@code
 * +}) become list items labelled "•" with a level from their indentation; emphasis, code and link
 * markup is dropped and the words kept; fences, rules and table rulers become blank lines.
 */
public final class MarkdownReader implements DraftReader {

  // Every pattern runs in linear time: text classes exclude their own delimiters and are
  // possessive.
  private static final Pattern ATX = Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t]++(.*))?$");
  private static final Pattern SETEXT = Pattern.compile("^ {0,3}(=++|-++)[ \\t]*+$");
  private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~)");
  private static final Pattern BULLET = Pattern.compile("^([ \\t]*+)[-*+][ \\t]++(.*)$");
  private static final Pattern ORDERED = Pattern.compile("^[ \\t]*+(\\d{1,9}[.)])[ \\t]++(.*)$");
  private static final Pattern IMAGE_OR_LINK =
      Pattern.compile("!?\\[([^\\[\\]\\n]{0,1000}+)\\]\\([^()\\n]{0,2000}+\\)");
  private static final Pattern STRONG =
      Pattern.compile(
          "\\*\\*(?=[^\\s*])([^*\\n"
              + "]{1,1000}+)(?<=\\S)\\*\\*|__(?=[^\\s_])([^_\\n"
              + "]{1,1000}+)(?<=\\S)__");
  private static final Pattern EMPHASIS =
      Pattern.compile(
          "(?<![\\w*])\\*(?=[^\\s*])([^*\\n]{1,1000}+)(?<=[^\\s*])\\*(?![\\w*])"
              + "|(?<![\\w_])_(?=[^\\s_])([^_\\n]{1,1000}+)(?<=[^\\s_])_(?![\\w_])");
  private static final Pattern CODE = Pattern.compile("`([^`\\n]{1,1000}+)`");
  private static final Pattern ESCAPE = Pattern.compile("\\\\([!-/:-@\\[-`{-~])");

  /** One line of the source as read. */
  private record Line(BlockKind kind, String text, Optional<String> label, int level) {}

  @Override
  public String format() {
    return "md";
  }

  @Override
  public Document read(byte[] bytes, String source) {
    TextDecoder.Decoded decoded = TextDecoder.decode(bytes, source);
    List<Line> lines = new ArrayList<>();
    boolean fenced = false;
    for (Block raw : TextReader.lines(decoded.text())) {
      String line = raw.text();
      if (FENCE.matcher(line).find()) {
        fenced = !fenced;
        lines.add(blank());
      } else if (fenced) {
        lines.add(raw.kind() == BlockKind.BLANK ? blank() : text(line.stripTrailing()));
      } else {
        lines.add(line(line, lines));
      }
    }
    return build(source, decoded, lines);
  }

  private Line line(String original, List<Line> before) {
    String line = original.substring(quoted(original));
    if (line.isBlank()) {
      return blank();
    }
    Line previous = before.isEmpty() ? null : before.get(before.size() - 1);
    Matcher m;
    if ((m = SETEXT.matcher(line)).matches()
        && previous != null
        && previous.kind() == BlockKind.TEXT) {
      before.set(
          before.size() - 1,
          new Line(
              BlockKind.HEADING,
              previous.text(),
              Optional.empty(),
              m.group(1).startsWith("=") ? 0 : 1));
      return blank();
    }
    if (isRule(line) || isTableRuler(line)) {
      return blank();
    }
    if ((m = ATX.matcher(line)).matches()) {
      String text = m.group(2) == null ? "" : inline(withoutClosingHashes(m.group(2)));
      return new Line(BlockKind.HEADING, text, Optional.empty(), m.group(1).length() - 1);
    }
    if ((m = BULLET.matcher(line)).matches()) {
      return new Line(
          BlockKind.LIST_ITEM, inline(m.group(2)), Optional.of("•"), indent(m.group(1)) / 2);
    }
    if ((m = ORDERED.matcher(line)).matches()) {
      return text(m.group(1) + " " + inline(m.group(2)));
    }
    return text(inline(line.strip()));
  }

  /** Where the text starts after any {@code >} quote markers. */
  private static int quoted(String line) {
    int i = 0;
    while (true) {
      int j = i;
      while (j < line.length() && j - i < 3 && line.charAt(j) == ' ') {
        j++;
      }
      if (j >= line.length() || line.charAt(j) != '>') {
        return i;
      }
      i = j + 1 < line.length() && line.charAt(j + 1) == ' ' ? j + 2 : j + 1;
    }
  }

  /** Three or more of the same {@code -}, {@code *} or {@code _}, spaces allowed between. */
  private static boolean isRule(String line) {
    String start = line.stripLeading();
    if (start.isEmpty() || "-*_".indexOf(start.charAt(0)) < 0) {
      return false;
    }
    String marks = line.replace(" ", "").replace("\t", "");
    if (marks.length() < 3 || "-*_".indexOf(marks.charAt(0)) < 0 || line.startsWith("    ")) {
      return false;
    }
    return marks.chars().allMatch(c -> c == marks.charAt(0));
  }

  /** The line under a table header: pipes, colons, spaces and runs of three dashes. */
  private static boolean isTableRuler(String line) {
    String start = line.stripLeading();
    return !start.isEmpty()
        && "|:-".indexOf(start.charAt(0)) >= 0
        && line.contains("---")
        && line.contains("|")
        && line.chars().allMatch(c -> c == '|' || c == ':' || c == '-' || c == ' ' || c == '\t');
  }

  /** "Title ##" → "Title": closing hashes go when a space precedes them. */
  private static String withoutClosingHashes(String heading) {
    String text = heading.stripTrailing();
    int end = text.length();
    while (end > 0 && text.charAt(end - 1) == '#') {
      end--;
    }
    if (end == 0) {
      return "";
    }
    return end < text.length() && Character.isWhitespace(text.charAt(end - 1))
        ? text.substring(0, end).stripTrailing()
        : text;
  }

  private static int indent(String spaces) {
    int width = 0;
    for (int i = 0; i < spaces.length(); i++) {
      width += spaces.charAt(i) == '\t' ? 4 : 1;
    }
    return width;
  }

  /** Drops inline markup and keeps the words. */
  static String inline(String text) {
    String out = text;
    if (out.indexOf('[') >= 0) {
      out = IMAGE_OR_LINK.matcher(out).replaceAll(r -> Matcher.quoteReplacement(r.group(1)));
    }
    if (out.indexOf('`') >= 0) {
      out = CODE.matcher(out).replaceAll(r -> Matcher.quoteReplacement(r.group(1)));
    }
    if (out.indexOf('*') >= 0 || out.indexOf('_') >= 0) {
      out =
          STRONG
              .matcher(out)
              .replaceAll(
                  r -> Matcher.quoteReplacement(r.group(1) != null ? r.group(1) : r.group(2)));
      out =
          EMPHASIS
              .matcher(out)
              .replaceAll(
                  r -> Matcher.quoteReplacement(r.group(1) != null ? r.group(1) : r.group(2)));
    }
    if (out.indexOf('\\') >= 0) {
      out = ESCAPE.matcher(out).replaceAll(r -> Matcher.quoteReplacement(r.group(1)));
    }
    return out.strip();
  }

  private static Line blank() {
    return new Line(BlockKind.BLANK, "", Optional.empty(), 0);
  }

  private static Line text(String text) {
    return new Line(text.isBlank() ? BlockKind.BLANK : BlockKind.TEXT, text, Optional.empty(), 0);
  }

  private Document build(String source, TextDecoder.Decoded decoded, List<Line> lines) {
    StringBuilder text = new StringBuilder();
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      if (i > 0) {
        text.append('\n');
      }
      int start = text.length();
      String content = line.kind() == BlockKind.BLANK ? "" : line.text();
      text.append(content);
      blocks.add(
          new Block(
              line.kind(),
              content,
              line.label(),
              line.level(),
              new Span(start, text.length(), i + 1, i + 1)));
    }
    return new Document(source, format(), text.toString(), blocks, decoded.warnings());
  }
}
