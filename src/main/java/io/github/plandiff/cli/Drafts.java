package io.github.plandiff.cli;

import io.github.plandiff.CompareOptions;
import io.github.plandiff.PlanDiff;
import io.github.plandiff.model.Comparison;
import io.github.plandiff.model.Draft;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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

  @Option(
      names = "--no-semantic",
      description =
          "Align by words only: do not load the sentence-embedding model (faster start, no"
              + " evidence about meaning).")
  boolean noSemantic;

  /**
   * Reads, parses and compares the two drafts; with {@code verbose}, says on standard error how
   * many clauses each draft has and how long reading and comparing took.
   */
  Comparison compare(Main main, picocli.CommandLine commandLine, boolean verbose) {
    if (Inputs.STDIN.equals(oldName) && Inputs.STDIN.equals(newName)) {
      throw new picocli.CommandLine.ParameterException(
          commandLine, "only one of OLD and NEW can be - (standard input)");
    }
    for (String label : new String[] {labelOld, labelNew}) {
      if (label != null && label.isBlank()) {
        throw new picocli.CommandLine.ParameterException(commandLine, "a label cannot be blank");
      }
    }
    CompareOptions options =
        noSemantic
            ? limit.options().toBuilder().semantic(CompareOptions.Semantic.OFF).build()
            : limit.options();
    if (small(oldName) && small(newName)) {
      options.preload();
    }
    // The new draft is read on another processor while this one reads the old; a problem with
    // the old draft is still the one reported when both have one.
    CompletableFuture<Draft> newDraft =
        CompletableFuture.supplyAsync(() -> Inputs.draft(newName, labelNew, main.stdin(), options));
    long start = System.nanoTime();
    Draft oldDraft = Inputs.draft(oldName, labelOld, main.stdin(), options);
    Draft parsedNew = join(newDraft);
    long read = System.nanoTime();
    Comparison comparison = PlanDiff.compare(oldDraft, parsedNew, options);
    if (verbose) {
      java.io.PrintWriter err = commandLine.getErr();
      err.printf(
          Locale.ROOT,
          "plandiff: read %s (%,d clauses) and %s (%,d clauses) in %,d ms%n",
          oldDraft.source(),
          count(oldDraft),
          parsedNew.source(),
          count(parsedNew),
          (read - start) / 1_000_000);
      err.printf(
          Locale.ROOT,
          "plandiff: compared in %,d ms: %,d changes%n",
          (System.nanoTime() - read) / 1_000_000,
          comparison.changes().size());
      err.flush();
    }
    return comparison;
  }

  /**
   * Inputs larger than this do not start loading the semantic model before they are read: long
   * drafts usually leave more clauses uncertain than the model's limit, and then it is never used.
   * When it is, it is loaded then.
   */
  static final long PRELOAD_LIMIT = 1 << 20;

  /** Whether an input is standard input or a file of at most {@link #PRELOAD_LIMIT} bytes. */
  private static boolean small(String name) {
    if (Inputs.STDIN.equals(name)) {
      return true;
    }
    try {
      return Files.size(Path.of(name)) <= PRELOAD_LIMIT;
    } catch (IOException | RuntimeException e) {
      return true;
    }
  }

  /** The clauses of a draft at every level. */
  private static int count(Draft draft) {
    int[] count = {0};
    draft.clauses().forEach(c -> c.forEach(x -> count[0]++));
    return count[0];
  }

  private static Draft join(CompletableFuture<Draft> draft) {
    try {
      return draft.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }
}
