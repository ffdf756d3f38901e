package io.github.plandiff.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Finds the {@link Features} of a sentence with the {@link Rules} of a lexicon. */
final class Extractor {

  /** Modal words that are never nouns, which no word before them blocks. */
  private static final Set<String> NEVER_NOUNS = Set.of("shall", "should");

  private final Rules r;

  Extractor(Rules rules) {
    this.r = rules;
  }

  Features extract(Sentence s) {
    List<Word> w = s.words();
    boolean[] used = new boolean[w.size()];
    List<Mention> deadlines = new Deadlines(r).find(w, used);
    List<Mention> quantities = new Quantities(r).find(w, used);
    boolean[] inversion = new boolean[w.size()];
    List<Mention> conditions = conditions(w, used, inversion);
    List<Features.ModalHit> modals = modals(w, used, inversion);
    List<Mention> negations = negations(w, used);
    boolean[] reported = reported(w);
    boolean binding = false;
    for (Features.ModalHit m : modals) {
      binding |= m.strength() >= 3 && m.wordIndex() > 0 && !reported[m.wordIndex()];
    }
    return new Features(modals, negations, quantities, deadlines, conditions, binding);
  }

  /** For each word of a sentence, whether a reporting frame governs it (its modal binds no one). */
  boolean[] reportedWords(Sentence s) {
    return reported(s.words());
  }

  private List<Mention> conditions(List<Word> w, boolean[] used, boolean[] inversion) {
    List<Mention> out = new ArrayList<>();
    for (int i = 0; i < w.size(); i++) {
      if (used[i]) {
        continue;
      }
      PhraseSet.Match<String> ex = r.conditionExceptions.at(w, i);
      if (ex != null) {
        i = ex.to() - 1;
        continue;
      }
      if (r.inversions.contains(w.get(i).norm()) && w.get(i).opensClause() && i + 1 < w.size()) {
        inversion[i] = true;
        out.add(new Mention("if", w.get(i).start(), clauseEnd(w, i)));
        continue;
      }
      PhraseSet.Match<String> m = r.conditions.at(w, i);
      if (m != null) {
        out.add(new Mention(m.value(), w.get(i).start(), clauseEnd(w, m.to() - 1)));
        i = m.to() - 1;
      }
    }
    return out;
  }

  /** The end of the last word before the next , ; or : after word {@code k}. */
  private static int clauseEnd(List<Word> w, int k) {
    int j = k;
    while (j + 1 < w.size() && !Word.isBreak(w.get(j).after())) {
      j++;
    }
    return w.get(j).end();
  }

  /**
   * Marks the words governed by a reporting frame ("on the assumption that ..."), up to the next ,
   * ; : or ): a modal there reports or assumes, it binds no one.
   */
  private boolean[] reported(List<Word> w) {
    boolean[] out = new boolean[w.size()];
    boolean inFrame = false;
    for (int i = 0; i < w.size(); i++) {
      PhraseSet.Match<String> frame = inFrame ? null : r.reportingFrames.at(w, i);
      if (frame != null) {
        i = frame.to() - 1;
        inFrame = !Word.isBreak(w.get(i).after());
        continue;
      }
      out[i] = inFrame;
      if (Word.isBreak(w.get(i).after())) {
        inFrame = false;
      }
    }
    return out;
  }

  /**
   * Whether the word before the modal at {@code i} makes it a noun or a statement of purpose ("the
   * will", "political will", "the plan is to"); never "shall" or "should", which are no nouns ("the
   * plan shall include").
   */
  private boolean blocked(List<Word> w, int i) {
    return i > 0
        && r.modalBlockers.contains(w.get(i - 1).norm())
        && !NEVER_NOUNS.contains(w.get(i).norm());
  }

  private List<Features.ModalHit> modals(List<Word> w, boolean[] used, boolean[] inversion) {
    List<Features.ModalHit> out = new ArrayList<>();
    for (int i = 0; i < w.size(); i++) {
      if (used[i] || inversion[i]) {
        continue;
      }
      PhraseSet.Match<Lexicon.Modal> m = r.modals.at(w, i, r.modalNegationWords);
      if (m == null || isMonth(w, i) || blocked(w, i)) {
        continue;
      }
      boolean negated = m.value().negative() || m.to() - i > phraseLength(m.value());
      int start = w.get(i).start();
      int end = w.get(m.to() - 1).end();
      int after = m.to();
      if (after < w.size() && r.negationExceptions.at(w, after) == null) {
        PhraseSet.Match<String> neg = r.modalNegations.at(w, after);
        if (neg != null) {
          negated = true;
          end = w.get(neg.to() - 1).end();
        }
      }
      if (i > 0 && r.modalNegationWords.contains(w.get(i - 1).norm()) && !used[i - 1]) {
        negated = true;
        start = w.get(i - 1).start();
      }
      int strength = negated ? m.value().negatedStrength() : m.value().strength();
      out.add(new Features.ModalHit(m.value().phrase(), negated, strength, start, end, i));
      i = m.to() - 1;
    }
    return out;
  }

  private static int phraseLength(Lexicon.Modal modal) {
    return PhraseSet.wordsOf(modal.phrase()).size();
  }

  /** "May 2026", "1 May": a month, not a modal; "point 5 may be amended" is a modal. */
  private boolean isMonth(List<Word> w, int i) {
    if (!r.months.contains(w.get(i).norm()) || !Character.isUpperCase(w.get(i).text().charAt(0))) {
      return false;
    }
    boolean numberNext = i + 1 < w.size() && w.get(i + 1).isNumber();
    boolean numberBefore = i > 0 && w.get(i - 1).isNumber();
    return numberNext || numberBefore;
  }

  private List<Mention> negations(List<Word> w, boolean[] used) {
    List<Mention> out = new ArrayList<>();
    for (int i = 0; i < w.size(); i++) {
      if (used[i]) {
        continue;
      }
      PhraseSet.Match<String> ex = r.negationExceptions.at(w, i);
      if (ex != null) {
        i = ex.to() - 1;
        continue;
      }
      Word word = w.get(i);
      if (r.isNegation(word)) {
        out.add(new Mention(word.norm(), word.start(), word.end()));
      }
    }
    return out;
  }
}
