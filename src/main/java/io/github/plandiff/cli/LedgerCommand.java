package io.github.plandiff.cli;

import io.github.plandiff.PlanDiff;
import io.github.plandiff.model.DraftLedger;
import io.github.plandiff.render.JsonRenderer;
import io.github.plandiff.render.LedgerRenderer;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code plandiff ledger DRAFT}: who is bound to what in one draft. */
@Command(
    name = "ledger",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description =
        "Lists the commitments of one draft (each binding, soft or permissive sentence or part of"
            + " one) with the parties they bind, and counts them per party.",
    footer = {
      "%nExamples:",
      "  plandiff ledger samples/ukraine-28.txt",
      "  plandiff ledger samples/ukraine-28.txt -f csv -o ledger.csv",
      "%nCSV: one commitment a row (RFC 4180), lists joined with \"; \".",
      "%nExit codes: 0 success, 2 usage or input error."
    })
final class LedgerCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @ParentCommand Main main;

  @Parameters(index = "0", paramLabel = "DRAFT", description = "The draft (- for standard input).")
  String file;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Mixin Output output;

  @Mixin OneDraft draft;

  /** Output formats of ledger. */
  enum Format {
    text,
    json,
    md,
    csv
  }

  @Override
  public Integer call() {
    DraftLedger ledger = PlanDiff.ledger(draft.read(file, main), draft.options());
    LedgerRenderer renderer = new LedgerRenderer();
    String rendered =
        switch (format) {
          case json -> new JsonRenderer().render(ledger);
          case md -> renderer.markdown(ledger);
          case csv -> renderer.csv(ledger);
          case text -> renderer.text(ledger);
        };
    output.write(spec.commandLine().getOut(), rendered);
    return Main.OK;
  }
}
