package io.github.plandiff.classify;

import io.github.plandiff.model.SignalType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The signals between the old and the new text of one change. Sentences are paired first; a binding
 * sentence without a counterpart is a commitment removed or added; modality and negation are
 * compared within each pair; amounts, deadlines and conditions over the rest of the clause; parties
 * over the whole clause.
 */
final class ClauseAnalysis {

  /** A signal before its clause id is known. */
  record Found(SignalType type, String oldText, String newText, int oldOffset, int newOffset) {}

  private final Extractor extractor;
  private final Rules rules;

  ClauseAnalysis(Extractor extractor, Rules rules) {
    this.extractor = extractor;
    this.rules = rules;
  }

  /** The commitments of a clause that is wholly removed ({@code old}) or added. */
  List<Found> commitments(String text, boolean old) {
    return commitments(text, old, Counterparts.NONE);
  }

  /**
   * The commitments of a clause that is wholly removed ({@code old}) or added, leaving out the
   * sentences that have a counterpart in the other draft.
   */
  List<Found> commitments(String text, boolean old, Counterparts other) {
    List<Found> out = new ArrayList<>();
    Sentence.forEach(
        text,
        s -> {
          if (extractor.extract(s).binding() && !other.has(s)) {
            out.add(
                old
                    ? new Found(SignalType.COMMITMENT_REMOVED, s.text(), "", s.start(), -1)
                    : new Found(SignalType.COMMITMENT_ADDED, "", s.text(), -1, s.start()));
          }
        });
    return out;
  }

  /** The signals between two texts of matched clauses. */
  List<Found> compare(String oldText, String newText) {
    return compare(oldText, newText, Counterparts.NONE, Counterparts.NONE);
  }

  /**
   * The signals between two texts of matched clauses; a sentence with a counterpart elsewhere in
   * the other draft ({@code inOld} for new sentences, {@code inNew} for old ones) is no commitment.
   */
  List<Found> compare(String oldText, String newText, Counterparts inOld, Counterparts inNew) {
    List<Sentence> os = Sentence.split(oldText);
    List<Sentence> ns = Sentence.split(newText);
    Map<String, Located> seen = new HashMap<>();
    List<Features> of = features(os, seen);
    List<Features> nf = features(ns, seen);
    SentencePairing pairing = new SentencePairing(os, ns);
    List<Found> out = new ArrayList<>();
    boolean[] oldGone = gone(os, of, pairing.oldToNew, pairing.oldCovered);
    boolean[] newGone = gone(ns, nf, pairing.newToOld, pairing.newCovered);
    rewritten(os, ns, pairing, oldGone, newGone);
    // A sentence with a counterpart elsewhere in the other draft is no commitment removed or added,
    // but stays out of the amounts compared here: its counterpart is not in this change.
    for (int i = 0; i < os.size(); i++) {
      if (oldGone[i] && !inNew.has(os.get(i))) {
        out.add(
            new Found(SignalType.COMMITMENT_REMOVED, os.get(i).text(), "", os.get(i).start(), -1));
      }
    }
    for (int j = 0; j < ns.size(); j++) {
      if (newGone[j] && !inOld.has(ns.get(j))) {
        out.add(
            new Found(SignalType.COMMITMENT_ADDED, "", ns.get(j).text(), -1, ns.get(j).start()));
      }
    }
    for (int i = 0; i < os.size(); i++) {
      int j = pairing.oldToNew[i];
      if (j >= 0) {
        Modality.compare(oldText, newText, of.get(i).modals(), nf.get(j).modals(), out);
        Negation.compare(oldText, newText, os.get(i), ns.get(j), of.get(i), nf.get(j), out);
      }
    }
    amounts(
        oldText,
        newText,
        collect(of, oldGone, 0),
        collect(nf, newGone, 0),
        SignalType.QUANTITY_CHANGED,
        out);
    amounts(
        oldText,
        newText,
        collect(of, oldGone, 1),
        collect(nf, newGone, 1),
        SignalType.DEADLINE_CHANGED,
        out);
    conditions(oldText, newText, collect(of, oldGone, 2), collect(nf, newGone, 2), out);
    parties(oldText, newText, out);
    return out;
  }

  /** Features found at an offset, to reuse for the same sentence text elsewhere. */
  private record Located(int start, Features features) {}

  /**
   * The features of each sentence. A sentence whose text was seen before (on either side: most
   * sentences of a reworded clause are unchanged) gets the features found there, moved.
   */
  private List<Features> features(List<Sentence> sentences, Map<String, Located> seen) {
    List<Features> out = new ArrayList<>();
    for (Sentence s : sentences) {
      Located before = seen.get(s.text());
      if (before != null) {
        out.add(
            s.start() == before.start
                ? before.features
                : before.features.shifted(s.start() - before.start));
      } else {
        Features f = extractor.extract(s);
        seen.put(s.text(), new Located(s.start(), f));
        out.add(f);
      }
    }
    return out;
  }

