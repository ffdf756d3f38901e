package io.github.plandiff.classify;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The topics a clause can be tagged with, each with the keywords that signal it. Read from JSON
 * (see {@code docs/classify.md}); {@link #defaults()} holds the topics of DESIGN.md. Immutable.
 *
 * @param topics the topics, in file order
 */
public record Taxonomy(List<Topic> topics) {

  private static final Taxonomy DEFAULTS =
      Json.resource("/io/github/plandiff/classify/taxonomy.json", Taxonomy.class);

  /** Copies the topics; a missing list is empty. */
  public Taxonomy {
    topics = topics == null ? List.of() : List.copyOf(topics);
  }

  /**
   * A topic and its keywords.
   *
   * @param key the topic key used in output, e.g. "armed-forces"
   * @param keywords words or phrases, matched case-insensitively on whole words; a word ending in
   *     "*" matches any word that starts with it ("sanction*")
   */
  public record Topic(String key, List<String> keywords) {

    /** Checks the key and copies the keywords. */
    public Topic {
      Objects.requireNonNull(key, "key");
      if (key.isBlank()) {
        throw new IllegalArgumentException("topic key is blank");
      }
      keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }
  }

  /**
   * Returns the built-in taxonomy.
   *
   * @return the default taxonomy
   */
  public static Taxonomy defaults() {
    return DEFAULTS;
  }

  /**
   * Reads a taxonomy from JSON.
   *
   * @param json the JSON, UTF-8; not closed
   * @param source the name used in messages
   * @return the taxonomy
   * @throws io.github.plandiff.model.PlanDiffException if the JSON is not a taxonomy
   */
  public static Taxonomy read(InputStream json, String source) {
    return Json.read(json, source, Taxonomy.class);
  }

  /**
   * Reads a taxonomy from a JSON file.
   *
   * @param file the file
   * @return the taxonomy
   * @throws io.github.plandiff.model.PlanDiffException if the file cannot be read or is not a
   *     taxonomy
   */
  public static Taxonomy read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    } catch (IOException e) {
      throw Json.unreadable(file.toString(), e);
    }
  }

  /**
   * Returns this taxonomy extended with another: new topics are appended, and topics with the same
   * key get both keyword lists.
   *
   * @param other the topics to add, not null
   * @return the combined taxonomy
   */
  public Taxonomy extendedWith(Taxonomy other) {
    Map<String, LinkedHashSet<String>> byKey = new LinkedHashMap<>();
    for (Topic t : topics) {
      byKey.computeIfAbsent(t.key(), k -> new LinkedHashSet<>()).addAll(t.keywords());
    }
    for (Topic t : other.topics) {
      byKey.computeIfAbsent(t.key(), k -> new LinkedHashSet<>()).addAll(t.keywords());
    }
    List<Topic> result = new ArrayList<>();
    byKey.forEach((key, words) -> result.add(new Topic(key, new ArrayList<>(words))));
    return new Taxonomy(result);
  }
}
