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

  /**
   * Endings of nouns that title a section or open a noun phrase ("Extension of authority …",
   * "Applicability.—", "Payment of annuities"); verbs in "-ment" end in "-plement" ("implement").
   */
  private static final List<String> NOUN_ENDINGS =
      List.of("tion", "sion", "ity", "ness", "ship", "ment");

  /** Words an imperative needs after its verb: "Free all hostages." */
  private static final int MIN_OBJECT_WORDS = 2;

  private final CommitmentCues cues;

  Imperatives(CommitmentCues cues) {
    this.cues = cues;
  }

  /**
   * The index of the imperative verb of the first sentence of a clause, or -1: a word that may be a
   * verb in its base form, not a party, not in a reporting frame, not followed by a break, and
   * followed by what may be its object (see {@link #mayBeObject}).
   *
   * @param s the sentence
   * @param partyEdges for each word, 1 when a party mention starts there, 2 when one ends there
   * @param reported which words a reporting frame governs
   * @param index the sentence's index in the clause: a heading or a title ("Authorization of
   *     appropriations.", "TITLE I—PROCUREMENT") is no imperative, and only the first sentence of a
   *     numbered point is read as one
   */
  int verb(Sentence s, int[] partyEdges, boolean[] reported, int index) {
    List<Word> w = s.words();
    int i = leadingPhraseEnd(w);
    if (index != 0 || i < 0 || i + MIN_OBJECT_WORDS >= w.size() || !sentenceLike(s)) {
      return -1;
    }
    boolean afterComma = afterComma(w, i);
    boolean party = (partyEdges[i + 1] & 1) != 0;
    boolean verb =
        partyEdges[i] == 0
            && (mayBeVerb(w.get(i), !afterComma) || causative(w, i, party))
            && mayBeObject(w.get(i + 1), party)
            && !subjectAndVerb(w, i)
            && (!afterComma || party || opensObject(w.get(i + 1)))
            && !reported[i]
            && !CommitmentParts.breaksAfter(w, i)
            && cues.collectives.at(w, i) == null;
    return verb ? i : -1;
  }

  /**
   * A sentence, not a heading or the continuation of a lead-in: it opens with a capital and ends
   * with . ; : or ! ("Assistance and Training", "Change in maximum rates.—" and "within 60 days,
   * restore …" under "The Secretary shall—" are none).
   */
  private static boolean sentenceLike(Sentence s) {
    String text = s.text().strip();
    char end = text.isEmpty() ? ' ' : text.charAt(text.length() - 1);
    return Character.isUpperCase(s.words().get(0).text().charAt(0)) && ".;:!".indexOf(end) >= 0;
  }

  /**
   * Whether the word after the possible verb is a verb in "-s" followed by its object ("Congress
   * makes the following findings"): the first word is then its subject.
   */
  private boolean subjectAndVerb(List<Word> w, int i) {
    String next = w.get(i + 1).norm();
    boolean thirdPerson =
        next.endsWith("s") && !next.endsWith("ss") && !next.endsWith("us") && next.length() > 3;
    String after = w.get(i + 2).norm();
    return thirdPerson && (cues.determiners.contains(after) || cues.subordinators.contains(after));
  }

  private static boolean afterComma(List<Word> w, int i) {
    return i > 0 && w.get(i - 1).after().equals(",");
  }

  /**
   * After a leading phrase, the verb must be followed by a determiner, a preposition or a
   * subordinator ("From day one of the pull-back, open a dialogue"), not by a noun ("For necessary
   * expenses for training, human resources management, …").
   */
  private boolean opensObject(Word next) {
    String n = next.norm();
    return cues.determiners.contains(n)
        || cues.prepositions.contains(n)
        || cues.subordinators.contains(n);
  }

  /**
   * Whether the word after a possible imperative verb may open its object or complement: not a
   * participle ("Guarantee provided by …"), a verb of state or a modal ("Congress has …", "Congress
   * finds …"), a number or a reference in brackets ("Section 404 …", "Subsection (b)"), or a
   * capitalised word other than a party ("Executive Order"), each of which makes the first word a
   * noun.
   */
  private boolean mayBeObject(Word next, boolean party) {
    String n = next.norm();
    return !cues.isParticiple(next)
        && !cues.stateVerbs.contains(n)
        && !cues.sentenceOpeners.contains(n)
        && !next.isNumber()
        && !next.before().equals("(")
        && (party || !Character.isUpperCase(next.text().charAt(0)));
  }

  /** Whether a sentence may open with an imperative: a quick test that never rejects one. */
  boolean mayOpen(List<Word> w) {
    int i = leadingPhraseEnd(w);
    return i >= 0 && (mayBeVerb(w.get(i), !afterComma(w, i)) || w.get(i).norm().equals("have"));
  }

  /**
   * "Have the OSCE monitor the ceasefire": "have" before a party or a determiner opens a causative
   * imperative.
   */
  private boolean causative(List<Word> w, int i, boolean party) {
    return w.get(i).norm().equals("have")
        && Character.isUpperCase(w.get(i).text().charAt(0))
        && (party || cues.determiners.contains(w.get(i + 1).norm()));
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

  /**
   * The first word after a run-in heading ("Foreign financial institution.—The term …"), or after
   * an abbreviation, whose full stop did not end the sentence: 0 when there is none.
   */
  private static int runInHeadingEnd(List<Word> w) {
    for (int i = 0; i + 1 < w.size(); i++) {
      if (w.get(i).after().equals(".")) {
        return i + 1;
      }
    }
    return 0;
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
   * Where the verb of an imperative would be: the first word (after a run-in heading), or, when the
   * sentence opens with a preposition, the first word after the first comma; -1 when there is no
   * such word.
   */
  private int leadingPhraseEnd(List<Word> w) {
    int start = runInHeadingEnd(w);
    if (start >= w.size()) {
      return -1;
    }
    if (!cues.prepositions.contains(w.get(start).norm())) {
      return start;
    }
    for (int i = start; i + 1 < w.size(); i++) {
      String after = w.get(i).after();
      if (after.equals(",")) {
        return i + 1;
      }
      if (Word.isBreak(after)) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * A word that may be a verb in its base form: capitalised (not in capitals) when it opens the
   * sentence, in lower case after a leading phrase; letters only, no inflection (-s, -ed, -ing,
   * -ly), no adjective or noun ending ("-able" past six letters: "Renewable", not "Enable"), and
   * none of the words that open a clause otherwise (determiners, prepositions, pronouns,
   * subordinators, modals, verbs of state).
   */
  private boolean mayBeVerb(Word word, boolean opens) {
    String n = word.norm();
    char c = word.text().charAt(0);
    if (n.length() < 2
        || (opens ? !Character.isUpperCase(c) : !Character.isLowerCase(c))
        || !n.chars().allMatch(Character::isLetter)
        || inflected(n)
        || word.text().length() > 1 && Character.isUpperCase(word.text().charAt(1))
        || ADJECTIVE_ENDINGS.stream().anyMatch(n::endsWith)
        || NOUN_ENDINGS.stream().anyMatch(n::endsWith) && !n.endsWith("plement")
        || n.endsWith("able") && n.length() > "enable".length()) {
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
