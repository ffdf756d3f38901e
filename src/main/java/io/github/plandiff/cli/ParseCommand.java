package io.github.plandiff.cli;

import io.github.plandiff.PlanDiff;
import io.github.plandiff.model.Draft;
import io.github.plandiff.render.JsonRenderer;
import io.github.plandiff.render.TextRenderer;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code plandiff parse FILE}: the clauses the parser finds, with its warnings. */
@Command(
    name = "parse",
    mixinStandardHelpOptions = true,
    description = "Shows the clause tree the parser finds in a draft, with warnings.",
    footer = {"%nExample:", "  plandiff parse samples/ukraine-20.txt -f json"})
final class ParseCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The draft.")
  Path file;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Mixin Output output;

  /** Output formats of parse. */
  enum Format { text, json }

  @Override
  public Integer call() {
    Draft draft = PlanDiff.parse(file);
    String rendered = switch (format) {
      case json -> new JsonRenderer().render(draft);
      case text -> new TextRenderer(output.textStyle()).render(draft);
    };
    output.write(spec.commandLine().getOut(), rendered);
    return Main.OK;
  }
}
