package io.github.plandiff.model;

/**
 * The root of every exception plandiff throws on purpose. Its message names the file, the line
 * where it helps, and what to do.
 */
public class PlanDiffException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what went wrong, where, and what to do
   */
  public PlanDiffException(String message) {
    super(message);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param message what went wrong, where, and what to do
   * @param cause the underlying problem
   */
  public PlanDiffException(String message, Throwable cause) {
    super(message, cause);
  }
}
