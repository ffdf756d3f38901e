package io.github.plandiff.render;

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
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** Shared JSON plumbing: a fixed pretty printer with {@code \n} line ends and rounded scores. */
final class Json {

  static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
  private static final ObjectWriter WRITER;

  static {
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    WRITER = new ObjectMapper()
        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
        .writer(printer);
  }

  private Json() {}

  static String write(ObjectNode root) {
    try {
      return WRITER.writeValueAsString(root) + "\n";
    } catch (IOException e) {
      throw new RenderException("cannot write JSON: " + e.getMessage(), e);
    }
  }

  /** Scores are rounded to three decimals, half-even, so output is the same on every machine. */
  static BigDecimal score(double value) {
    return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_EVEN).stripTrailingZeros();
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
}
