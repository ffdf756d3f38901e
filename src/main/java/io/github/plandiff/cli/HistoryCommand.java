package io.github.plandiff.cli;

import io.github.plandiff.CompareOptions;
import io.github.plandiff.PlanDiff;
import io.github.plandiff.model.Draft;
import io.github.plandiff.model.History;
import io.github.plandiff.render.HistoryHtmlRenderer;
import io.github.plandiff.render.HistoryJsonRenderer;
import io.github.plandiff.render.HistoryMarkdownRenderer;
import io.github.plandiff.render.HistoryTextRenderer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code plandiff history D1 D2 …}: each clause's lineage across a chain of drafts. */
@Command(
    name = "history",
    mixinStandardHelpOptions = true,
    description =
        "Follows every clause through a chain of drafts, oldest first: where it was "
            + "introduced, reworded, merged, split, removed and restored.",
    footer = {
      "%nExamples:",
      "  plandiff history samples/ukraine-28.txt samples/ukraine-counter.txt samples/ukraine-20.txt",
      "  plandiff history d1.txt d2.txt d3.txt --labels \"28-point,EU counter,20-point\" -f html -o h.html"
    })
final class HistoryCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "DRAFT", description = "The drafts, oldest first.")
  List<Path> files;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = "--labels",
      paramLabel = "LABELS",
      description = "Comma-separated labels, one per draft (default: the file names).")
  String labels;

  @Mixin Output output;

  @Mixin InputLimit limit;

  @Option(
      names = "--no-semantic",
      description = "Align by words only: do not load the sentence-embedding model.")
  boolean noSemantic;

  /** Output formats of history. */
  enum Format {
    text,
    json,
    html,
    md
  }

  @Override
  public Integer call() {
    List<String> names = labels();
    List<Draft> drafts = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      Draft draft = PlanDiff.parse(files.get(i), limit.options());
      drafts.add(names.isEmpty() ? draft : draft.withLabel(names.get(i)));
    }
    History history =
        PlanDiff.history(
            drafts,
            noSemantic
                ? CompareOptions.builder().semantic(CompareOptions.Semantic.OFF).build()
                : CompareOptions.defaults());
    String rendered =
        switch (format) {
          case json -> new HistoryJsonRenderer().render(history);
          case html -> new HistoryHtmlRenderer().render(history);
          case md -> new HistoryMarkdownRenderer().render(history);
          case text -> new HistoryTextRenderer().render(history);
        };
    output.write(spec.commandLine().getOut(), rendered);
    return Main.OK;
  }

  private List<String> labels() {
    if (labels == null) {
      return List.of();
    }
    List<String> names = new ArrayList<>();
    for (String name : labels.split(",", -1)) {
      if (name.isBlank()) {
        throw new ParameterException(
            spec.commandLine(), "--labels has an empty label: \"" + labels + "\"");
      }
      names.add(name.strip());
    }
    if (names.size() != files.size()) {
      throw new ParameterException(
          spec.commandLine(),
          "--labels gives "
              + names.size()
              + " labels for "
              + files.size()
              + " drafts; give one per draft");
    }
    return names;
  }
}
