package io.github.plandiff.cli;

import io.github.plandiff.CompareOptions;
import io.github.plandiff.model.Draft;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options shared by every command that reads one draft (parse, ledger): its {@code --label} and
 * the input limit. Each command declares its own positional parameter, whose label its help names.
 */
final class OneDraft {

  @Option(
      names = "--label",
      paramLabel = "LABEL",
      description = "Label of the draft (default: its file name).")
  String label;

  @Mixin InputLimit limit;

  /**
   * Reads the draft.
   *
   * @param file the file name, or "-" for standard input
   * @param main the parent command, for its standard input
   * @return the parsed draft
   */
  Draft read(String file, Main main) {
    return Inputs.draft(file, label, main.stdin(), limit.options());
  }

  /** The options carrying the input limit. */
  CompareOptions options() {
    return limit.options();
  }
}
