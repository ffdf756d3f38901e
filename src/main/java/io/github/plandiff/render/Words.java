package io.github.plandiff.render;

import io.github.plandiff.model.Candidate;
import io.github.plandiff.model.ClauseMatch;
import io.github.plandiff.model.RenderException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Small helpers shared by the renderers: names for people, scores, bundled resources. */
final class Words {

  private Words() {}

  /** "MODALITY_WEAKENED" → "modality weakened". */
  static String phrase(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** "MODALITY_WEAKENED" → "modality-weakened", for CSS classes. */
  static String key(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** A similarity with two decimals, the same on every machine. */
  static String score(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  /**
   * For a removed or added clause with candidates, "possibly new 10 (0.46), 8 (0.22)" (or "old"),
   * for the reader to check; empty otherwise.
   */
  static String possibly(ClauseMatch m) {
    if (m.candidates().isEmpty()) {
      return "";
    }
    StringBuilder sb =
        new StringBuilder("possibly ").append(m.oldIds().isEmpty() ? "old " : "new ");
    for (int k = 0; k < m.candidates().size(); k++) {
      Candidate c = m.candidates().get(k);
      sb.append(k == 0 ? "" : ", ").append(c.id()).append(" (").append(score(c.confidence()));
      sb.append(')');
    }
    return sb.toString();
  }

  /** Reads a resource bundled next to this class. */
  static String resource(String name) {
    try (InputStream in = Words.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new RenderException("resource " + name + " is missing from the plandiff jar", null);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new RenderException("cannot read resource " + name + ": " + e.getMessage(), e);
    }
  }
}
