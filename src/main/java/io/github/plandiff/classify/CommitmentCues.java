package io.github.plandiff.classify;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** {@link CommitmentWords} compiled for matching: folded word sets and a phrase set. Immutable. */
final class CommitmentCues {

  final PhraseSet<String> collectives;
  final Set<String> pronouns;
  final Set<String> comparatives;
  final Set<String> relativizers;
  final Set<String> coordinators;
  final Set<String> prepositions;
  final Set<String> determiners;
  final Set<String> counterpartyMarkers;
  final Set<String> agentMarkers;
  final Set<String> negators;
  final Set<String> passiveAuxiliaries;
  final Set<String> participles;
  final Set<String> possessiveMarkers;
  final Set<String> subordinators;
  final Set<String> sentenceOpeners;
  final Set<String> stateVerbs;
  final Set<String> officeNouns;
  final Set<String> officeTitles;
  final String imperativeObligor;

  CommitmentCues(CommitmentWords words) {
    collectives = new PhraseSet<>(words.collectives());
    pronouns = folded(words.pronouns());
    comparatives = folded(words.comparatives());
    relativizers = folded(words.relativizers());
    coordinators = folded(words.coordinators());
    prepositions = folded(words.prepositions());
    determiners = folded(words.determiners());
    counterpartyMarkers = folded(words.counterpartyMarkers());
    agentMarkers = folded(words.agentMarkers());
    negators = folded(words.negators());
    passiveAuxiliaries = folded(words.passiveAuxiliaries());
    participles = folded(words.participles());
    possessiveMarkers = folded(words.possessiveMarkers());
    subordinators = folded(words.subordinators());
    sentenceOpeners = folded(words.sentenceOpeners());
    stateVerbs = folded(words.stateVerbs());
    officeNouns = folded(words.officeNouns());
    officeTitles = folded(words.officeTitles());
    imperativeObligor = words.imperativeObligor();
  }

  /**
   * A past participle: a listed irregular one, or a word of four letters or more ending in "ed".
   */
  boolean isParticiple(Word w) {
    return participles.contains(w.norm()) || w.norm().length() > 3 && w.norm().endsWith("ed");
  }

  /** An adverb between a modal and its verb ("will jointly", "is to be promptly"). */
  static boolean isAdverb(Word w) {
    return w.norm().length() > 4 && w.norm().endsWith("ly");
  }

  private static Set<String> folded(List<String> words) {
    Set<String> out = new HashSet<>();
    for (String w : words) {
      out.add(String.join(" ", PhraseSet.wordsOf(w)));
    }
    return out;
  }
}
