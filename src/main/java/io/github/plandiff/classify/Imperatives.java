package io.github.plandiff.classify;

import java.util.ArrayList;
import java.util.List;

/**
 * Imperative provisions ("Bring about an immediate ceasefire on both sides", "From day one of the
 * pull-back, open a dialogue on …"), which a reader of a treaty takes as binding every party. The
 * verb opens the sentence, or follows a leading phrase that opens with a preposition and ends with
 * a comma. A modal in a dependent clause of its object ("Make sure that aid can reach …", "Adopt a
 * law under which no one may be prosecuted") makes no commitment of its own: the imperative is the
 * commitment.
 */
final class Imperatives {

  /**
   * Endings of adjectives that open a noun phrase ("Economic cooperation", "Humanitarian aid",
   * "Territorial arrangements"); verbs in "-al" end in "-eal" ("repeal", "reveal").
   */
  private static final List<String> ADJECTIVE_ENDINGS =
      List.of("ic", "ous", "ian", "ful", "less", "ary", "ial", "ral", "nal", "tal", "cal", "gal");

  private final CommitmentCues cues;

  Imperatives(CommitmentCues cues) {
    this.cues = cues;
  }

  /**
   * The index of the sentence's imperative verb, or -1: a word that may be a verb in its base form,
   * not a party, not in a reporting frame, not followed by a break or by a participle (which makes
   * the word a noun: "Guarantee provided by …").
   */
  int verb(List<Word> w, int[] partyEdges, boolean[] reported) {
    int i = leadingPhraseEnd(w);
    boolean verb =
        i >= 0
            && i + 2 < w.size()
            && partyEdges[i] == 0
            && mayBeVerb(w.get(i), i == 0)
            && !cues.isParticiple(w.get(i + 1))
            && !reported[i]
            && !CommitmentParts.isBreak(w.get(i).after())
            && cues.collectives.at(w, i) == null;
    return verb ? i : -1;
  }

  /** Whether a sentence may open with an imperative: a quick test that never rejects one. */
  boolean mayOpen(List<Word> w) {
    int i = leadingPhraseEnd(w);
    return i >= 0 && mayBeVerb(w.get(i), i == 0);
  }

  /**
   * The parts of a sentence whose imperative verb is at word {@code verb}: the imperative alone
   * when no modal makes a commitment, or in place of the first one when that one's modal lies in a
   * dependent clause of the imperative's object (a subordinator between the verb and the modal, no
   * break); else the parts found, unchanged (the first word was a noun: "Full amnesty will be
   * granted").
   */
  List<CommitmentParts.Part> merge(List<Word> w, List<CommitmentParts.Part> found, int verb) {
    CommitmentParts.Part imperative = part(0, verb, true);
    if (found.isEmpty()) {
      return List.of(imperative);
    }
    CommitmentParts.Part first = found.get(0);
    if (first.subject() > verb || !subordinateBetween(w, verb, first.modal())) {
      return found;
    }
    List<CommitmentParts.Part> out = new ArrayList<>(found);
    out.set(0, imperative);
    return out;
  }

  /** A part for a provision without a modal, whose "modal" is its verb. */
  static CommitmentParts.Part part(int subject, int verb, boolean imperative) {
    Features.ModalHit hit = new Features.ModalHit("", false, 3, 0, 0, verb);
    return new CommitmentParts.Part(
        0, subject, verb, verb, new ArrayList<>(List.of(hit)), imperative);
  }

  private boolean subordinateBetween(List<Word> w, int verb, int modal) {
    for (int i = verb + 1; i < modal; i++) {
      if (cues.subordinators.contains(w.get(i).norm())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the verb of an imperative would be: the first word, or, when the sentence opens with a
   * preposition, the first word after the first comma; -1 when there is no such word.
   */
  private int leadingPhraseEnd(List<Word> w) {
    if (w.isEmpty()) {
      return -1;
    }
    if (!cues.prepositions.contains(w.get(0).norm())) {
      return 0;
    }
    for (int i = 0; i + 1 < w.size(); i++) {
      String after = w.get(i).after();
      if (after.equals(",")) {
        return i + 1;
      }
      if (CommitmentParts.isBreak(after)) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * A word that may be a verb in its base form: capitalised when it opens the sentence, in lower
   * case after a leading phrase; letters only, no inflection (-s, -ed, -ing, -ly), no adjective
   * ending, and none of the words that open a clause otherwise (determiners, prepositions,
   * pronouns, subordinators, modals, verbs of state).
   */
  private boolean mayBeVerb(Word word, boolean opens) {
    String n = word.norm();
    char c = word.text().charAt(0);
    if (n.length() < 2
        || (opens ? !Character.isUpperCase(c) : !Character.isLowerCase(c))
        || !n.chars().allMatch(Character::isLetter)
        || inflected(n)
        || ADJECTIVE_ENDINGS.stream().anyMatch(n::endsWith)) {
      return false;
    }
    return !(cues.determiners.contains(n)
        || cues.prepositions.contains(n)
        || cues.pronouns.contains(n)
        || cues.coordinators.contains(n)
        || cues.negators.contains(n)
        || cues.subordinators.contains(n)
        || cues.sentenceOpeners.contains(n)
        || cues.stateVerbs.contains(n));
  }

  /**
   * An inflected form: a gerund ("noting", not "bring": a vowel before the "-ing"), a participle
   * ("-ed", not "proceed"), an adverb ("-ly", not "apply" or "rely"), a third person or plural
   * ("-s", not "discuss" or "focus").
   */
  static boolean inflected(String n) {
    if (n.endsWith("ing")) {
      return n.substring(0, n.length() - 3).chars().anyMatch(c -> "aeiouy".indexOf(c) >= 0);
    }
    return n.endsWith("ed") && !n.endsWith("eed")
        || n.endsWith("ly") && !n.endsWith("ply") && !n.equals("rely")
        || n.endsWith("s") && !n.endsWith("ss") && !n.endsWith("us");
  }
}
