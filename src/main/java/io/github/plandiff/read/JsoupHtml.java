package io.github.plandiff.read;

import io.github.plandiff.model.Document;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/** The jsoup side of {@link HtmlReader}; loaded only when jsoup is on the class path. */
final class JsoupHtml {

  private static final Set<String> SKIP =
      Set.of("script", "style", "noscript", "template", "head", "svg", "math", "iframe", "object");
  private static final Set<String> BLOCK =
      Set.of(
          "p",
          "div",
          "section",
          "article",
          "header",
          "footer",
          "main",
          "nav",
          "aside",
          "blockquote",
          "pre",
          "table",
          "thead",
          "tbody",
          "tfoot",
          "tr",
          "td",
          "th",
          "caption",
          "dl",
          "dt",
          "dd",
          "figure",
          "figcaption",
          "address",
          "hr",
          "center",
          "form",
          "fieldset",
          "body",
          "html",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "ol",
          "ul",
          "li",
          "menu",
          "dir",
          "details",
          "summary");
  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta[^>]{0,200}charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

  private JsoupHtml() {}

  static Document read(byte[] bytes, String source, String format) {
    BlockCollector out = new BlockCollector(true);
    String html = decode(bytes, source, out);
    org.jsoup.nodes.Document dom = Jsoup.parse(html, "", Parser.htmlParser());
    new Walk(out).block(dom.body() == null ? dom : dom.body());
    return out.build(source, format);
  }

  /** A declared {@code <meta charset>} wins; otherwise the text rules (UTF-8, BOM, legacy). */
  private static String decode(byte[] bytes, String source, BlockCollector out) {
    String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1);
    Matcher meta = META_CHARSET.matcher(head);
    boolean bom =
        bytes.length >= 2
            && ((bytes[0] & 0xFF) == 0xEF
                || (bytes[0] & 0xFF) == 0xFE
                || (bytes[0] & 0xFF) == 0xFF);
    if (meta.find() && !bom) {
      try {
        Charset declared = Charset.forName(meta.group(1));
        if (!declared.equals(StandardCharsets.UTF_8)) {
          return new String(bytes, declared);
        }
      } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
        out.warn("declares the unknown character set " + meta.group(1) + "; read by content");
      }
    }
    TextDecoder.Decoded decoded = TextDecoder.decode(bytes, source);
    decoded.warnings().forEach(w -> out.warn(w.message()));
    return decoded.text();
  }

  /** The list a {@code <li>} belongs to, and the counter the browser keeps for it. */
  private static final class ListState {
    final boolean ordered;
    final String type;
    final boolean reversed;
    final boolean hidden;
    int next;

    ListState(Element list) {
      ordered = list.normalName().equals("ol");
      type = list.attr("type");
      reversed = list.hasAttr("reversed");
      String style = list.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
      hidden = style.contains("list-style-type:none") || style.contains("list-style:none");
      int count = (int) list.children().stream().filter(c -> c.normalName().equals("li")).count();
      next = parse(list.attr("start"), reversed ? count : 1);
    }
  }

  private static int parse(String number, int fallback) {
    try {
      return number.isBlank() ? fallback : Integer.parseInt(number.trim());
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  /** Walks the tree, gathering inline text into the paragraph that holds it. */
  private static final class Walk {
    final BlockCollector out;
    final Deque<ListState> lists = new ArrayDeque<>();
    final StringBuilder line = new StringBuilder();
    String pendingLabel;
    int pendingLevel;
    int headingLevel = -1;
    boolean afterBreak;

    Walk(BlockCollector out) {
      this.out = out;
    }

    void block(Node node) {
      for (Node child : node.childNodes()) {
        visit(child);
      }
    }

    private void visit(Node node) {
      if (node instanceof TextNode text) {
        line.append(text.getWholeText());
        return;
      }
      if (!(node instanceof Element element)) {
        return;
      }
      String name = element.normalName();
      if (SKIP.contains(name)) {
        return;
      }
      if (name.equals("br")) {
        flush(false);
        afterBreak = true;
        return;
      }
      if (element.tagName().equalsIgnoreCase("pre")) {
        endBlock();
        for (String part : element.wholeText().split("\n", -1)) {
          line.append(part);
          flush(false);
          afterBreak = true;
        }
        afterBreak = false;
        return;
      }
      if (!BLOCK.contains(name)) {
        block(element);
        return;
      }
      endBlock();
      switch (name) {
        case "ol", "ul", "menu", "dir" -> list(element);
        case "li" -> listItem(element);
        case "h1", "h2", "h3", "h4", "h5", "h6" -> heading(element, name.charAt(1) - '1');
        default -> block(element);
      }
      endBlock();
    }

    private void endBlock() {
      flush(false);
      afterBreak = false;
    }

    private void list(Element element) {
      flush(true);
      lists.push(new ListState(element));
      block(element);
      flush(true);
      lists.pop();
    }

    private void listItem(Element element) {
      flush(true);
      ListState list = lists.peek();
      if (list == null || list.hidden) {
        block(element);
        return;
      }
      int number = parse(element.attr("value"), list.next);
      list.next = list.reversed ? number - 1 : number + 1;
      pendingLabel = list.ordered ? label(number, list.type) : "•";
      pendingLevel = lists.size() - 1;
      block(element);
      flush(true);
    }

    private void heading(Element element, int level) {
      headingLevel = level;
      block(element);
      flush(false);
      headingLevel = -1;
    }

    /** Ends the current line; an item whose label is not yet shown is shown even when empty. */
    private void flush(boolean force) {
      String text = BlockCollector.clean(line);
      line.setLength(0);
      if (pendingLabel != null && (force || !text.isEmpty())) {
        out.item(pendingLabel, text, pendingLevel);
        pendingLabel = null;
      } else if (headingLevel >= 0) {
        out.heading(text, headingLevel, Optional.empty());
      } else if (afterBreak) {
        out.line(text);
      } else {
        out.text(text);
      }
    }
  }

  static String label(int number, String type) {
    return switch (type) {
      case "a" -> Numbering.letters(number, false) + ".";
      case "A" -> Numbering.letters(number, true) + ".";
      case "i" -> Numbering.roman(number, false) + ".";
      case "I" -> Numbering.roman(number, true) + ".";
      default -> number + ".";
    };
  }
}
