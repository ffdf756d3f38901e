package io.github.plandiff.read;

import io.github.plandiff.model.DraftReadException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Inflates an archive once, counting, before any XML in it is read: refuses zip bombs (an archive
 * that inflates to far more than it holds) and archives with too many entries.
 */
final class ZipGuard {

  /** No Word document inflates beyond this. */
  static final long MAX_TOTAL = 256L * 1024 * 1024;

  /** Archives of ordinary documents inflate to at most about 20 times their size. */
  static final long MAX_RATIO = 100;

  /** Small archives may compress better than the ratio allows (repetitive XML). */
  static final long RATIO_FREE = 16L * 1024 * 1024;

  static final int MAX_ENTRIES = 10_000;

  private ZipGuard() {}

  static void check(byte[] bytes, String source) {
    long total = 0;
    int entries = 0;
    byte[] buffer = new byte[64 * 1024];
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      ZipEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        if (++entries > MAX_ENTRIES) {
          throw new DraftReadException(
              source,
              "is an archive of more than "
                  + MAX_ENTRIES
                  + " entries; it is not an ordinary Word document");
        }
        int n;
        while ((n = zip.read(buffer)) > 0) {
          total += n;
          if (total > MAX_TOTAL || (total > RATIO_FREE && total > MAX_RATIO * bytes.length)) {
            throw new DraftReadException(
                source,
                "inflates to more than "
                    + total
                    + " bytes from "
                    + bytes.length
                    + " (a zip bomb?); refused");
          }
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new DraftReadException(
          source,
          "is a damaged zip archive (" + e.getMessage() + "); open it in Word and save it again",
          e);
    }
  }
}
