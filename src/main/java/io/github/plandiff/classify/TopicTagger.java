package io.github.plandiff.classify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Tags texts with the topics of a {@link Taxonomy}: a topic applies when one of its keywords occurs
 * as whole words (case-insensitive; "sanction*" matches any word starting with "sanction").
 * Immutable and thread-safe.
 */
public final class TopicTagger {

  private record Keyword(String topic, List<String> words, boolean prefix) {}

  private final Map<String, List<Keyword>> byFirstWord = new HashMap<>();

  /**
   * One-word prefix keywords ("sanction*"), by their prefix: a word is looked up by each of its own
   * prefixes.
   */
  private final Map<String, List<Keyword>> byPrefix = new HashMap<>();

  private int longestPrefix;

  /** Creates a tagger for the default taxonomy. */
  public TopicTagger() {
    this(Taxonomy.defaults());
  }

  /**
   * Creates a tagger.
   *
   * @param taxonomy the topics and keywords, not null
   */
  public TopicTagger(Taxonomy taxonomy) {
    Objects.requireNonNull(taxonomy, "taxonomy");
    for (Taxonomy.Topic topic : taxonomy.topics()) {
      for (String keyword : topic.keywords()) {
        String k = keyword.strip();
        boolean prefix = k.endsWith("*");
        List<String> words = PhraseSet.wordsOf(prefix ? k.substring(0, k.length() - 1) : k);
        if (words.isEmpty()) {
          continue;
        }
        Keyword entry = new Keyword(topic.key(), words, prefix);
        if (prefix && words.size() == 1) {
          byPrefix.computeIfAbsent(words.get(0), w -> new ArrayList<>()).add(entry);
          longestPrefix = Math.max(longestPrefix, words.get(0).length());
        } else {
          byFirstWord.computeIfAbsent(words.get(0), w -> new ArrayList<>()).add(entry);
        }
      }
    }
  }

  /**
   * Returns the topics of some texts.
   *
   * @param texts the texts, none null
   * @return the topic keys, sorted, without repeats
   */
  public List<String> tag(String... texts) {
    TreeSet<String> topics = new TreeSet<>();
    for (String text : texts) {
      List<Word> words = Words.split(text, 0, text.length());
      for (int i = 0; i < words.size(); i++) {
        for (Keyword k : byFirstWord.getOrDefault(words.get(i).norm(), List.of())) {
          if (matches(k, words, i)) {
            topics.add(k.topic);
          }
        }
        String norm = words.get(i).norm();
        for (int end = Math.min(norm.length(), longestPrefix); end > 0; end--) {
          for (Keyword k : byPrefix.getOrDefault(norm.substring(0, end), List.of())) {
            topics.add(k.topic);
          }
        }
      }
    }
    return List.copyOf(topics);
  }

  private static boolean matches(Keyword k, List<Word> words, int i) {
    if (i + k.words.size() > words.size()) {
      return false;
    }
    int last = k.words.size() - 1;
    for (int j = 0; j <= last; j++) {
      String have = words.get(i + j).norm();
      String want = k.words.get(j);
      boolean ok = j == last && k.prefix ? have.startsWith(want) : have.equals(want);
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}
