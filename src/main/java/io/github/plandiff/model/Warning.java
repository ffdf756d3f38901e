package io.github.plandiff.model;

import java.util.Objects;

/**
 * A problem found in a readable draft: the result is still produced, and the warning says where to
 * look.
 *
 * @param draft which draft it concerns: "old", "new", or a draft's label
 * @param line the source line, from 1, or 0 when the warning concerns the whole draft
 * @param message what was found and what was done about it
 */
public record Warning(String draft, int line, String message) {

  /** Checks the components. */
  public Warning {
    Objects.requireNonNull(draft, "draft");
    Objects.requireNonNull(message, "message");
    if (line < 0) {
      throw new IllegalArgumentException("line " + line + " is negative");
    }
  }

  /**
   * Returns this warning attributed to another draft.
   *
   * @param name the draft's role or label
   * @return the same warning with {@code draft} replaced
   */
  public Warning forDraft(String name) {
    return new Warning(name, line, message);
  }
}
