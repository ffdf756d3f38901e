package io.github.plandiff.cli;

import io.github.plandiff.model.DraftReadException;
import io.github.plandiff.render.TextStyle;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options shared by commands that write a result: {@code -o FILE}, {@code --no-color}, {@code --verbose}. */
final class Output {

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
  Path file;

  @Option(names = "--no-color", description = "Never colour the text output (also when NO_COLOR is set).")
  boolean noColor;

  @Option(names = "--verbose", description = "Print a stack trace with errors.")
  boolean verbose;

  /** Colour only on a terminal, never to a file, with NO_COLOR or with --no-color. */
  TextStyle textStyle() {
    String noColorEnv = System.getenv("NO_COLOR");
    boolean tty = System.console() != null && file == null;
    return tty && !noColor && (noColorEnv == null || noColorEnv.isEmpty()) ? TextStyle.COLOR : TextStyle.PLAIN;
  }

  void write(PrintWriter out, String text) {
    if (file == null) {
      out.print(text);
      out.flush();
      return;
    }
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new DraftReadException(file.toString(), "cannot be written (" + e.getMessage() + ")", e);
    }
  }
}
