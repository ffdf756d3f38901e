package io.github.plandiff.classify;

import java.util.List;
import java.util.Optional;

/**
 * Provisions in the present tense that a reader of a treaty takes for binding: a verb right after a
 * subject that is a party ("the OSCE ensures that …", "Both sides pull all heavy weapons back"),
 * which binds the subject. Read only in a sentence where no modal or imperative makes a commitment.
 * A verb that states, reports or proposes ("is", "remains", "finds", "proposes"), a subject inside
 * a dependent clause ("whether Ukraine becomes …", "proposes that Russia run …") and a verb
 * followed by a reporting frame ("proceed on the assumption that") make none.
 */
final class PlainProvisions {

  /** Words after the verb within which a reporting frame makes the verb report, not act. */
  private static final int FRAME_REACH = 3;

  /** Words of a subject's head before a possessive "of": "the Verkhovna Rada of Ukraine". */
  private static final int HEAD_WORDS = 4;

  private final CommitmentCues cues;
  private final PhraseSet<String> reportingFrames;

  PlainProvisions(CommitmentCues cues, PhraseSet<String> reportingFrames) {
    this.cues = cues;
    this.reportingFrames = reportingFrames;
  }

  /**
   * Whether a sentence may hold such a provision: it names a party or a collective. A quick test
   * that never rejects one.
   */
  boolean mayHold(List<Word> w, boolean namesParty) {
    if (namesParty) {
      return true;
    }
    for (int i = 0; i < w.size(); i++) {
      if (cues.collectives.at(w, i) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * The present-tense provision of a sentence, as a part whose "modal" is its verb.
   *
   * @param w the sentence's words
   * @param partyEdges for each word, 1 when a party mention starts there, 2 when one ends there
   * @param reported which words a reporting frame governs
   */
  Optional<CommitmentParts.Part> find(List<Word> w, int[] partyEdges, boolean[] reported) {
    for (int v = 1; v < w.size(); v++) {
      int end = v - 1;
      while (end > 0 && CommitmentCues.isAdverb(w.get(end))) {
        end--;
      }
      boolean party = (partyEdges[end] & 2) != 0;
      boolean collective = collectiveEndingAt(w, end) >= 0;
      if (!party && !collective || CommitmentParts.breaksAfter(w, end)) {
        continue;
      }
      int first = collective ? collectiveEndingAt(w, end) : mentionStart(partyEdges, end);
      boolean plural =
          collective
              || joined(w, partyEdges, first)
              || PartyNames.endsPluralActor(w.get(end).norm());
      first = listStart(w, partyEdges, first);
      int subject = subjectStart(w, partyEdges, first);
      if (subject >= 0 && headed(w, subject, first) && presentVerb(w, v, plural, reported)) {
        return Optional.of(Imperatives.part(subject, v, false));
      }
    }
    return Optional.empty();
  }

  /**
   * A verb in the present tense right after the subject: "-s" after one party ("the OSCE ensures"),
   * the base form after several or a collective ("Both sides pull"); in lower case, not a verb of
   * state, not governed or closely followed by a reporting frame.
   */
  private boolean presentVerb(List<Word> w, int v, boolean plural, boolean[] reported) {
    Word word = w.get(v);
    String n = word.norm();
    if (!Character.isLowerCase(word.text().charAt(0))
        || !n.chars().allMatch(Character::isLetter)
        || reported[v]
        || cues.stateVerbs.contains(n)
        || cues.subordinators.contains(n)
        || cues.determiners.contains(n)
        || cues.prepositions.contains(n)
        || cues.coordinators.contains(n)
        || cues.sentenceOpeners.contains(n)) {
      return false;
    }
    boolean form =
        plural
            ? !Imperatives.inflected(n)
            : n.length() > 3
                && n.endsWith("s")
                && !n.endsWith("ss")
                && !n.endsWith("us")
                && !n.endsWith("is");
    return form && !frameFollows(w, v) && (v + 1 >= w.size() || !nounBefore(w.get(v + 1)));
  }

  /**
   * Whether the word after a possible verb shows it to be a noun that the party qualifies: a verb
   * of state, a modal, a participle or "to" ("United States officials have assisted", "United
   * Nations programs administered", "United States entities to export").
   */
  private boolean nounBefore(Word next) {
    String n = next.norm();
    return cues.stateVerbs.contains(n)
        || cues.sentenceOpeners.contains(n)
        || cues.isParticiple(next)
        || n.equals("to");
  }

  private boolean frameFollows(List<Word> w, int v) {
    for (int i = v + 1; i < w.size() && i <= v + FRAME_REACH; i++) {
      if (reportingFrames.at(w, i) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the subject that holds the party starting at word {@code first} starts: after the last
   * break before it that does not separate two parties of a list, or -1 when a subordinator comes
   * between (the party is in a dependent clause).
   */
  private int subjectStart(List<Word> w, int[] partyEdges, int first) {
    int i = first;
    while (i > 0 && (!CommitmentParts.breaksAfter(w, i - 1) || list(partyEdges, i))) {
      if (cues.subordinators.contains(w.get(i - 1).norm())) {
        return -1;
      }
      i--;
    }
    return i;
  }

  /**
   * Whether the words before the party at word {@code first} leave it the subject: none, a leading
   * phrase that opens with a preposition ("For this purpose Ukraine takes back"), determiners, or
   * the head of the subject before a possessive "of" ("the Verkhovna Rada of Ukraine adopts"), but
   * not a verb ("encourages United States officials to …").
   */
  private boolean headed(List<Word> w, int subject, int first) {
    if (subject == first || cues.prepositions.contains(w.get(subject).norm())) {
      return true;
    }
    int p = first - 1;
    while (p >= subject && cues.determiners.contains(w.get(p).norm())) {
      p--;
    }
    if (p < subject) {
      return true;
    }
    Word opener = w.get(subject);
    boolean head =
        cues.determiners.contains(opener.norm()) || Character.isUpperCase(opener.text().charAt(0));
    return head && p - subject <= HEAD_WORDS && cues.possessiveMarkers.contains(w.get(p).norm());
  }

  /** Whether a party ends right before word {@code i} and another starts there. */
  private static boolean list(int[] partyEdges, int i) {
    return (partyEdges[i - 1] & 2) != 0 && (partyEdges[i] & 1) != 0;
  }

  /** The first word of a collective ("both sides") that ends at word {@code end}, or -1. */
  private int collectiveEndingAt(List<Word> w, int end) {
    for (int i = Math.max(0, end - 4); i <= end; i++) {
      PhraseSet.Match<String> m = cues.collectives.at(w, i);
      if (m != null && m.to() == end + 1) {
        return i;
      }
    }
    return -1;
  }

  private static int mentionStart(int[] partyEdges, int end) {
    int i = end;
    while (i > 0 && (partyEdges[i] & 1) == 0) {
      i--;
    }
    return i;
  }

  /** The first word of the list of parties that the party starting at word {@code first} ends. */
  private int listStart(List<Word> w, int[] partyEdges, int first) {
    int i = first;
    while (joined(w, partyEdges, i)) {
      int previousEnd = cues.coordinators.contains(w.get(i - 1).norm()) ? i - 2 : i - 1;
      i = mentionStart(partyEdges, previousEnd);
    }
    return i;
  }

  /**
   * Whether the party starting at word {@code first} ends a list of parties ("Russia and NATO").
   */
  private boolean joined(List<Word> w, int[] partyEdges, int first) {
    if (first < 2) {
      return false;
    }
    boolean and = cues.coordinators.contains(w.get(first - 1).norm());
    return and && (partyEdges[first - 2] & 2) != 0
        || CommitmentParts.breaksAfter(w, first - 1) && (partyEdges[first - 1] & 2) != 0;
  }
}
