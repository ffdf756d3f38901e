package io.github.plandiff.cli;

import io.github.plandiff.CompareOptions;
import io.github.plandiff.PlanDiff;
import io.github.plandiff.model.Comparison;
import io.github.plandiff.render.JsonRenderer;
import io.github.plandiff.render.TextRenderer;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code plandiff compare OLD NEW}: a clause-by-clause redline of two drafts. */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description = "Compares two drafts clause by clause and prints a redline.",
    footer = {
      "%nExamples:",
      "  plandiff compare samples/ukraine-28.txt samples/ukraine-20.txt",
      "  plandiff compare old.txt new.txt -f json -o changes.json"
    })
final class CompareCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OLD", description = "The old draft.")
  Path oldFile;

  @Parameters(index = "1", paramLabel = "NEW", description = "The new draft.")
  Path newFile;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--label-old", paramLabel = "LABEL", description = "Label of the old draft (default: its file name).")
  String labelOld;

  @Option(names = "--label-new", paramLabel = "LABEL", description = "Label of the new draft (default: its file name).")
  String labelNew;

  @Mixin Output output;

  /** Output formats of compare. */
  enum Format { text, json }

  @Override
  public Integer call() {
    CompareOptions options = CompareOptions.builder().oldLabel(labelOld).newLabel(labelNew).build();
    Comparison comparison = PlanDiff.compare(oldFile, newFile, options);
    String rendered = switch (format) {
      case json -> new JsonRenderer().render(comparison);
      case text -> new TextRenderer(output.textStyle()).render(comparison);
    };
    output.write(spec.commandLine().getOut(), rendered);
    return Main.OK;
  }
}
