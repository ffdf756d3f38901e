package io.github.plandiff.cli;

import io.github.plandiff.model.Draft;
import io.github.plandiff.render.JsonRenderer;
import io.github.plandiff.render.TextRenderer;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code plandiff parse FILE}: the clauses the parser finds, with its warnings. */
@Command(
    name = "parse",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Shows the clause tree the parser finds in a draft, with warnings.",
    footer = {
      "%nExamples:",
      "  plandiff parse samples/ukraine-20.txt -f json",
      "  cat draft.txt | plandiff parse - --label draft-3",
      "%nExit codes: 0 success, 2 usage or input error."
    })
final class ParseCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @ParentCommand Main main;

  @Parameters(index = "0", paramLabel = "FILE", description = "The draft (- for standard input).")
  String file;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Mixin Output output;

  @Mixin OneDraft draft;

  /** Output formats of parse. */
  enum Format {
    text,
    json
  }

  @Override
  public Integer call() {
    Draft parsed = draft.read(file, main);
    String rendered =
        switch (format) {
          case json -> new JsonRenderer().render(parsed);
          case text -> new TextRenderer(output.textStyle()).render(parsed);
        };
    output.write(spec.commandLine().getOut(), rendered);
    return Main.OK;
  }
}
