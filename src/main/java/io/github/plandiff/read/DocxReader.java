package io.github.plandiff.read;

import io.github.plandiff.model.Document;

/**
 * Reads a Word document (.docx) with Apache POI (an optional dependency). Each paragraph is one
 * block; a paragraph numbered by Word's automatic numbering becomes a list item whose label is the
 * number Word shows, computed from {@code numbering.xml} (formats, {@code lvlText} patterns, start
 * values, overrides and restarts); heading styles become headings. A document with tracked changes
 * is read as its current text (insertions kept, deletions dropped) with a warning; macro-enabled
 * documents are read (macros never run) with a warning; zip bombs, DTDs and encrypted files are
 * refused.
 */
public final class DocxReader implements DraftReader {

  @Override
  public String format() {
    return "docx";
  }

  @Override
  public Document read(byte[] bytes, String source) {
    ZipGuard.check(bytes, source);
    OptionalLibrary.POI.require(source);
    try {
      return PoiDocx.read(bytes, source, format());
    } catch (NoClassDefFoundError e) {
      throw OptionalLibrary.POI.missing(source, e);
    }
  }
}
