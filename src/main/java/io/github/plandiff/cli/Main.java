package io.github.plandiff.cli;

import io.github.plandiff.model.PlanDiffException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code plandiff} command: subcommands compare, parse, check, history, ledger. */
@Command(
    name = "plandiff",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Compares drafts of negotiated texts clause by clause.",
    subcommands = {
      CompareCommand.class,
      ParseCommand.class,
      CheckCommand.class,
      HistoryCommand.class,
      LedgerCommand.class,
      CommandLine.HelpCommand.class
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  plandiff compare old.txt new.txt                    (terminal redline)",
      "  plandiff compare old.txt new.txt -f html -o r.html  (one HTML page)",
      "  plandiff compare old.txt new.txt -f docx -o r.docx  (tracked changes)",
      "  plandiff compare old.txt new.txt -f json | jq .summary",
      "  cat new.txt | plandiff compare old.txt - --label-new \"round 3\"",
      "  plandiff check old.txt new.txt --fail-on removed,weakened -f md",
      "  plandiff parse draft.txt -f json",
      "  plandiff history d1.txt d2.txt d3.txt -f html -o lineage.html",
      "",
      "Input: - reads a draft from standard input. Messages go to standard error.",
      "",
      "Exit codes:",
      "  0  success (check: none of the named changes occurred)",
      "  1  check: a named change occurred",
      "  2  usage or input error (one line on standard error naming the file",
      "     and the problem)"
    })
public final class Main implements Runnable {

  /** Exit code for success. */
  public static final int OK = 0;

  /** Exit code of {@code check} when a named change occurred. */
  public static final int FOUND = 1;

  /** Exit code for usage and input errors. */
  public static final int USAGE = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private final InputStream stdin;
  private final OutputStream binaryOut;

  private Main(InputStream stdin, OutputStream binaryOut) {
    this.stdin = stdin;
    this.binaryOut = binaryOut;
  }

  /** Standard input, for drafts named {@code -}. */
  InputStream stdin() {
    return stdin;
  }

  /** Standard output as bytes, for binary formats. */
  OutputStream binaryOut() {
    return binaryOut;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "a command is required (compare, parse, check, history)");
  }

  /**
   * Runs the command line and exits with its code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    // Apache POI logs through Log4j 2; without a provider Log4j complains on standard error.
    if (System.getProperty("log4j2.loggerContextFactory") == null) {
      System.setProperty(
          "log4j2.loggerContextFactory",
          "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
      System.setProperty("org.apache.logging.log4j.simplelog.StatusLogger.level", "OFF");
      System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
    }
    // The semantic model's libraries log through SLF4J; without a provider SLF4J warns on standard
    // error at every start.
    if (System.getProperty("slf4j.internal.verbosity") == null) {
      System.setProperty("slf4j.internal.verbosity", "ERROR");
    }
    PrintWriter out =
        new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err =
        new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
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
    return newCommandLine(out, err, System.in, System.out);
  }

  /**
   * Builds the command line with its writers, standard input and binary output; tests call this.
   *
   * @param out standard output for text
   * @param err standard error
   * @param in standard input, read for drafts named {@code -}
   * @param binaryOut standard output for binary formats (DOCX)
   * @return the configured command line
   */
  public static CommandLine newCommandLine(
      PrintWriter out, PrintWriter err, InputStream in, OutputStream binaryOut) {
    CommandLine cmd = new CommandLine(new Main(in, binaryOut));
    cmd.setOut(out);
    cmd.setErr(err);
    cmd.setExitCodeExceptionMapper(e -> USAGE);
    cmd.setParameterExceptionHandler(
        (ex, args) -> {
          ex.getCommandLine().getErr().println("plandiff: " + ex.getMessage());
          ex.getCommandLine()
              .getErr()
              .println("Try 'plandiff " + subcommandName(ex.getCommandLine()) + "--help'.");
          return USAGE;
        });
    cmd.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
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
