package io.github.plandiff.classify;

import io.github.plandiff.model.SignalType;
import java.util.List;

/** Compares the negations of two counterpart sentences. */
final class Negation {

  private Negation() {}

  /**
   * Raises one signal per negation more (added) or fewer (removed). The evidence is the negation
   * with its neighbouring words, and on the other side the same neighbours when they stand together
   * there.
   */
  static void compare(
      String oldText,
      String newText,
      Sentence os,
      Sentence ns,
      Features of,
      Features nf,
      List<ClauseAnalysis.Found> out) {
    int diff = nf.negations().size() - of.negations().size();
    if (diff == 0) {
      return;
    }
    boolean added = diff > 0;
    List<Mention> extra =
        added
            ? ClauseAnalysis.minus(nf.negations(), of.negations())
            : ClauseAnalysis.minus(of.negations(), nf.negations());
    for (int k = 0; k < Math.min(Math.abs(diff), extra.size()); k++) {
      Mention m = extra.get(k);
      Sentence here = added ? ns : os;
      Sentence there = added ? os : ns;
      String hereText = added ? newText : oldText;
      String thereText = added ? oldText : newText;
      int[] span = context(here, m);
      int[] other = counterpart(here, there, m);
      String hereEvidence = hereText.substring(span[0], span[1]);
      String thereEvidence = other == null ? "" : thereText.substring(other[0], other[1]);
      int thereOffset = other == null ? -1 : other[0];
      out.add(
          added
              ? new ClauseAnalysis.Found(
                  SignalType.NEGATION_ADDED, thereEvidence, hereEvidence, thereOffset, span[0])
              : new ClauseAnalysis.Found(
                  SignalType.NEGATION_REMOVED, hereEvidence, thereEvidence, span[0], thereOffset));
    }
  }

  private static int index(Sentence s, Mention m) {
    List<Word> w = s.words();
    for (int i = 0; i < w.size(); i++) {
      if (w.get(i).start() == m.start()) {
        return i;
      }
    }
    return -1;
  }

  private static int[] context(Sentence s, Mention m) {
    int i = index(s, m);
    List<Word> w = s.words();
    int from = i > 0 ? w.get(i - 1).start() : m.start();
    int to = i >= 0 && i + 1 < w.size() ? w.get(i + 1).end() : m.end();
    return new int[] {from, to};
  }

  /** Where the negation's neighbours stand next to each other on the other side. */
  private static int[] counterpart(Sentence here, Sentence there, Mention m) {
    int i = index(here, m);
    List<Word> w = here.words();
    if (i <= 0 || i + 1 >= w.size()) {
      return null;
    }
    String before = w.get(i - 1).norm();
    String after = w.get(i + 1).norm();
    List<Word> t = there.words();
    for (int k = 0; k + 1 < t.size(); k++) {
      if (t.get(k).norm().equals(before) && t.get(k + 1).norm().equals(after)) {
        return new int[] {t.get(k).start(), t.get(k + 1).end()};
      }
    }
    return null;
  }
}
