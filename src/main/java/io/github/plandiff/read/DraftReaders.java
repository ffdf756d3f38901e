package io.github.plandiff.read;

import io.github.plandiff.model.Document;
import io.github.plandiff.model.DraftReadException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Chooses a reader for a source by its content and name, and reads it. */
public final class DraftReaders {

  /** Inputs above this size are refused unless a larger limit is given: 64 MiB. */
  public static final long DEFAULT_MAX_INPUT_BYTES = 64L * 1024 * 1024;

  private DraftReaders() {}

  /**
   * Reads a file.
   *
   * @param path the file, not null
   * @param maxBytes the largest file accepted
   * @return the document
   * @throws DraftReadException if the file is missing, unreadable, too large or not a draft
   */
  public static Document read(Path path, long maxBytes) {
    String source = path.toString();
    try {
      if (Files.isDirectory(path)) {
        throw new DraftReadException(source, "is a directory, not a draft file");
      }
      long size = Files.size(path);
      if (size > maxBytes) {
        throw tooLarge(source, size, maxBytes);
      }
      // Read at most one byte past the limit: a device or a growing file reports a wrong size.
      byte[] bytes;
      try (InputStream in = Files.newInputStream(path)) {
        bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
      }
      if (bytes.length > maxBytes) {
        throw new DraftReadException(source, "is larger than the limit of " + maxBytes
            + " bytes; if it really is a draft, raise the limit (--max-input-size, or"
            + " CompareOptions.maxInputBytes)");
      }
      return read(bytes, source, maxBytes);
    } catch (NoSuchFileException e) {
      throw new DraftReadException(source, "no such file", e);
    } catch (IOException e) {
      throw new DraftReadException(source, "cannot be read (" + e.getMessage() + ")", e);
    }
  }

  /**
   * Reads bytes, choosing the format by content, with the default size limit.
   *
   * @param bytes the source, not null
   * @param source the name used in messages
   * @return the document
   * @throws DraftReadException if the bytes are too many or not a readable draft
   */
  public static Document read(byte[] bytes, String source) {
    return read(bytes, source, DEFAULT_MAX_INPUT_BYTES);
  }

  /**
   * Reads bytes, choosing the format by content.
   *
   * @param bytes the source, not null
   * @param source the name used in messages
   * @param maxBytes the largest source accepted
   * @return the document
   * @throws DraftReadException if the bytes are too many or not a readable draft
   */
  public static Document read(byte[] bytes, String source, long maxBytes) {
    if (bytes.length > maxBytes) {
      throw tooLarge(source, bytes.length, maxBytes);
    }
    return new TextReader().read(bytes, source);
  }

  static DraftReadException tooLarge(String source, long size, long maxBytes) {
    return new DraftReadException(source, "is " + size + " bytes, above the limit of " + maxBytes
        + " bytes; if it really is a draft, raise the limit (--max-input-size, or"
        + " CompareOptions.maxInputBytes)");
  }
}
