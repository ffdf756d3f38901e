package io.github.plandiff.align;

import io.github.plandiff.model.Clause;
import io.github.plandiff.model.Warning;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The semantic model as one alignment uses it: which clauses it may embed, and the warnings when it
 * cannot (no model on the class path, more clauses than the limit, a model that failed). The
 * warning for a missing model is given once per alignment. Not thread-safe: one per alignment.
 */
final class Meaning {

  private final Optional<SemanticModel> model;
  private final boolean wanted;
  private final int limit;

  /** The most parts of one clause that are embedded. */
  static final int PARTS = 16;

  /** The fewest words of a part worth embedding. */
  static final int PART_WORDS = 4;

  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.;!?])\\s+");
  private static final Pattern WORD = Pattern.compile("\\s+");

  private final ClauseTexts texts;
  private final List<Warning> warnings = new ArrayList<>();

  /**
   * @param model the model, or empty
   * @param wanted whether a model was asked for (then its absence is worth a warning)
   * @param limit the most clauses to embed
   * @param texts the clause texts of the alignment
   */
  Meaning(Optional<SemanticModel> model, boolean wanted, int limit, ClauseTexts texts) {
    this.model = model;
    this.wanted = wanted;
    this.limit = limit;
    this.texts = texts;
    if (wanted && model.isEmpty()) {
      warn(
          "no semantic model on the class path: clauses were aligned by their words only; add "
              + SemanticModels.ARTIFACT
              + " for evidence about meaning");
    }
  }

  List<Warning> warnings() {
    return List.copyOf(warnings);
  }

  /** An embedder for the clauses of one run of a level, by their indexes in the level. */
  Calibration.Embedder embedder(List<Clause> olds, List<Clause> news, int[] oldIdx, int[] newIdx) {
    if (model.isEmpty() || limit == 0) {
      return null;
    }
    return (askOld, askNew) -> {
      List<String> batch = new ArrayList<>();
      int clauses = 0;
      List<List<String>> oldParts = new ArrayList<>();
      List<List<String>> newParts = new ArrayList<>();
      for (int k = 0; k < askOld.length; k++) {
        oldParts.add(askOld[k] ? ask(batch, olds.get(oldIdx[k])) : List.of());
        clauses += askOld[k] ? 1 : 0;
      }
      for (int k = 0; k < askNew.length; k++) {
        newParts.add(askNew[k] ? ask(batch, news.get(newIdx[k])) : List.of());
        clauses += askNew[k] ? 1 : 0;
      }
      if (clauses > limit) {
        warn(
            String.format(
                Locale.ROOT,
                "%,d clauses were left uncertain by their words, more than the semantic limit of"
                    + " %,d: they were aligned by their words only",
                clauses,
                limit));
        return null;
      }
      List<float[]> vectors;
      try {
        vectors = model.get().embed(batch);
      } catch (SemanticModelException e) {
        warn(e.getMessage() + ": clauses were aligned by their words only");
        return null;
      }
      Iterator<float[]> next = vectors.iterator();
      float[][] o = new float[askOld.length][];
      float[][][] op = new float[askOld.length][][];
      for (int k = 0; k < askOld.length; k++) {
        o[k] = askOld[k] ? next.next() : null;
        op[k] = take(next, oldParts.get(k).size());
      }
      float[][] n = new float[askNew.length][];
      float[][][] np = new float[askNew.length][][];
      for (int k = 0; k < askNew.length; k++) {
        n[k] = askNew[k] ? next.next() : null;
        np[k] = take(next, newParts.get(k).size());
      }
      return new Evidence.Vectors(o, n, op, np);
    };
  }

  /** Adds a clause's text and the texts of its parts to the batch; returns the parts. */
  private List<String> ask(List<String> batch, Clause c) {
    batch.add(text(c));
    List<String> parts = parts(c);
    batch.addAll(parts);
    return parts;
  }

  private static float[][] take(Iterator<float[]> next, int count) {
    float[][] out = new float[count][];
    for (int k = 0; k < count; k++) {
      out[k] = next.next();
    }
    return out;
  }

  /**
   * The parts of a clause that the model reads apart, so that a clause can be found in a part of
   * another (a split, a merge, a sub-point that moved): its sub-clauses, or else its sentences;
   * none when it has fewer than two parts of {@value #PART_WORDS} words or more. At most {@value
   * #PARTS}, the first ones.
   */
  private List<String> parts(Clause c) {
    List<String> out = new ArrayList<>();
    if (!c.children().isEmpty()) {
      for (Clause child : c.children()) {
        add(out, text(child));
      }
    } else {
      for (String sentence : SENTENCE_END.split(texts.key(c))) {
        add(out, sentence);
      }
    }
    return out.size() < 2 ? List.of() : out;
  }

  private static void add(List<String> parts, String text) {
    if (parts.size() < PARTS && WORD.split(text.strip()).length >= PART_WORDS) {
      parts.add(text);
    }
  }

  /** What the model reads of a clause: its heading, then its full text, normalised. */
  private String text(Clause c) {
    String key = texts.key(c);
    return c.heading().map(h -> h + ". " + key).orElse(key);
  }

  private void warn(String message) {
    warnings.add(new Warning("comparison", 0, message));
  }
}
