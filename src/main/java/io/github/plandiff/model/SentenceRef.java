package io.github.plandiff.model;

import java.util.Objects;

/**
 * Where a commitment is: a clause id and a sentence (and part) index in its own text.
 *
 * @param clause the clause id
 * @param sentence the sentence index, from 0
 * @param part the coordinated part within the sentence, from 0
 */
public record SentenceRef(String clause, int sentence, int part) {

  /** Checks the components. */
  public SentenceRef {
    Objects.requireNonNull(clause, "clause");
    if (sentence < 0 || part < 0) {
      throw new IllegalArgumentException("negative sentence or part in clause " + clause);
    }
  }

  /**
   * Where a commitment is.
   *
   * @param c the commitment
   * @return its clause, sentence and part
   */
  public static SentenceRef of(Commitment c) {
    return new SentenceRef(c.clause(), c.sentence(), c.part());
  }
}
