package io.github.plandiff.align;

import io.github.plandiff.model.PlanDiffException;

/**
 * A semantic model could not be loaded or run. The aligner catches it, aligns by wording only and
 * says so in the comparison's warnings.
 */
public final class SemanticModelException extends PlanDiffException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what failed
   * @param cause the underlying error
   */
  public SemanticModelException(String message, Throwable cause) {
    super(message, cause);
  }
}
