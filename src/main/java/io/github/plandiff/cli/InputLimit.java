package io.github.plandiff.cli;

import io.github.plandiff.CompareOptions;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The {@code --max-input-size} option shared by every command that reads drafts. */
final class InputLimit {

  @Option(
      names = "--max-input-size",
      paramLabel = "SIZE",
      converter = SizeConverter.class,
      description =
          "Refuse drafts larger than SIZE bytes; k, M and G suffixes (powers of 1024) are"
              + " accepted (default: 64M).")
  Long maxBytes;

  /** Options carrying the limit, or the defaults when the option was not given. */
  CompareOptions options() {
    return maxBytes == null
        ? CompareOptions.defaults()
        : CompareOptions.builder().maxInputBytes(maxBytes).build();
  }

  /** Reads "1048576", "500k", "64M", "1G". */
  static final class SizeConverter implements CommandLine.ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      String v = value.strip().toLowerCase(Locale.ROOT);
      long unit = 1;
      if (v.endsWith("k") || v.endsWith("m") || v.endsWith("g")) {
        unit =
            switch (v.charAt(v.length() - 1)) {
              case 'k' -> 1024L;
              case 'm' -> 1024L * 1024;
              default -> 1024L * 1024 * 1024;
            };
        v = v.substring(0, v.length() - 1);
      }
      long number;
      try {
        number = Long.parseLong(v);
      } catch (NumberFormatException e) {
        throw new CommandLine.TypeConversionException(
            "'" + value + "' is not a size (examples: 1048576, 500k, 64M, 1G)");
      }
      if (number <= 0 || number > Long.MAX_VALUE / unit) {
        throw new CommandLine.TypeConversionException("'" + value + "' is not a positive size");
      }
      return number * unit;
    }
  }
}
