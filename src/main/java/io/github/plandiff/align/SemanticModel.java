package io.github.plandiff.align;

import java.util.List;

/**
 * Evidence about meaning for the aligner: turns texts into unit vectors whose dot product is high
 * when two texts say the same thing, even in other words. The default is {@link
 * SemanticModels#bundled()}, a sentence-embedding model that runs in the process; an application
 * can supply its own (a test, another model). Implementations must be thread-safe and
 * deterministic: the same text always gives the same vector.
 */
public interface SemanticModel {

  /**
   * A short name of the model, for messages and documentation.
   *
   * @return the name, not null
   */
  String name();

  /**
   * Embeds texts.
   *
   * @param texts the texts, not null
   * @return one unit vector per text, in the same order, all of the same length
   * @throws SemanticModelException if the model cannot be loaded or run
   */
  List<float[]> embed(List<String> texts);

  /**
   * Loads whatever the model needs now rather than on first use, for a caller that can overlap the
   * load with other work (reading and parsing the drafts). Does nothing by default.
   *
   * @throws SemanticModelException if the model cannot be loaded
   */
  default void load() {}
}
