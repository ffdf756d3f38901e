package io.github.plandiff.read;

import io.github.plandiff.model.Document;

/**
 * Reads an HTML draft with jsoup (an optional dependency): one block per paragraph, heading or list
 * item; list items carry the number or bullet the browser would show ({@code <ol start>}, {@code
 * type}, {@code reversed}, {@code <li value>}) and their nesting level; {@code <br>} ends a line;
 * scripts, styles and the head are left out.
 */
public final class HtmlReader implements DraftReader {

  @Override
  public String format() {
    return "html";
  }

  @Override
  public Document read(byte[] bytes, String source) {
    OptionalLibrary.JSOUP.require(source);
    try {
      return JsoupHtml.read(bytes, source, format());
    } catch (NoClassDefFoundError e) {
      throw OptionalLibrary.JSOUP.missing(source, e);
    }
  }
}
