package io.github.plandiff.classify;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.github.plandiff.model.PlanDiffException;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the classifier's JSON data files into its records (lexicon, taxonomy) with Jackson's
 * streaming parser: strings, numbers, booleans, lists, maps with string keys and nested records, by
 * the record's components. A field the record does not have is an error, a missing one is null (the
 * records turn null into empty). The data binding of {@code jackson-databind} would do the same,
 * but setting it up costs more than the rest of a small comparison, and every comparison reads
 * these files.
 */
final class Json {

  private static final JsonFactory FACTORY =
      JsonFactory.builder().disable(JsonFactory.Feature.INTERN_FIELD_NAMES).build();

  private Json() {}

  static <T> T read(InputStream in, String source, Class<T> type) {
    try (JsonParser p = FACTORY.createParser(in)) {
      p.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
      if (p.nextToken() == null || p.currentToken() == JsonToken.VALUE_NULL) {
        throw new PlanDiffException(source + ": empty JSON; expected a " + type.getSimpleName());
      }
      T value = type.cast(value(p, type, ""));
      if (p.nextToken() != null) {
        throw new JsonParseException(p, "unexpected content after the " + type.getSimpleName());
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

  /** Reads the value at the current token as {@code type}; {@code at} names it in messages. */
  private static Object value(JsonParser p, Type type, String at) throws IOException {
    JsonToken token = p.currentToken();
    Class<?> raw = raw(type);
    if (token == JsonToken.VALUE_NULL) {
      if (raw.isPrimitive()) {
        throw error(p, at, "a " + raw.getName() + ", not null");
      }
      return null;
    }
    if (raw == String.class) {
      expect(p, token == JsonToken.VALUE_STRING, at, "a string");
      return p.getText();
    }
    if (raw == int.class || raw == Integer.class) {
      expect(p, token == JsonToken.VALUE_NUMBER_INT, at, "a whole number");
      return p.getIntValue();
    }
    if (raw == long.class || raw == Long.class) {
      expect(p, token == JsonToken.VALUE_NUMBER_INT, at, "a whole number");
      return p.getLongValue();
    }
    if (raw == double.class || raw == Double.class) {
      expect(p, token.isNumeric(), at, "a number");
      return p.getDoubleValue();
    }
    if (raw == boolean.class || raw == Boolean.class) {
      expect(p, token.isBoolean(), at, "true or false");
      return p.getBooleanValue();
    }
    if (raw == List.class) {
      expect(p, token == JsonToken.START_ARRAY, at, "a list");
      Type element = argument(type, 0);
      List<Object> list = new ArrayList<>();
      while (p.nextToken() != JsonToken.END_ARRAY) {
        list.add(value(p, element, at + "[" + list.size() + "]"));
      }
      return list;
    }
    if (raw == Map.class) {
      expect(p, token == JsonToken.START_OBJECT, at, "an object");
      Type valueType = argument(type, 1);
      Map<String, Object> map = new LinkedHashMap<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        p.nextToken();
        map.put(key, value(p, valueType, at + "." + key));
      }
      return map;
    }
    if (raw.isRecord()) {
      expect(p, token == JsonToken.START_OBJECT, at, "an object");
      return record(p, raw, at);
    }
    throw new IllegalStateException("no JSON reading for " + type);
  }

  private static Object record(JsonParser p, Class<?> type, String at) throws IOException {
    RecordComponent[] components = type.getRecordComponents();
    Object[] args = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int k = 0; k < components.length; k++) {
      types[k] = components[k].getType();
      args[k] = defaultOf(types[k]);
    }
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      int k = index(components, name);
      if (k < 0) {
        throw new JsonParseException(
            p, "unknown field \"" + name + "\"" + (at.isEmpty() ? "" : " in " + at.substring(1)));
      }
      p.nextToken();
      args[k] = value(p, components[k].getGenericType(), at + "." + name);
    }
    try {
      Constructor<?> canonical = type.getDeclaredConstructor(types);
      return canonical.newInstance(args);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IllegalArgumentException) {
        throw new JsonParseException(p, cause.getMessage());
      }
      if (cause instanceof NullPointerException) {
        // The records name the missing component: Objects.requireNonNull(phrase, "phrase").
        String where = at.isEmpty() ? "" : " in " + at.substring(1);
        throw new JsonParseException(p, "missing field \"" + cause.getMessage() + "\"" + where);
      }
      throw new IllegalStateException("cannot make a " + type.getSimpleName(), cause);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot make a " + type.getSimpleName(), e);
    }
  }

  private static int index(RecordComponent[] components, String name) {
    for (int k = 0; k < components.length; k++) {
      if (components[k].getName().equals(name)) {
        return k;
      }
    }
    return -1;
  }

  private static Object defaultOf(Class<?> type) {
    if (type == int.class) {
      return 0;
    }
    if (type == long.class) {
      return 0L;
    }
    if (type == double.class) {
      return 0.0;
    }
    if (type == boolean.class) {
      return false;
    }
    return null;
  }

  private static Class<?> raw(Type type) {
    return type instanceof ParameterizedType pt ? (Class<?>) pt.getRawType() : (Class<?>) type;
  }

  private static Type argument(Type type, int index) {
    return ((ParameterizedType) type).getActualTypeArguments()[index];
  }

  private static void expect(JsonParser p, boolean ok, String at, String what)
      throws JsonParseException {
    if (!ok) {
      throw error(p, at, what);
    }
  }

  private static JsonParseException error(JsonParser p, String at, String what) {
    String where = at.isEmpty() ? "the file" : at.substring(1);
    return new JsonParseException(
        p, where + ": expected " + what + ", found " + describe(p.currentToken()));
  }

  private static String describe(JsonToken token) {
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "a list";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "true or false";
      case VALUE_NULL -> "null";
      default -> token.toString();
    };
  }

  private static String line(JsonProcessingException e) {
    return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
  }

  static PlanDiffException unreadable(String source, IOException e) {
    return new PlanDiffException(source + ": cannot be read (" + e.getMessage() + ")", e);
  }
}
