package io.github.plandiff.cli;

import io.github.plandiff.model.ClauseChange;
import io.github.plandiff.model.Comparison;
import io.github.plandiff.model.Ledger;
import io.github.plandiff.render.MarkdownRenderer;
import io.github.plandiff.render.TextRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code plandiff check OLD NEW --fail-on LIST}: a gate for CI. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Compares two drafts and exits 1 when any of the named changes occurred, printing those"
          + " changes (as text or Markdown); exits 0 when none did."
    },
    footer = {
      "%nNames for --fail-on (comma-separated):",
      "  relations: removed, added, reworded (substantive only), merged, split,",
      "             moved, renumbered",
      "  signals:   weakened, strengthened, negation-added, negation-removed,",
      "             quantity, deadline, party-added, party-removed,",
      "             condition-added, condition-removed,",
      "             commitment-added, commitment-removed",
      "  topics:    topic:KEY, e.g. topic:territory (a change, other than",
      "             unchanged, of a clause with that topic)",
      "  parties:   party:NAME:added, party:NAME:removed, party:NAME:softened,",
      "             e.g. party:Ukraine:removed, party:united-states:softened",
      "             (a commitment binding that party added, removed or softened)",
      "%nExamples:",
      "  plandiff check old.txt new.txt --fail-on removed,weakened",
      "  plandiff check old.txt new.txt --fail-on quantity,topic:territory \\",
      "      -f md -o comment.md",
      "%nExit codes:",
      "  0  none of the named changes occurred",
      "  1  a named change occurred (they are printed)",
      "  2  usage or input error, including an unknown name in --fail-on"
    })
final class CheckCommand implements Callable<Integer> {

  @Spec CommandLine.Model.CommandSpec spec;

  @ParentCommand Main main;

  @Mixin Drafts drafts;

  @Option(
      names = "--fail-on",
      paramLabel = "LIST",
      split = ",",
      required = true,
      description = "Changes that fail the check (see below).")
  List<String> failOn;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "text",
      description =
          "How to print what was found: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Mixin Output output;

  /** Output formats of check. */
  enum Format {
    text,
    md
  }

  @Override
  public Integer call() {
    List<Predicate<ClauseChange>> tests = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<PartyFailOn> partyTests = new ArrayList<>();
    for (String name : failOn) {
      if (name.isBlank()) {
        continue;
      }
      if (PartyFailOn.looksLikeOne(name)) {
        partyTests.add(partyTest(name));
        names.add(name.strip());
        continue;
      }
      Optional<Predicate<ClauseChange>> test = FailOn.parse(name);
      if (test.isEmpty()) {
        throw new CommandLine.ParameterException(
            spec.commandLine(),
            "unknown name in --fail-on: '"
                + name
                + "' (known: "
                + String.join(", ", FailOn.NAMES.keySet())
                + ", topic:KEY, party:NAME:added|removed|softened)");
      }
      tests.add(test.get());
      names.add(name.strip());
    }
    if (tests.isEmpty() && partyTests.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--fail-on names no change");
    }
    Comparison comparison = drafts.compare(main, spec.commandLine(), output.verbose);
    List<ClauseChange> found = FailOn.matching(comparison.changes(), tests);
    if (!partyTests.isEmpty()) {
      found = withPartyChanges(comparison, found, partyTests);
    }
    String list = String.join(", ", names);
    StringBuilder out = new StringBuilder();
    if (found.isEmpty()) {
      out.append(format == Format.md ? "**plandiff check passed**: " : "plandiff check passed: ")
          .append("no change matches --fail-on ")
          .append(list)
          .append('\n');
      output.write(spec.commandLine().getOut(), out.toString());
      return Main.OK;
    }
    Comparison triggered =
        new Comparison(
            comparison.oldDraft(),
            comparison.newDraft(),
            found,
            comparison.warnings(),
            java.util.List.of(),
            partyTests.isEmpty() ? Ledger.empty() : comparison.ledger());
    String noun = found.size() == 1 ? " change matches" : " changes match";
    if (format == Format.md) {
      out.append("**plandiff check failed**: ")
          .append(found.size())
          .append(noun)
          .append(" --fail-on ")
          .append(list)
          .append("\n\n")
          .append(
              new MarkdownRenderer(MarkdownRenderer.PULL_REQUEST_COMMENT_LIMIT).render(triggered));
    } else {
      out.append("plandiff check failed: ")
          .append(found.size())
          .append(noun)
          .append(" --fail-on ")
          .append(list)
          .append("\n\n")
          .append(new TextRenderer(output.textStyle()).render(triggered));
    }
    output.write(spec.commandLine().getOut(), out.toString());
    return Main.FOUND;
  }

  private PartyFailOn partyTest(String name) {
    return PartyFailOn.parse(name)
        .orElseThrow(
            () ->
                new CommandLine.ParameterException(
                    spec.commandLine(),
                    "bad party name in --fail-on: '"
                        + name
                        + "' (expected party:NAME:added, party:NAME:removed or"
                        + " party:NAME:softened)"));
  }

  /** The changes found, with those behind the party counts named, in comparison order. */
  private static List<ClauseChange> withPartyChanges(
      Comparison comparison, List<ClauseChange> found, List<PartyFailOn> partyTests) {
    List<ClauseChange> party = new ArrayList<>();
    for (PartyFailOn test : partyTests) {
      party.addAll(test.changes(comparison));
    }
    List<ClauseChange> out = new ArrayList<>();
    for (ClauseChange change : comparison.changes()) {
      if (found.contains(change) || party.contains(change)) {
        out.add(change);
      }
    }
    return out;
  }
}
