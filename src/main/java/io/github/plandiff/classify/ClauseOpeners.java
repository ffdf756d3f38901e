package io.github.plandiff.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Rules of legal drafting about how the clause of a commitment opens, before its subject: the
 * proviso formula of a statute ("Provided, That", "Provided further, That") opens a provision with
 * a subject of its own and sets no condition; a subordinating conjunction before a noun phrase
 * ("before a transfer may take place", "that a severe increase will result") opens a dependent
 * clause whose modal binds no one; a subject never opens with "and" or "or", so such a clause is
 * the last of a list of subjects ("each department, agency, or organization …, and the Department
 * of the Treasury shall").
 */
final class ClauseOpeners {

  /** The conjunctions that join the last item of a list ("A, B, and C"). */
  private static final Set<String> LIST_CONJUNCTIONS = Set.of("and", "or", "nor");

  /** Words that open an indirect question. */
  private static final Set<String> INTERROGATIVES = Set.of("how", "whether", "what", "why");

  /** Conjunctions that open an adverbial clause inside a commitment's predicate. */
  private static final Set<String> ADVERBIAL =
      Set.of("as", "if", "when", "whenever", "unless", "once", "because", "although", "though");

  /** Relative pronouns that open a clause of their own ("which", not "that"). */
  private static final Set<String> RELATIVES = Set.of("which", "who", "whom", "whose");

  private final CommitmentCues cues;

  ClauseOpeners(CommitmentCues cues) {
    this.cues = cues;
  }

  /** The conditions of a sentence without the proviso formulas matched as "provided that". */
  static List<Mention> withoutProvisos(List<Word> w, List<Mention> conditions) {
    List<Mention> out = new ArrayList<>();
    for (Mention m : conditions) {
      int i = MentionWords.wordAt(w, m.start());
      if (!isProvided(w.get(i))) {
        out.add(m);
      }
    }
    return out;
  }

  /** "Provided," with a capital and a comma: the head of a statute's proviso. */
  private static boolean isProvided(Word word) {
    return word.text().equals("Provided") && word.after().equals(",");
  }

  /**
   * The first word of a subject after a proviso's "That" ("Provided, That the Secretary may", or
   * "Provided further, That none of the funds shall"), or {@code subject} when none precedes it.
   */
  int afterProviso(List<Word> w, int subject, int modal) {
    if (subject <= 0 || subject + 1 >= modal || !w.get(subject).norm().equals("that")) {
      return subject;
    }
    Word before = w.get(subject - 1);
    boolean further = before.norm().equals("further") && before.after().equals(",") && subject > 1;
    return isProvided(before) || further && w.get(subject - 2).text().equals("Provided")
        ? subject + 1
        : subject;
  }

  /**
   * Whether the subject opens with a subordinating conjunction (not a relative pronoun) before a
   * determiner: "before a transfer may take place", "that a severe increase will likely result". A
   * "that" after a commitment of the sentence, not in a subordinate clause, opens another of its
   * kind: "Provided, That amounts shall not be expended, that all counseling shall be
   * nondirective".
   *
   * <p>A clause is never subordinate when the sentence has no other modal to be its main clause
   * ("And, that the amount credited shall remain available"), nor when a dash follows the
   * conjunction ("if— (A) …; the individual may elect"), which then leads in a list of conditions.
   *
   * @param afterCommitment whether a commitment of the sentence comes right before, outside a
   *     subordinate clause
   * @param mainClause whether the sentence has another modal that may head its main clause
   */
  boolean opensSubordinateClause(
      List<Word> w, int subject, int modal, boolean afterCommitment, boolean mainClause) {
    if (!mainClause || subject + 1 >= modal) {
      return false;
    }
    if (adverbialBefore(w, subject, modal)) {
      return true;
    }
    if (!w.get(subject).after().isEmpty()) {
      return false;
    }
    String first = w.get(subject).norm();
    boolean relative = cues.relativizers.contains(first) && !first.equals("that");
    boolean opens =
        cues.subordinators.contains(first)
            && !relative
            && cues.determiners.contains(w.get(subject + 1).norm());
    return opens && !(first.equals("that") && afterCommitment);
  }

  /**
   * Whether an adverbial conjunction before a determiner opens the modal's clause after a verb
   * phrase, with no break between ("to be expended as the Chief Justice may approve", "used as the
   * Secretary may determine").
   */
  private boolean adverbialBefore(List<Word> w, int subject, int modal) {
    if (CommitmentParts.breaksAfter(w, modal - 1)) {
      return false;
    }
    for (int i = modal - 2; i > subject && !CommitmentParts.breaksAfter(w, i); i--) {
      if (ADVERBIAL.contains(w.get(i).norm()) && cues.determiners.contains(w.get(i + 1).norm())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a verb of state comes before word {@code opener} in its clause: the relative clause is
   * then in the complement of a main verb without a modal ("is hereby fixed at $19,947 except
   * station wagons for which the maximum shall be $19,997"), not in a subject.
   */
  private boolean afterMainVerb(List<Word> w, int opener) {
    for (int i = opener - 1; i >= 0; i--) {
      if (cues.stateVerbs.contains(w.get(i).norm())) {
        return true;
      }
      if (i > 0 && CommitmentParts.breaksAfter(w, i - 1)) {
        return false;
      }
    }
    return false;
  }

  /**
   * Where the subject of a sentence's first commitment starts: the sentence's start when the clause
   * before the modal opens with "and", "or" or "nor" ("…, and the Department of the Treasury
   * shall"), {@code from} otherwise.
   */
  int firstSubjectStart(List<Word> w, int from) {
    return from > 0 && LIST_CONJUNCTIONS.contains(w.get(from).norm()) ? 0 : from;
  }

  /**
   * Whether the modal at word {@code m} is in a relative clause that opens the sentence or opens
   * right after a break ("$267,500,000, of which not less than $12,000,000 shall be available", ",
   * which shall be available as follows", "…, and of which $5,000 shall"), or whose pronoun is the
   * modal's subject ("security, or defense which may arise"), or that follows "for which" or the
   * like in the complement of a main verb without a modal: with no commitment nor a modal that
   * governs it before it ("consents to an amendment under which it will"), it is no commitment of
   * its own. Not a relative inside the subject ("the line on which troops stand will be frozen").
   */
  boolean inRelativeClause(List<Word> w, int m) {
    for (int i = m - 1; i > 0 && !CommitmentParts.breaksAfter(w, i); i--) {
      if (RELATIVES.contains(w.get(i).norm())) {
        if (i == m - 1) {
          return true;
        }
        int opener = cues.prepositions.contains(w.get(i - 1).norm()) ? i - 1 : i;
        if (opener > 0 && cues.coordinators.contains(w.get(opener - 1).norm())) {
          opener--;
        }
        return opener == 0
            || CommitmentParts.breaksAfter(w, opener - 1)
            || opener < i && afterMainVerb(w, opener);
      }
    }
    return false;
  }

  /**
   * Whether the subject of the modal at word {@code m}, past its prepositions, opens with an
   * interrogative ("and on how these districts are to be governed"): the modal is in an indirect
   * question, a dependent clause of the commitment before it. Not "if" or "when", which open a
   * condition before a subject of its own ("and if necessary NATO will").
   */
  boolean opensDependentClause(List<Word> w, int subject, int m) {
    int i = subject;
    while (i < m && cues.prepositions.contains(w.get(i).norm())) {
      i++;
    }
    return i < m && INTERROGATIVES.contains(w.get(i).norm());
  }

  /**
   * Whether "under which", "to whom" or the like comes before the modal at word {@code m} with no
   * break between ("that" opens no such clause after a preposition): the modal then continues the
   * commitment before it, as after a pronoun ("consents to an amendment under which it will not").
   */
  boolean inPrepositionalRelative(List<Word> w, int m) {
    for (int i = m - 1; i > 0 && !CommitmentParts.breaksAfter(w, i); i--) {
      String word = w.get(i).norm();
      if (cues.relativizers.contains(word)
          && !word.equals("that")
          && cues.prepositions.contains(w.get(i - 1).norm())) {
        return true;
      }
    }
    return false;
  }
}
