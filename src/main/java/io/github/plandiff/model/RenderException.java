package io.github.plandiff.model;

/** A result cannot be written in the requested format. */
public class RenderException extends PlanDiffException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what went wrong
   * @param cause the underlying problem, or null
   */
  public RenderException(String message, Throwable cause) {
    super(message, cause);
  }
}
