package io.github.plandiff.cli;

import io.github.plandiff.CompareOptions;
import io.github.plandiff.PlanDiff;
import io.github.plandiff.model.Draft;
import io.github.plandiff.model.DraftReadException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** Reads the drafts named on the command line: a file, or {@code -} for standard input. */
final class Inputs {

  /** The name that stands for standard input. */
  static final String STDIN = "-";

  private Inputs() {}

  /**
   * Reads and parses one draft.
   *
   * @param name a file name or "-"
   * @param label the label to give it, or null for the file name ("stdin" for standard input)
   * @param stdin standard input
   * @param options the options; the input-size limit applies
   * @return the draft
   */
  static Draft draft(String name, String label, InputStream stdin, CompareOptions options) {
    if (STDIN.equals(name)) {
      byte[] bytes;
      try {
        // At most one byte past the limit, so that an endless stream cannot exhaust memory.
        bytes =
            stdin.readNBytes((int) Math.min(options.maxInputBytes() + 1, Integer.MAX_VALUE - 8));
      } catch (IOException e) {
        throw new DraftReadException(
            "standard input", "cannot be read (" + e.getMessage() + ")", e);
      }
      return PlanDiff.parse(bytes, STDIN, label != null ? label : "stdin", options);
    }
    Path path;
    try {
      path = Path.of(name);
    } catch (InvalidPathException e) {
      throw new DraftReadException(name, "is not a valid file name (" + e.getReason() + ")", e);
    }
    Draft draft = PlanDiff.parse(path, options);
    return label != null ? draft.withLabel(label) : draft;
  }
}
