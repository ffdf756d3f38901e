package io.github.plandiff.read;

import io.github.plandiff.model.DraftReadException;
import io.github.plandiff.model.Warning;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Decodes the bytes of a text source: UTF-8 with or without BOM, UTF-16 with BOM, otherwise a
 * legacy single-byte encoding with a warning. Binary data is an error.
 */
final class TextDecoder {

  /** The decoded text, line ends normalised to {@code \n}, and any warning. */
  record Decoded(String text, List<Warning> warnings) {}

  private TextDecoder() {}

  static Decoded decode(byte[] bytes, String source) {
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return clean(
          new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), source, List.of());
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return clean(
          new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), source, List.of());
    }
    int offset = 0;
    if (bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      offset = 3;
    }
    if (offset == 0) {
      Charset utf16 = utf16WithoutBom(bytes);
      if (utf16 != null) {
        Warning warning =
            new Warning(
                "",
                0,
                "has no byte order mark but looks like "
                    + utf16.name()
                    + "; read as such (save the file as UTF-8 to be sure)");
        return clean(new String(bytes, utf16), source, List.of(warning));
      }
    }
    if (looksBinary(bytes, offset)) {
      throw new DraftReadException(
          source,
          "binary data, not a text draft; give a .txt, .md, .html, .docx, .pdf or USLM .xml file");
    }
    ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(buffer)
              .toString();
      return clean(text, source, List.of());
    } catch (CharacterCodingException e) {
      Charset legacy = guessLegacy(bytes, offset);
      String text = new String(bytes, offset, bytes.length - offset, legacy);
      Warning warning =
          new Warning(
              "",
              0,
              "not valid UTF-8; read as " + legacy.name() + " (save the file as UTF-8 to be sure)");
      return clean(text, source, List.of(warning));
    }
  }

  private static Decoded clean(String text, String source, List<Warning> warnings) {
    int nul = text.indexOf('\0');
    if (nul >= 0) {
      throw new DraftReadException(
          source,
          "contains a NUL character at line "
              + lineOf(text, nul)
              + "; it is not a text draft (save it as plain text, UTF-8)");
    }
    String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
    return new Decoded(normalised, warnings);
  }

  private static int lineOf(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
        line++;
      }
    }
    return line;
  }

  /**
   * Text in UTF-16 without a BOM has a zero byte in every other position when it is mostly Latin:
   * zeros at odd offsets mean little-endian, at even offsets big-endian.
   */
  private static Charset utf16WithoutBom(byte[] bytes) {
    int n = Math.min(bytes.length, 8192) & ~1;
    if (n < 4) {
      return null;
    }
    int evenZeros = 0;
    int oddZeros = 0;
    for (int i = 0; i < n; i += 2) {
      evenZeros += bytes[i] == 0 ? 1 : 0;
      oddZeros += bytes[i + 1] == 0 ? 1 : 0;
    }
    int pairs = n / 2;
    if (oddZeros * 10 >= pairs * 7 && evenZeros == 0) {
      return StandardCharsets.UTF_16LE;
    }
    if (evenZeros * 10 >= pairs * 7 && oddZeros == 0) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  private static boolean looksBinary(byte[] bytes, int offset) {
    int n = Math.min(bytes.length, offset + 8192);
    int control = 0;
    for (int i = offset; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return true;
      }
      if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) {
        control++;
      }
    }
    return n > offset && control * 20 > (n - offset);
  }

  /** Cyrillic text in windows-1251 has many bytes in 0xC0–0xFF; western text in 1252 few. */
  private static Charset guessLegacy(byte[] bytes, int offset) {
    int high = 0;
    int cyrillic = 0;
    for (int i = offset; i < bytes.length; i++) {
      int b = bytes[i] & 0xFF;
      if (b >= 0x80) {
        high++;
        if (b >= 0xC0) {
          cyrillic++;
        }
      }
    }
    boolean mostlyCyrillic =
        high > 0 && cyrillic * 10 >= high * 8 && high * 4 > countLetters(bytes, offset);
    return Charset.forName(mostlyCyrillic ? "windows-1251" : "windows-1252");
  }

  private static int countLetters(byte[] bytes, int offset) {
    int letters = 0;
    for (int i = offset; i < bytes.length; i++) {
      int b = bytes[i] & 0xFF;
      if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || b >= 0x80) {
        letters++;
      }
    }
    return letters;
  }
}
