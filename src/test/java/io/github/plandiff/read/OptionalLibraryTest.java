package io.github.plandiff.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Runs the readers in a class loader that hides jsoup, POI and PDFBox, as a user without them has.
 */
class OptionalLibraryTest {

  /** Loads plandiff's classes itself and refuses the optional libraries. */
  private static final class WithoutOptionalLibraries extends URLClassLoader {
    WithoutOptionalLibraries() throws Exception {
      super(new URL[] {classes()}, OptionalLibraryTest.class.getClassLoader());
    }

    private static URL classes() throws Exception {
      return Path.of(DraftReaders.class.getProtectionDomain().getCodeSource().getLocation().toURI())
          .toUri()
          .toURL();
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (name.startsWith("org.jsoup.")
          || name.startsWith("org.apache.poi.")
          || name.startsWith("org.apache.pdfbox.")
          || name.startsWith("org.openxmlformats.")) {
        throw new ClassNotFoundException(name);
      }
      if (name.startsWith("io.github.plandiff.")) {
        synchronized (getClassLoadingLock(name)) {
          Class<?> loaded = findLoadedClass(name);
          return loaded != null ? loaded : findClass(name);
        }
      }
      return super.loadClass(name, resolve);
    }
  }

  private static Object readWithoutLibraries(byte[] bytes, String source) throws Exception {
    try (WithoutOptionalLibraries loader = new WithoutOptionalLibraries()) {
      Class<?> readers = loader.loadClass("io.github.plandiff.read.DraftReaders");
      assertThat(readers.getClassLoader()).isSameAs(loader);
      Method read = readers.getMethod("read", byte[].class, String.class);
      try {
        return read.invoke(null, bytes, source);
      } catch (InvocationTargetException e) {
        return e.getCause();
      }
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "<html><body><p>1. Point</p></body></html>|plan.html|org.jsoup:jsoup to the class path to"
            + " read .html files",
        "%PDF-1.7 broken|plan.pdf|org.apache.pdfbox:pdfbox to the class path to read .pdf files",
      })
  void namesTheArtifactToAddWhenALibraryIsMissing(String content, String source, String message)
      throws Exception {
    Object result = readWithoutLibraries(content.getBytes(StandardCharsets.UTF_8), source);

    assertThat(result).isInstanceOf(Throwable.class);
    Throwable error = (Throwable) result;
    assertThat(error.getClass().getName()).isEqualTo("io.github.plandiff.model.DraftReadException");
    assertThat(error.getMessage())
        .isEqualTo(source + ": add " + message + " (it is an optional dependency of plandiff)");
  }

  @Test
  void namesPoiWhenAWordDocumentIsReadWithoutIt() throws Exception {
    byte[] docx =
        DraftReadersTest.zip(
            "[Content_Types].xml", "<Types/>", "word/document.xml", "<w:document/>");

    Object result = readWithoutLibraries(docx, "plan.docx");

    assertThat(((Throwable) result).getMessage())
        .isEqualTo(
            "plan.docx: add org.apache.poi:poi-ooxml to the class path to read .docx files"
                + " (it is an optional dependency of plandiff)");
  }

  @Test
  void readsTextMarkdownAndBillsWithoutAnyOptionalLibrary() throws Exception {
    Object text = readWithoutLibraries("1. Point\n".getBytes(StandardCharsets.UTF_8), "plan.txt");
    Object markdown = readWithoutLibraries("# Plan\n".getBytes(StandardCharsets.UTF_8), "plan.md");
    Object bill = readWithoutLibraries(ReadFixtures.resource("bills/h1037_eh.XML"), "h1037.xml");

    assertThat(text.getClass().getName()).isEqualTo("io.github.plandiff.model.Document");
    assertThat(markdown.getClass().getName()).isEqualTo("io.github.plandiff.model.Document");
    assertThat(bill.getClass().getName()).isEqualTo("io.github.plandiff.model.Document");
  }
}
