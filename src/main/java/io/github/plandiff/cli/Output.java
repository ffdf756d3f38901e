package io.github.plandiff.cli;

import io.github.plandiff.model.DraftReadException;
import io.github.plandiff.render.TextStyle;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import picocli.CommandLine.Option;

/**
 * Options shared by commands that write a result: {@code -o FILE}, {@code --no-color}, {@code
 * --verbose}.
 */
final class Output {

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to FILE instead of standard output.")
  Path file;

  @Option(
      names = "--no-color",
      description = "Never colour the text output (also when NO_COLOR is set).")
  boolean noColor;

  @Option(
      names = "--verbose",
      description = "Print clause counts and timings, and a stack trace with errors.")
  boolean verbose;

  /** Colour only on a terminal, never to a file, with NO_COLOR or with --no-color. */
  TextStyle textStyle() {
    return textStyle(isTerminal() && file == null, noColor, System.getenv("NO_COLOR"));
  }

  /**
   * Whether standard output is a terminal. From Java 22 {@code System.console()} may exist when
   * output is piped, and {@code Console.isTerminal()} tells; on Java 17 to 21 a console exists only
   * on a terminal.
   */
  static boolean isTerminal() {
    java.io.Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return true;
    }
  }

  /**
   * Decides whether text output is coloured.
   *
   * @param tty whether the output goes to a terminal
   * @param noColorOption whether --no-color was given
   * @param noColorEnv the value of NO_COLOR, or null when unset
   * @return COLOR only on a terminal, without --no-color, and with NO_COLOR unset or empty
   */
  static TextStyle textStyle(boolean tty, boolean noColorOption, String noColorEnv) {
    boolean envForbids = noColorEnv != null && !noColorEnv.isEmpty();
    return tty && !noColorOption && !envForbids ? TextStyle.COLOR : TextStyle.PLAIN;
  }

  void write(PrintWriter out, String text) {
    if (file == null) {
      out.print(text);
      out.flush();
      return;
    }
    write(text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Writes text made by a writer to the file, or to {@code out} when no file was given, without
   * holding it all in memory: the same bytes as {@link #write(PrintWriter, String)} with the text.
   */
  void write(PrintWriter out, Consumer<Writer> text) {
    if (file == null) {
      text.accept(out);
      out.flush();
      return;
    }
    // An OutputStreamWriter replaces what UTF-8 cannot encode, as String.getBytes does.
    try (Writer w =
        new BufferedWriter(
            new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16)) {
      text.accept(w);
    } catch (IOException e) {
      throw new DraftReadException(
          file.toString(), "cannot be written (" + e.getMessage() + ")", e);
    }
  }

  /** Writes bytes to the file, or to {@code stdout} when no file was given. */
  void write(OutputStream stdout, byte[] bytes) {
    if (file == null) {
      try {
        stdout.write(bytes);
        stdout.flush();
      } catch (IOException e) {
        throw new DraftReadException(
            "standard output", "cannot be written (" + e.getMessage() + ")", e);
      }
      return;
    }
    write(bytes);
  }

  private void write(byte[] bytes) {
    try {
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new DraftReadException(
          file.toString(), "cannot be written (" + e.getMessage() + ")", e);
    }
  }
}
