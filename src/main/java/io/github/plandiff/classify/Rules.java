package io.github.plandiff.classify;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A {@link Lexicon} compiled for matching: folded words, phrase sets, lookup maps. Immutable. */
final class Rules {

  final PhraseSet<Lexicon.Modal> modals;
  final Set<String> modalNegationWords;
  final PhraseSet<String> modalNegations;
  final Set<String> modalBlockers;
  final Set<String> negations;
  final List<String> negationPrefixes;
  final PhraseSet<String> negationExceptions;
  final PhraseSet<String> conditions;
  final PhraseSet<String> conditionExceptions;
  final Set<String> inversions;
  final PhraseSet<String> deadlineMarkers;
  final Set<String> pastMarkers;
  final PhraseSet<String> anchors;
  final Map<String, String> timeUnits;
  final Set<String> months;
  final Map<String, Long> numberWords;
  final Map<String, Long> scaleWords;
  final PhraseSet<String> percentWords;
  final Set<String> percentSigns;
  final Map<String, String> currencies;
  final Set<String> referenceWords;
  final Map<String, Double> fractionWords;
  final Map<String, Long> ordinalWords;
  final Parties parties;
  final PhraseSet<String> reportingFrames;

  Rules(Lexicon lex) {
    Map<String, Lexicon.Modal> modalMap = new HashMap<>();
    for (Lexicon.Modal m : lex.modals()) {
      // Keyed by the folded words, so that a later entry for the same phrase replaces the earlier.
      modalMap.put(String.join(" ", PhraseSet.wordsOf(m.phrase())), m);
    }
    modals = new PhraseSet<>(modalMap);
    modalNegations = PhraseSet.of(lex.modalNegations());
    modalNegationWords = folded(lex.modalNegations());
    modalBlockers = folded(lex.modalBlockers());
    negations = folded(lex.negations());
    negationPrefixes = List.copyOf(folded(lex.negationPrefixes()));
    negationExceptions = PhraseSet.of(lex.negationExceptions());
    conditions = PhraseSet.of(lex.conditions());
    conditionExceptions = PhraseSet.of(lex.conditionExceptions());
    inversions = folded(lex.conditionalInversions());
    deadlineMarkers = new PhraseSet<>(lex.deadlineMarkers());
    pastMarkers = folded(lex.pastMarkers());
    anchors = PhraseSet.of(lex.deadlineAnchors());
    timeUnits = new HashMap<>();
    lex.timeUnits()
        .forEach((unit, words) -> words.forEach(w -> timeUnits.put(Words.fold(w), unit)));
    months = folded(lex.months());
    numberWords = foldKeys(lex.numberWords());
    scaleWords = foldKeys(lex.scaleWords());
    percentWords = PhraseSet.of(lex.percentWords());
    percentSigns = new HashSet<>();
    for (String p : folded(lex.percentWords())) {
      if (p.length() == 1 && !Character.isLetterOrDigit(p.charAt(0))) {
        percentSigns.add(p);
      }
    }
    currencies = foldKeys(lex.currencies());
    referenceWords = folded(lex.referenceWords());
    fractionWords = foldKeys(lex.fractionWords());
    ordinalWords = foldKeys(lex.ordinalWords());
    parties = new Parties(lex.parties());
    reportingFrames = PhraseSet.of(lex.reportingFrames());
  }

  boolean isNegation(Word w) {
    if (negations.contains(w.norm())) {
      return true;
    }
    for (int k = 0; k < negationPrefixes.size(); k++) {
      String prefix = negationPrefixes.get(k);
      if (w.norm().startsWith(prefix) && w.norm().length() > prefix.length()) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> folded(List<String> words) {
    Set<String> out = new HashSet<>();
    for (String w : words) {
      out.add(String.join(" ", PhraseSet.wordsOf(w)));
    }
    return out;
  }

  private static <V> Map<String, V> foldKeys(Map<String, V> map) {
    Map<String, V> out = new HashMap<>();
    map.forEach((k, v) -> out.put(Words.fold(k).trim(), v));
    return out;
  }
}
