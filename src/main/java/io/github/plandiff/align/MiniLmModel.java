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
 * all-MiniLM-L6-v2 (quantised to 8 bits, 384 dimensions, Apache-2.0), run in the process by ONNX
 * Runtime through LangChain4j. The model ships inside the Maven artifact; nothing is fetched from
 * the network. It is loaded once per process, on first use, and shared by all threads.
 *
 * <p>Each text is embedded on one thread with one ONNX Runtime thread, so that its vector does not
 * depend on how many processors the machine has; several texts are embedded at once on a small
 * pool. Vectors of texts already seen are kept (the most recent {@value #CACHE_SIZE}).
 */
final class MiniLmModel implements SemanticModel {

  static final MiniLmModel INSTANCE = new MiniLmModel();

  private static final String MODEL_FILE = "all-minilm-l6-v2-q.onnx";
  private static final String TOKENIZER_FILE = "all-minilm-l6-v2-q-tokenizer.json";

  /**
   * A system property naming an extracted copy of {@link #MODEL_FILE}, read instead of the jar's.
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

  private MiniLmModel() {}

  @Override
  public String name() {
    return "all-MiniLM-L6-v2 (quantised)";
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
      Holder.ENCODER.getClass();
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
      return Holder.ENCODER.embedAll(segments).content();
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

  /** Loads the model when first asked for, once per process. */
  private static final class Holder {
    static final Encoder ENCODER = load();

    private static Encoder load() {
      try (InputStream tokenizer = resource(TOKENIZER_FILE)) {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        options.setIntraOpNumThreads(1);
        options.setInterOpNumThreads(1);
        return new Encoder(
            new OnnxBertBiEncoder(env, session(env, options), tokenizer, PoolingMode.MEAN));
      } catch (IOException | OrtException e) {
        throw new SemanticModelException("cannot load the semantic model: " + e.getMessage(), e);
      }
    }

    /**
     * The session, from an extracted copy of the model file when the system property {@value
     * #MODEL_PROPERTY} names a readable one (the launcher makes one next to the jar: it is mapped
     * rather than inflated out of the jar at every start), else from the jar.
     */
    private static OrtSession session(OrtEnvironment env, OrtSession.SessionOptions options)
        throws IOException, OrtException {
      String file = System.getProperty(MODEL_PROPERTY);
      if (file != null && Files.isReadable(Path.of(file))) {
        return env.createSession(file, options);
      }
      try (InputStream model = resource(MODEL_FILE)) {
        return env.createSession(model.readAllBytes(), options);
      }
    }

    private static InputStream resource(String name) throws IOException {
      InputStream in = MiniLmModel.class.getClassLoader().getResourceAsStream(name);
      if (in == null) {
        throw new IOException(name + " is not on the class path");
      }
      return in;
    }
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
