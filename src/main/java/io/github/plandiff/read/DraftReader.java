package io.github.plandiff.read;

import io.github.plandiff.model.Document;

/** Turns the bytes of one format into a {@link Document}. Implementations are stateless. */
public interface DraftReader {

  /**
   * Returns the format key this reader produces ("txt", "md", "html", …).
   *
   * @return the key
   */
  String format();

  /**
   * Reads a source.
   *
   * @param bytes the whole source, not null
   * @param source the file name used in messages
   * @return the document, never null
   * @throws io.github.plandiff.model.DraftReadException if the bytes cannot be read as this format
   */
  Document read(byte[] bytes, String source);
}
