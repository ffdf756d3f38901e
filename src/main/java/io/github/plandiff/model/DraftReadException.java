package io.github.plandiff.model;

/** A source cannot be read as a draft: missing, unreadable, binary, too large, or malformed. */
public class DraftReadException extends PlanDiffException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param source the file or source name
   * @param problem what is wrong and what to do
   */
  public DraftReadException(String source, String problem) {
    super(source + ": " + problem);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param source the file or source name
   * @param problem what is wrong and what to do
   * @param cause the underlying problem
   */
  public DraftReadException(String source, String problem, Throwable cause) {
    super(source + ": " + problem, cause);
  }
}
