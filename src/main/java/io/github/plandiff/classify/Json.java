package io.github.plandiff.classify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.plandiff.model.PlanDiffException;
import java.io.IOException;
import java.io.InputStream;

/** Reads the classifier's JSON data files. */
final class Json {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private Json() {}

  static <T> T read(InputStream in, String source, Class<T> type) {
    try {
      T value = MAPPER.readValue(in, type);
      if (value == null) {
        throw new PlanDiffException(source + ": empty JSON; expected a " + type.getSimpleName());
      }
      return value;
    } catch (JsonProcessingException e) {
      throw new PlanDiffException(
          source
              + ": not a valid "
              + type.getSimpleName()
              + " file: "
              + e.getOriginalMessage()
              + line(e)
              + "; see docs/classify.md for the format",
          e);
    } catch (IllegalArgumentException e) {
      throw new PlanDiffException(source + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw unreadable(source, e);
    }
  }

  static <T> T resource(String path, Class<T> type) {
    try (InputStream in = Json.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + path);
      }
      return read(in, path, type);
    } catch (IOException e) {
      throw unreadable(path, e);
    }
  }

  private static String line(JsonProcessingException e) {
    return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
  }

  static PlanDiffException unreadable(String source, IOException e) {
    return new PlanDiffException(source + ": cannot be read (" + e.getMessage() + ")", e);
  }
}
