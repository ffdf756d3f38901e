package io.github.plandiff.cli;

import io.github.plandiff.model.Comparison;
import io.github.plandiff.render.DocxRenderer;
import io.github.plandiff.render.HtmlRenderer;
import io.github.plandiff.render.JsonRenderer;
import io.github.plandiff.render.MarkdownRenderer;
import io.github.plandiff.render.TextRenderer;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code plandiff compare OLD NEW}: a clause-by-clause redline of two drafts. */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Compares two drafts clause by clause and prints a redline.",
    footer = {
      "%nFormats:",
      "  text  for a terminal (colour only on a terminal, never with NO_COLOR",
      "        or --no-color)",
      "  json  the plandiff/1 document (docs/schema/plandiff-1.schema.json)",
      "  html  one self-contained page: summary, inline and side-by-side views",
      "  md    GitHub-flavoured Markdown for a pull-request comment",
      "  docx  a Word document with tracked changes (give -o FILE)",
      "%nExamples:",
      "  plandiff compare samples/ukraine-28.txt samples/ukraine-20.txt",
      "  plandiff compare old.txt new.txt -f json -o changes.json",
      "  plandiff compare old.txt new.txt -f html -o redline.html",
      "  cat new.txt | plandiff compare old.txt - --label-new draft-3 -f md",
      "%nExit codes: 0 success, 2 usage or input error."
    })
final class CompareCommand implements Callable<Integer> {

  @Spec CommandLine.Model.CommandSpec spec;

  @ParentCommand Main main;

  @Mixin Drafts drafts;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Mixin Output output;

  /** Output formats of compare. */
  enum Format {
    text,
    json,
    html,
    md,
    docx
  }

  @Override
  public Integer call() {
    if (format == Format.docx && output.file == null && System.console() != null) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "docx output is binary: give -o FILE or redirect standard output");
    }
    Comparison comparison = drafts.compare(main, spec.commandLine(), output.verbose);
    if (format == Format.docx) {
      output.write(main.binaryOut(), new DocxRenderer().render(comparison));
      return Main.OK;
    }
    if (format == Format.json) {
      // Streamed: the JSON of a long comparison can be many times the size of the drafts.
      output.write(spec.commandLine().getOut(), w -> new JsonRenderer().render(comparison, w));
      return Main.OK;
    }
    String rendered =
        switch (format) {
          case html -> new HtmlRenderer().render(comparison);
          case md -> new MarkdownRenderer().render(comparison);
          default -> new TextRenderer(output.textStyle()).render(comparison);
        };
    output.write(spec.commandLine().getOut(), rendered);
    return Main.OK;
  }
}
