package io.github.plandiff.classify;

import java.util.ArrayList;
import java.util.Arrays;
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

  /** A keyword; {@code topic} indexes {@link #keys}. */
  private record Keyword(int topic, List<String> words, boolean prefix) {}

  /** The taxonomy's topic keys, sorted: a tag's topics are collected as indexes into it. */
  private final String[] keys;

  private final Map<String, List<Keyword>> byFirstWord = new HashMap<>();

  /**
   * One-word prefix keywords ("sanction*") in a trie of their prefixes: a word walks down it by its
   * own characters and collects the topics of every keyword it passes.
   */
  private final PrefixNode prefixes = new PrefixNode();

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
    TreeSet<String> sorted = new TreeSet<>();
    for (Taxonomy.Topic topic : taxonomy.topics()) {
      sorted.add(topic.key());
    }
    keys = sorted.toArray(new String[0]);
    for (Taxonomy.Topic topic : taxonomy.topics()) {
      int index = Arrays.binarySearch(keys, topic.key());
      for (String keyword : topic.keywords()) {
        String k = keyword.strip();
        boolean prefix = k.endsWith("*");
        List<String> words = PhraseSet.wordsOf(prefix ? k.substring(0, k.length() - 1) : k);
        if (words.isEmpty()) {
          continue;
        }
        Keyword entry = new Keyword(index, words, prefix);
        if (prefix && words.size() == 1) {
          prefixes.add(words.get(0), index);
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
    boolean[] topics = new boolean[keys.length];
    for (int t = 0; t < texts.length; t++) {
      if (repeats(texts, t)) {
        continue;
      }
      List<String> words = Words.norms(texts[t]);
      for (int i = 0; i < words.size(); i++) {
        String norm = words.get(i);
        List<Keyword> starting = byFirstWord.get(norm);
        if (starting != null) {
          for (Keyword k : starting) {
            if (matches(k, words, i)) {
              topics[k.topic] = true;
            }
          }
        }
        prefixes.collect(norm, topics);
      }
    }
    List<String> out = new ArrayList<>();
    for (int k = 0; k < keys.length; k++) {
      if (topics[k]) {
        out.add(keys[k]);
      }
    }
    return List.copyOf(out);
  }

  /** Whether an earlier text is the same: its topics are in already. */
  private static boolean repeats(String[] texts, int t) {
    for (int k = 0; k < t; k++) {
      if (texts[k].equals(texts[t])) {
        return true;
      }
    }
    return false;
  }

  private static boolean matches(Keyword k, List<String> words, int i) {
    if (i + k.words.size() > words.size()) {
      return false;
    }
    int last = k.words.size() - 1;
    for (int j = 0; j <= last; j++) {
      String have = words.get(i + j);
      String want = k.words.get(j);
      boolean ok = j == last && k.prefix ? have.startsWith(want) : have.equals(want);
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** A node of the prefix trie: the topics of the keywords that end here, and the next letters. */
  private static final class PrefixNode {
    private char[] letters = new char[0];
    private PrefixNode[] next = new PrefixNode[0];
    private int[] topics = new int[0];

    void add(String prefix, int topic) {
      PrefixNode node = this;
      for (int i = 0; i < prefix.length(); i++) {
        node = node.child(prefix.charAt(i), true);
      }
      node.topics = Arrays.copyOf(node.topics, node.topics.length + 1);
      node.topics[node.topics.length - 1] = topic;
    }

    /** Adds the topics of every keyword that is a prefix of the word (the word itself included). */
    void collect(String word, boolean[] out) {
      PrefixNode node = this;
      for (int i = 0; i < word.length(); i++) {
        node = node.child(word.charAt(i), false);
        if (node == null) {
          return;
        }
        for (int topic : node.topics) {
          out[topic] = true;
        }
      }
    }

    private PrefixNode child(char c, boolean create) {
      for (int k = 0; k < letters.length; k++) {
        if (letters[k] == c) {
          return next[k];
        }
      }
      if (!create) {
        return null;
      }
      letters = Arrays.copyOf(letters, letters.length + 1);
      next = Arrays.copyOf(next, next.length + 1);
      letters[letters.length - 1] = c;
      next[next.length - 1] = new PrefixNode();
      return next[next.length - 1];
    }
  }
}
