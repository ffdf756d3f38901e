package io.github.plandiff.read;

import io.github.plandiff.model.DraftReadException;

/**
 * An optional library a reader needs (jsoup, Apache POI, PDFBox). The reader checks for it before
 * touching any of its classes, so that a missing library gives a message naming the artifact to add
 * rather than a {@link NoClassDefFoundError}.
 *
 * @param probe a class of the library
 * @param artifact its Maven coordinates, groupId:artifactId
 * @param purpose what it is needed for, e.g. "to read .docx files"
 */
record OptionalLibrary(String probe, String artifact, String purpose) {

  static final OptionalLibrary JSOUP =
      new OptionalLibrary("org.jsoup.Jsoup", "org.jsoup:jsoup", "to read .html files");
  static final OptionalLibrary POI =
      new OptionalLibrary(
          "org.apache.poi.xwpf.usermodel.XWPFDocument",
          "org.apache.poi:poi-ooxml",
          "to read .docx files");
  static final OptionalLibrary PDFBOX =
      new OptionalLibrary(
          "org.apache.pdfbox.Loader", "org.apache.pdfbox:pdfbox", "to read .pdf files");

  /**
   * Checks that the library is present.
   *
   * @param source the file being read, for the message
   * @throws DraftReadException naming the artifact if it is absent
   */
  void require(String source) {
    try {
      Class.forName(probe, false, OptionalLibrary.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      throw missing(source, e);
    }
  }

  DraftReadException missing(String source, Throwable cause) {
    return new DraftReadException(
        source,
        "add "
            + artifact
            + " to the class path "
            + purpose
            + " (it is an optional dependency of plandiff)",
        cause);
  }
}