  private static boolean[] gone(
      List<Sentence> s, List<Features> f, int[] paired, boolean[] covered) {
    boolean[] out = new boolean[s.size()];
    for (int i = 0; i < s.size(); i++) {
      out[i] = paired[i] < 0 && !covered[i] && f.get(i).binding();
    }
    return out;
  }

  /**
   * Sentences left without a counterpart on both sides of a change that still share some words
   * ({@link Leftovers}) are taken as counterparts: a commitment rewritten beyond the pairing's
   * threshold is neither removed nor added.
   */
  private static void rewritten(
      List<Sentence> os,
      List<Sentence> ns,
      SentencePairing pairing,
      boolean[] oldGone,
      boolean[] newGone) {
    boolean[] oldLeft = new boolean[os.size()];
    boolean[] newLeft = new boolean[ns.size()];
    for (int i = 0; i < oldLeft.length; i++) {
      oldLeft[i] = pairing.oldToNew[i] < 0 && !pairing.oldCovered[i];
    }
    for (int j = 0; j < newLeft.length; j++) {
      newLeft[j] = pairing.newToOld[j] < 0 && !pairing.newCovered[j];
    }
    boolean[][] paired = Leftovers.pair(os, ns, oldLeft, newLeft);
    for (int i = 0; i < oldGone.length; i++) {
      oldGone[i] &= !paired[0][i];
    }
    for (int j = 0; j < newGone.length; j++) {
      newGone[j] &= !paired[1][j];
    }
  }

  private static List<Mention> collect(List<Features> f, boolean[] gone, int what) {
    List<Mention> out = new ArrayList<>();
    for (int i = 0; i < f.size(); i++) {
      if (!gone[i]) {
        out.addAll(
            what == 0
                ? f.get(i).quantities()
                : what == 1 ? f.get(i).deadlines() : f.get(i).conditions());
      }
    }
    return out;
  }

  /** Pairs the amounts only one side has, in text order: the first removed with the first added. */
  private static void amounts(
      String oldText,
      String newText,
      List<Mention> olds,
      List<Mention> news,
      SignalType type,
      List<Found> out) {
    List<Mention> removed = minus(olds, news);
    List<Mention> added = minus(news, olds);
    for (int k = 0; k < Math.max(removed.size(), added.size()); k++) {
      Mention o = k < removed.size() ? removed.get(k) : null;
      Mention n = k < added.size() ? added.get(k) : null;
      out.add(found(type, oldText, newText, o, n));
    }
  }

  private static void conditions(
      String oldText, String newText, List<Mention> olds, List<Mention> news, List<Found> out) {
    int diff = news.size() - olds.size();
    List<Mention> extra = diff > 0 ? minus(news, olds) : minus(olds, news);
    for (int k = 0; k < Math.abs(diff); k++) {
      Mention m = k < extra.size() ? extra.get(k) : (diff > 0 ? news : olds).get(k);
      out.add(
          diff > 0
              ? found(SignalType.CONDITION_ADDED, oldText, newText, null, m)
              : found(SignalType.CONDITION_REMOVED, oldText, newText, m, null));
    }
  }

  private void parties(String oldText, String newText, List<Found> out) {
    Map<String, Mention> olds = firstByKey(rules.parties.find(oldText));
    Map<String, Mention> news = firstByKey(rules.parties.find(newText));
    for (Mention m : olds.values()) {
      if (!news.containsKey(m.key())) {
        out.add(found(SignalType.PARTY_REMOVED, oldText, newText, m, null));
      }
    }
    for (Mention m : news.values()) {
      if (!olds.containsKey(m.key())) {
        out.add(found(SignalType.PARTY_ADDED, oldText, newText, null, m));
      }
    }
  }

  private static Map<String, Mention> firstByKey(List<Mention> mentions) {
    Map<String, Mention> out = new java.util.LinkedHashMap<>();
    for (Mention m : mentions) {
      out.putIfAbsent(m.key(), m);
    }
    return out;
  }

  /** The mentions of {@code a} left after taking out, key by key, as many as {@code b} has. */
  static List<Mention> minus(List<Mention> a, List<Mention> b) {
    Map<String, Integer> left = new HashMap<>();
    for (Mention m : b) {
      left.merge(m.key(), 1, Integer::sum);
    }
    List<Mention> out = new ArrayList<>();
    for (Mention m : a) {
      int n = left.getOrDefault(m.key(), 0);
      if (n > 0) {
        left.put(m.key(), n - 1);
      } else {
        out.add(m);
      }
    }
    return out;
  }

  static Found found(SignalType type, String oldText, String newText, Mention o, Mention n) {
    return new Found(
        type,
        o == null ? "" : oldText.substring(o.start(), o.end()),
        n == null ? "" : newText.substring(n.start(), n.end()),
        o == null ? -1 : o.start(),
        n == null ? -1 : n.start());
  }
}
