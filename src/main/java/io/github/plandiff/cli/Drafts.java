package io.github.plandiff.cli;

import io.github.plandiff.CompareOptions;
import io.github.plandiff.PlanDiff;
import io.github.plandiff.model.Comparison;
import io.github.plandiff.model.Draft;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The two drafts of compare and check, with their labels. */
final class Drafts {

  @Parameters(
      index = "0",
      paramLabel = "OLD",
      description = "The old draft (- for standard input).")
  String oldName;

  @Parameters(
      index = "1",
      paramLabel = "NEW",
      description = "The new draft (- for standard input).")
  String newName;

  @Option(
      names = "--label-old",
      paramLabel = "LABEL",
      description = "Label of the old draft (default: its file name).")
  String labelOld;

  @Option(
      names = "--label-new",
      paramLabel = "LABEL",
      description = "Label of the new draft (default: its file name).")
  String labelNew;

  @picocli.CommandLine.Mixin InputLimit limit;

  /** Reads, parses and compares the two drafts. */
  Comparison compare(Main main, picocli.CommandLine commandLine) {
    if (Inputs.STDIN.equals(oldName) && Inputs.STDIN.equals(newName)) {
      throw new picocli.CommandLine.ParameterException(
          commandLine, "only one of OLD and NEW can be - (standard input)");
    }
    for (String label : new String[] {labelOld, labelNew}) {
      if (label != null && label.isBlank()) {
        throw new picocli.CommandLine.ParameterException(commandLine, "a label cannot be blank");
      }
    }
    CompareOptions options = limit.options();
    Draft oldDraft = Inputs.draft(oldName, labelOld, main.stdin(), options);
    Draft newDraft = Inputs.draft(newName, labelNew, main.stdin(), options);
    return PlanDiff.compare(oldDraft, newDraft, options);
  }
}
