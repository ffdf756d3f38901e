package io.github.plandiff.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.plandiff.model.RenderException;
import io.github.plandiff.model.Warning;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Shared JSON plumbing: a streaming generator (jackson-core only, so no object mapper is built at
 * start-up) with a fixed pretty printer, {@code \n} line ends and rounded scores.
 */
final class Json {

  private static final JsonFactory FACTORY =
      new JsonFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
  private static final DefaultPrettyPrinter PRINTER =
      new DefaultPrettyPrinter()
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"));

  /** Writes one JSON value with a generator. */
  @FunctionalInterface
  interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  /** Node factory for renderers that build a tree first. */
  static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  /** Built on first use only: an object mapper is slow to set up, and comparisons stream. */
  private static final class Tree {
    static final ObjectWriter WRITER =
        new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writer(PRINTER);
  }

  private Json() {}

  /** Writes a tree with the same pretty printer and returns it with a final newline. */
  static String write(ObjectNode root) {
    try {
      return Tree.WRITER.writeValueAsString(root) + "\n";
    } catch (IOException e) {
      throw new RenderException("cannot write JSON: " + e.getMessage(), e);
    }
  }

  static ArrayNode warnings(List<Warning> warnings) {
    ArrayNode array = NODES.arrayNode();
    for (Warning w : warnings) {
      ObjectNode node = array.addObject();
      node.put("draft", w.draft());
      node.put("line", w.line());
      node.put("message", w.message());
    }
    return array;
  }

  static ArrayNode strings(List<String> values) {
    ArrayNode array = NODES.arrayNode();
    values.forEach(array::add);
    return array;
  }

  /** Writes a document with the fixed pretty printer and returns it with a final newline. */
  static String write(Body body) {
    StringWriter out = new StringWriter(8192);
    write(body, out);
    return out.toString();
  }

  /** Writes a document with the fixed pretty printer and a final newline to a writer. */
  static void write(Body body, Writer out) {
    try {
      try (JsonGenerator g = FACTORY.createGenerator(out)) {
        g.setPrettyPrinter(PRINTER.createInstance());
        body.write(g);
      }
      out.write('\n');
      out.flush();
    } catch (IOException | UncheckedIOException e) {
      throw new RenderException("cannot write JSON: " + e.getMessage(), e);
    }
  }

  /** Scores are rounded to three decimals, half-even, so output is the same on every machine. */
  static BigDecimal score(double value) {
    return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_EVEN).stripTrailingZeros();
  }

  static void warnings(JsonGenerator g, List<Warning> warnings) throws IOException {
    g.writeArrayFieldStart("warnings");
    for (Warning w : warnings) {
      g.writeStartObject();
      g.writeStringField("draft", w.draft());
      g.writeNumberField("line", w.line());
      g.writeStringField("message", w.message());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
    g.writeArrayFieldStart(field);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }
}
