package io.github.plandiff.align;

import io.github.plandiff.model.TextNorm;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * TF-IDF cosine similarity over word unigrams and bigrams, with the inverse document frequencies
 * fitted on the clauses of both drafts, so that words rare in the drafts weigh more.
 */
final class Similarity {

  private final Map<String, Double> idf = new HashMap<>();
  private final int documents;

  Similarity(List<List<String>> allTerms) {
    Map<String, Integer> df = new HashMap<>();
    for (List<String> terms : allTerms) {
      for (String term : new java.util.HashSet<>(terms)) {
        df.merge(term, 1, Integer::sum);
      }
    }
    documents = Math.max(1, allTerms.size());
    for (Map.Entry<String, Integer> e : df.entrySet()) {
      idf.put(e.getKey(), Math.log(1.0 + (double) documents / e.getValue()));
    }
  }

  static List<String> terms(String text) {
    String key = TextNorm.cosmeticKey(text);
    List<String> words = key.isEmpty() ? List.of() : List.of(key.split(" "));
    List<String> terms = new java.util.ArrayList<>(words.size() * 2);
    terms.addAll(words);
    for (int i = 0; i + 1 < words.size(); i++) {
      terms.add(words.get(i) + " " + words.get(i + 1));
    }
    return terms;
  }

  Map<String, Double> vector(List<String> terms) {
    Map<String, Double> v = new HashMap<>();
    for (String t : terms) {
      v.merge(t, idf.getOrDefault(t, Math.log(1.0 + documents)), Double::sum);
    }
    double norm = 0;
    for (double x : v.values()) {
      norm += x * x;
    }
    double n = Math.sqrt(norm);
    if (n > 0) {
      v.replaceAll((k, x) -> x / n);
    }
    return v;
  }

  static double cosine(Map<String, Double> a, Map<String, Double> b) {
    if (a.size() > b.size()) {
      Map<String, Double> t = a;
      a = b;
      b = t;
    }
    double dot = 0;
    for (Map.Entry<String, Double> e : a.entrySet()) {
      Double y = b.get(e.getKey());
      if (y != null) {
        dot += e.getValue() * y;
      }
    }
    return Math.max(0, Math.min(1, dot));
  }
}
