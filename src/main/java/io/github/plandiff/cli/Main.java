package io.github.plandiff.cli;

import io.github.plandiff.model.PlanDiffException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code plandiff} command: subcommands compare, parse. */
@Command(
    name = "plandiff",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Compares drafts of negotiated texts clause by clause.",
    subcommands = {CompareCommand.class, ParseCommand.class, HistoryCommand.class, CommandLine.HelpCommand.class},
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  success",
      "  1  check: a named change occurred",
      "  2  usage or input error (one line on standard error)"
    })
public final class Main implements Runnable {

  /** Exit code for success. */
  public static final int OK = 0;
  /** Exit code for usage and input errors. */
  public static final int USAGE = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (compare, parse)");
  }

  /**
   * Runs the command line and exits with its code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    System.exit(newCommandLine(out, err).execute(args));
  }

  /**
   * Builds the command line with its writers and exit-code mapping; tests call this.
   *
   * @param out standard output
   * @param err standard error
   * @return the configured command line
   */
  public static CommandLine newCommandLine(PrintWriter out, PrintWriter err) {
    CommandLine cmd = new CommandLine(new Main());
    cmd.setOut(out);
    cmd.setErr(err);
    cmd.setExitCodeExceptionMapper(e -> USAGE);
    cmd.setParameterExceptionHandler((ex, args) -> {
      ex.getCommandLine().getErr().println("plandiff: " + ex.getMessage());
      ex.getCommandLine().getErr().println("Try 'plandiff " + subcommandName(ex.getCommandLine()) + "--help'.");
      return USAGE;
    });
    cmd.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      PrintWriter e = commandLine.getErr();
      if (ex instanceof PlanDiffException) {
        e.println("plandiff: " + ex.getMessage());
      } else {
        e.println("plandiff: internal error: " + ex);
      }
      if (Boolean.getBoolean("plandiff.verbose") || isVerbose(parseResult)) {
        ex.printStackTrace(e);
      }
      e.flush();
      return USAGE;
    });
    return cmd;
  }

  private static boolean isVerbose(CommandLine.ParseResult parseResult) {
    CommandLine.ParseResult sub = parseResult;
    while (sub.hasSubcommand()) {
      sub = sub.subcommand();
    }
    return sub.hasMatchedOption("--verbose");
  }

  private static String subcommandName(CommandLine commandLine) {
    return commandLine.getParent() == null ? "" : commandLine.getCommandName() + " ";
  }

  /** Prints the version from the jar manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"plandiff " + (v == null ? "development build" : v)};
    }
  }
}
