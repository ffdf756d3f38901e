package io.github.plandiff.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a sentence into its commitments: each modal with a subject of its own starts one ("Russia
 * will withdraw, and Ukraine will hold elections" is two); a modal right after a pronoun, a
 * coordinator or a comma continues the one before it ("Russia will adopt the law and will ratify
 * it", "the line will be frozen, which will amount to recognition").
 */
final class CommitmentParts {

  /**
   * One commitment of a sentence, in word indexes of the sentence.
   *
   * @param from the first word of the part (a coordinator that joins it included)
   * @param subject the first word of its subject
   * @param modal the first word of its first modal
   * @param last the last word of its first modal
   * @param hits its modals, the first one first
   * @param imperative whether it is an imperative provision, which binds every party
   */
  record Part(
      int from,
      int subject,
      int modal,
      int last,
      List<Features.ModalHit> hits,
      boolean imperative) {}

  private final CommitmentCues cues;

  private final ClauseOpeners openers;

  private final ClauseSubjects subjects;

  /**
   * Words that, at the head of a subject, make "is to" a statement of purpose ("purpose", "aim").
   */
  private final Set<String> purposes;

  CommitmentParts(CommitmentCues cues, Set<String> purposes) {
    this.cues = cues;
    this.openers = new ClauseOpeners(cues);
    this.subjects = new ClauseSubjects(cues, openers);
    this.purposes = purposes;
  }

  /**
   * The parts of a sentence.
   *
   * @param w the sentence's words
   * @param modals its modals
   * @param reported which words a reporting frame governs
   * @param partyEdges for each word, 1 when a party mention starts there, 2 when one ends there
   */
  List<Part> split(
      List<Word> w, List<Features.ModalHit> modals, boolean[] reported, int[] partyEdges) {
    List<Features.ModalHit> hits = ModalCandidates.of(w, modals, reported, cues);
    List<Part> parts = new ArrayList<>();
    int previousEnd = -1;
    boolean subordinate = false;
    for (int h = 0; h < hits.size(); h++) {
      Features.ModalHit hit = hits.get(h);
      int m = hit.wordIndex();
      if (h + 1 < hits.size() && embedded(w, hit, hits.get(h + 1))) {
        continue;
      }
      int last = lastWord(w, hit.end());
      int[] clause = subjects.clause(w, m, previousEnd, partyEdges);
      int from = clause[0];
      int subject = clause[1];
      previousEnd = last;
      boolean mainClause = !parts.isEmpty() || h + 1 < hits.size();
      subordinate =
          openers.opensSubordinateClause(
              w, subject, m, !parts.isEmpty() && !subordinate, mainClause);
      if (statesPurpose(w, subject, hit) || subordinate) {
        continue;
      }
      boolean governed = h > 0 && embedded(w, hits.get(h - 1), hit);
      if (parts.isEmpty() && !governed && openers.inRelativeClause(w, m)) {
        continue;
      }
      if (parts.isEmpty()) {
        parts.add(
            new Part(
                0, firstSubject(w, subject, m), m, last, new ArrayList<>(List.of(hit)), false));
      } else if (continuesPrevious(w, subject, m)) {
        Part previous = parts.get(parts.size() - 1);
        if (changesModality(w, subject, previous, hit)) {
          parts.add(sharingSubject(w, previous, hit, last));
        } else {
          previous.hits().add(hit);
        }
      } else {
        parts.add(new Part(from, subject, m, last, new ArrayList<>(List.of(hit)), false));
      }
    }
    return parts;
  }

  /**
   * Whether the modal at word {@code m} continues the commitment before it: it has no subject of
   * its own, or a pronoun, a coordinator, a prepositional relative or a dependent clause opens it.
   */
  private boolean continuesPrevious(List<Word> w, int subject, int m) {
    String before = w.get(m - 1).norm();
    return subject >= m
        || cues.pronouns.contains(before)
        || cues.coordinators.contains(before)
        || openers.inPrepositionalRelative(w, m)
        || openers.opensDependentClause(w, subject, m);
  }

  /**
   * Whether a modal with no subject of its own, joined by a coordinator, changes the modality of
   * the commitment before it: "up to $33,500,000 may be transferred … and shall be available for …"
   * grants a permission, then sets a duty, under one subject: two commitments.
   */
  private boolean changesModality(List<Word> w, int subject, Part previous, Features.ModalHit hit) {
    int m = hit.wordIndex();
    boolean joined = subject >= m || cues.coordinators.contains(w.get(m - 1).norm());
    return joined
        && CommitmentReader.modality(previous.hits().get(0).strength())
            != CommitmentReader.modality(hit.strength());
  }

  /**
   * A commitment that shares the subject of the one before it: it starts at the coordinator before
   * its modal and reads its parties from the earlier subject.
   */
  private Part sharingSubject(List<Word> w, Part previous, Features.ModalHit hit, int last) {
    int from = hit.wordIndex();
    while (from - 1 > previous.last()
        && !breaksAfter(w, from - 1)
        && !cues.coordinators.contains(w.get(from).norm())) {
      from--;
    }
    return new Part(
        from, previous.subject(), previous.modal(), last, new ArrayList<>(List.of(hit)), false);
  }

  /**
   * The subject of a sentence's first commitment. "Ukraine confirms that it will": with no
   * commitment before it, a pronoun or an empty subject stands for the parties named earlier in the
   * sentence.
   */
  private int firstSubject(List<Word> w, int subject, int m) {
    return subject >= m || cues.pronouns.contains(w.get(m - 1).norm())
        ? subjects.skipCoordinators(w, 0, m)
        : subject;
  }

  /**
   * Whether "is to" or "are to" states the purpose of its subject rather than a duty: "The purpose
   * of that vehicle is to deepen ties" (a word of the lexicon's modal blockers, "purpose", "aim",
   * "goal", …, heads the subject).
   */
  private boolean statesPurpose(List<Word> w, int subject, Features.ModalHit hit) {
    List<String> phrase = PhraseSet.wordsOf(hit.phrase());
    boolean copular =
        phrase.size() == 2
            && (phrase.get(0).equals("is") || phrase.get(0).equals("are"))
            && phrase.get(1).equals("to");
    int head = subject;
    while (head < hit.wordIndex() && cues.determiners.contains(w.get(head).norm())) {
      head++;
    }
    return copular && head < hit.wordIndex() && purposes.contains(w.get(head).norm());
  }

  /**
   * Whether a modal belongs to the subject or the complement of the next one, with no break and no
   * coordinator between them: "the amount that the Secretary may transfer may not exceed", "NATO
   * agrees that it will not deploy". Not when a relative pronoun opens the next one's clause
   * ("shall maintain an account that shall consist of"): that one is the relative clause. Two
   * commitments of one sentence are joined by a comma, a semicolon or a coordinator; without one,
   * the next modal is the one that binds.
   */
  private boolean embedded(List<Word> w, Features.ModalHit hit, Features.ModalHit next) {
    if (cues.relativizers.contains(w.get(next.wordIndex() - 1).norm())) {
      return false;
    }
    int last = lastWord(w, hit.end());
    for (int i = last; i < next.wordIndex(); i++) {
      if (breaksAfter(w, i)
          || i > last && cues.coordinators.contains(w.get(i).norm())
          || i > last && opensBracketedRelative(w.get(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a relative clause in brackets opens at this word: "shall submit a report (which shall
   * be submitted in unclassified form)" — the modal before it binds on its own.
   */
  private boolean opensBracketedRelative(Word word) {
    return word.before().startsWith("(") && cues.relativizers.contains(word.norm());
  }

  /** The index of the last word that starts before {@code end}. */
  static int lastWord(List<Word> w, int end) {
    int k = 0;
    while (k + 1 < w.size() && w.get(k + 1).start() < end) {
      k++;
    }
    return k;
  }

  /**
   * Whether a break follows word {@code i}: , ; : or ) right after it, or after its closing quote
   * (“HIDTAs”), of which): a quote hides no break.
   */
  static boolean breaksAfter(List<Word> w, int i) {
    String after = w.get(i).after();
    if (Word.isBreak(after)) {
      return true;
    }
    boolean quote = after.equals("\"") || after.equals("'");
    return quote
        && i + 1 < w.size()
        && w.get(i + 1).opensClause()
        && w.get(i + 1).before().isEmpty();
  }
}
