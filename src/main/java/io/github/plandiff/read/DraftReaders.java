package io.github.plandiff.read;

import io.github.plandiff.model.Document;
import io.github.plandiff.model.DraftReadException;
import java.io.IOException;
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
      return read(Files.readAllBytes(path), source);
    } catch (NoSuchFileException e) {
      throw new DraftReadException(source, "no such file", e);
    } catch (IOException e) {
      throw new DraftReadException(source, "cannot be read (" + e.getMessage() + ")", e);
    }
  }

  /**
   * Reads bytes, choosing the format by content.
   *
   * @param bytes the source, not null
   * @param source the name used in messages
   * @return the document
   * @throws DraftReadException if the bytes are not a readable draft
   */
  public static Document read(byte[] bytes, String source) {
    return new TextReader().read(bytes, source);
  }

  static DraftReadException tooLarge(String source, long size, long maxBytes) {
    return new DraftReadException(source, "is " + size + " bytes, above the limit of " + maxBytes
        + " bytes; raise it with --max-input-size if the file is really a draft");
  }
}
