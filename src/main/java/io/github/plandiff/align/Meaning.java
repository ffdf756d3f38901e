package io.github.plandiff.align;

import io.github.plandiff.model.Clause;
import io.github.plandiff.model.Warning;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The semantic model as one alignment uses it: which clauses it may embed, and the warnings when it
 * cannot (no model on the class path, more clauses than the limit, a model that failed). The
 * warning for a missing model is given once per alignment. Not thread-safe: one per alignment.
 */
final class Meaning {

  private final Optional<SemanticModel> model;
  private final boolean wanted;
  private final int limit;
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
      for (int k = 0; k < askOld.length; k++) {
        if (askOld[k]) {
          batch.add(text(olds.get(oldIdx[k])));
        }
      }
      for (int k = 0; k < askNew.length; k++) {
        if (askNew[k]) {
          batch.add(text(news.get(newIdx[k])));
        }
      }
      if (batch.size() > limit) {
        warn(
            String.format(
                Locale.ROOT,
                "%,d clauses were left uncertain by their words, more than the semantic limit of"
                    + " %,d: they were aligned by their words only",
                batch.size(),
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
      float[][] o = new float[askOld.length][];
      float[][] n = new float[askNew.length][];
      int next = 0;
      for (int k = 0; k < askOld.length; k++) {
        o[k] = askOld[k] ? vectors.get(next++) : null;
      }
      for (int k = 0; k < askNew.length; k++) {
        n[k] = askNew[k] ? vectors.get(next++) : null;
      }
      return new float[][][] {o, n};
    };
  }

  private String text(Clause c) {
    return text(texts, c);
  }

  /** What the model reads of a clause: its heading, then its full text, normalised. */
  static String text(ClauseTexts texts, Clause c) {
    String key = texts.key(c);
    return c.heading().map(h -> h + ". " + key).orElse(key);
  }

  private void warn(String message) {
    warnings.add(new Warning("comparison", 0, message));
  }
}
