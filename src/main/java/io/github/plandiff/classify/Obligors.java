package io.github.plandiff.classify;

import io.github.plandiff.model.Commitment;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Who a part of a sentence binds: the parties of its subject ("Russia and NATO will"), or of the
 * agent of a passive ("will be overseen by a Peace Council"); the parties it names after "to",
 * "with", "between" and the like, or as the subject of a passive ("Ukraine is to be given"), are
 * its counterparties. A party after a preposition in the subject ("funds frozen in Europe") is
 * neither.
 */
final class Obligors {

  /**
   * The parties of a part.
   *
   * @param obligors the parties bound, or {@code ["unspecified"]}
   * @param counterparties the other parties named as beneficiaries or partners
   * @param negated whether a negator heads the subject or follows the modal closely
   * @param negatedSubject whether a negator heads the subject ("No funds may be used"), which
   *     negates the modal as "may not" would
   */
  record Found(
      List<String> obligors,
      List<String> counterparties,
      boolean negated,
      boolean negatedSubject) {}

  /** Words of a subject's head before a possessive "of": "the Verkhovna Rada of Ukraine". */
  private static final int HEAD_WORDS = 4;

  private final CommitmentCues cues;

  Obligors(CommitmentCues cues) {
    this.cues = cues;
  }

  /**
   * The parties of a part.
   *
   * @param w the sentence's words
   * @param mentions the party mentions of the sentence, outside its conditions
   * @param part the part
   * @param endWord the part's last word
   * @param negations for each word, whether it negates (outside deadlines like "no later than" and
   *     exceptions like "not only")
   */
  Found find(
      List<Word> w,
      List<Mention> mentions,
      CommitmentParts.Part part,
      int endWord,
      boolean[] negations) {
    List<Mention> subject =
        MentionWords.inRange(w, mentions, part.subject(), relativeStart(w, part));
    List<Mention> afterPreposition = governed(w, subject, part.subject(), cues.prepositions);
    afterPreposition.removeAll(possessive(w, subject, part.subject(), part.modal()));
    subject.removeAll(afterPreposition);
    List<String> subjectNames = MentionWords.names(subject);
    subjectNames.addAll(collectives(w, part.subject(), part.modal()));
    List<Mention> predicate = MentionWords.inRange(w, mentions, part.last() + 1, endWord + 1);
    int participle = participle(w, part.last());
    List<String> obligors = new ArrayList<>();
    List<String> counterparties = new ArrayList<>();
    if (participle >= 0) {
      obligors.addAll(MentionWords.names(agents(w, predicate, participle)));
      counterparties.addAll(MentionWords.names(leading(w, subject, part.subject())));
    } else {
      obligors.addAll(subjectNames);
      counterparties.addAll(MentionWords.names(indirectObject(w, predicate, part.last())));
    }
    if (obligors.isEmpty()) {
      obligors.addAll(MentionWords.names(discretion(w, predicate)));
    }
    counterparties.addAll(
        MentionWords.names(governed(w, predicate, part.last() + 1, cues.counterpartyMarkers)));
    List<String> bound = MentionWords.distinct(obligors);
    if (bound.isEmpty() && part.imperative()) {
      bound = List.of(cues.imperativeObligor);
    }
    if (bound.isEmpty()) {
      bound = List.of(Commitment.UNSPECIFIED);
    }
    List<String> others = MentionWords.distinct(counterparties);
    others.removeAll(bound);
    return new Found(
        bound,
        others,
        CommitmentNegations.negates(w, part, endWord, negations, cues.negators),
        CommitmentNegations.headsSubject(w, part, negations, cues.negators));
  }

  /**
   * The parties after "of" right after the subject's head ("the Government of Ukraine", "the
   * Verkhovna Rada of Ukraine"), which the subject belongs to as it would with a possessive: the
   * first "of" of the subject, within {@link #HEAD_WORDS} words of its start, with no other
   * preposition, relative word or break before it.
   */
  private List<Mention> possessive(List<Word> w, List<Mention> subject, int from, int modal) {
    for (int i = from; i < modal && i - from <= HEAD_WORDS; i++) {
      String n = w.get(i).norm();
      if (cues.possessiveMarkers.contains(n)) {
        return i == from ? List.of() : governed(w, subject, i, cues.possessiveMarkers);
      }
      if (cues.prepositions.contains(n)
          || cues.relativizers.contains(n)
          || CommitmentParts.breaksAfter(w, i)) {
        return List.of();
      }
    }
    return List.of();
  }

  /** Where a relative clause in the subject starts, or the modal when there is none. */
  private int relativeStart(List<Word> w, CommitmentParts.Part part) {
    for (int i = part.subject() + 1; i < part.modal() - 1; i++) {
      if (cues.relativizers.contains(w.get(i).norm())) {
        return i;
      }
    }
    return part.modal();
  }

  /**
   * The subject's parties that head it ("Ukraine is to be given", "Ukraine's status is to be
   * confirmed"), not those that qualify a later noun ("any frozen Russian money").
   */
  private List<Mention> leading(List<Word> w, List<Mention> subject, int from) {
    List<Mention> out = new ArrayList<>();
    int next = from;
    while (next < w.size() && cues.determiners.contains(w.get(next).norm())) {
      next++;
    }
    for (Mention m : subject) {
      int a = MentionWords.wordAt(w, m.start());
      boolean joined = a == next + 1 && (isAndOr(w.get(next)) || a > 0 && !out.isEmpty());
      if (a == next || !out.isEmpty() && joined) {
        out.add(m);
        next = MentionWords.wordAt(w, m.end() - 1) + 1;
      } else {
        break;
      }
    }
    return out;
  }

  /**
   * The parties a part leaves the matter to ("products may, at the discretion of the Secretary, be
   * deposited"): whose discretion it is holds the permission when no subject or agent names one.
   */
  private List<Mention> discretion(List<Word> w, List<Mention> predicate) {
    List<Mention> out = new ArrayList<>();
    for (Mention m : predicate) {
      int p = MentionWords.wordAt(w, m.start()) - 1;
      while (p > 1 && cues.determiners.contains(w.get(p).norm())) {
        p--;
      }
      if (p > 1 && w.get(p).norm().equals("of") && w.get(p - 1).norm().equals("discretion")) {
        out.add(m);
      }
    }
    return out;
  }

  /** The passive's participle after the modal ending at word {@code last}, or -1 when active. */
  private int participle(List<Word> w, int last) {
    int j = skipAdverbs(w, last + 1);
    if (j >= w.size() || !cues.passiveAuxiliaries.contains(w.get(j).norm())) {
      return -1;
    }
    int k = skipAdverbs(w, j + 1);
    return k < w.size() && cues.isParticiple(w.get(k)) ? k : -1;
  }

  private int skipAdverbs(List<Word> w, int from) {
    int j = from;
    while (j < w.size()
        && (CommitmentCues.isAdverb(w.get(j)) || cues.negators.contains(w.get(j).norm()))) {
      j++;
    }
    return j;
  }

  /**
   * The agents right after a passive's participles: "overseen and guaranteed by a Peace Council".
   */
  private List<Mention> agents(List<Word> w, List<Mention> predicate, int participle) {
    int t = participle + 1;
    while (t < w.size()
        && (cues.isParticiple(w.get(t))
            || CommitmentCues.isAdverb(w.get(t))
            || cues.coordinators.contains(w.get(t).norm()))) {
      t++;
    }
    t += adverbialPhrase(w, t);
    if (t >= w.size() || !cues.agentMarkers.contains(w.get(t).norm())) {
      return List.of();
    }
    return governed(w, predicate, t, cues.agentMarkers);
  }

  /**
   * The length of a preposition and one word before an agent ("approved in advance by", "agreed in
   * writing by"): 2, or 0 when there is none.
   */
  private int adverbialPhrase(List<Word> w, int t) {
    boolean phrase =
        t + 2 < w.size()
            && cues.prepositions.contains(w.get(t).norm())
            && !cues.agentMarkers.contains(w.get(t).norm())
            && !cues.determiners.contains(w.get(t + 1).norm())
            && w.get(t).after().isEmpty()
            && w.get(t + 1).after().isEmpty()
            && cues.agentMarkers.contains(w.get(t + 2).norm());
    return phrase ? 2 : 0;
  }

  /** "will give Ukraine guarantees": a party right after the verb that follows the modal. */
  private List<Mention> indirectObject(List<Word> w, List<Mention> predicate, int last) {
    int verb = last + 1;
    if (verb >= w.size()
        || cues.prepositions.contains(w.get(verb).norm())
        || cues.determiners.contains(w.get(verb).norm())) {
      return List.of();
    }
    for (Mention m : predicate) {
      if (MentionWords.wordAt(w, m.start()) == verb + 1) {
        return List.of(m);
      }
    }
    return List.of();
  }

  /**
   * The mentions right after one of the markers (determiners skipped), and those joined to such a
   * mention by "and", "or" or a comma ("between the United States and Russia").
   */
  private List<Mention> governed(
      List<Word> w, List<Mention> mentions, int from, Set<String> markers) {
    List<Mention> out = new ArrayList<>();
    int lastEnd = -1;
    for (Mention m : mentions) {
      int a = MentionWords.wordAt(w, m.start());
      int p = a - 1;
      while (p >= from && cues.determiners.contains(w.get(p).norm())) {
        p--;
      }
      boolean marked = p >= from && markers.contains(w.get(p).norm());
      boolean chained =
          lastEnd >= 0
              && (p == lastEnd && CommitmentParts.breaksAfter(w, p)
                  || p - 1 == lastEnd && isAndOr(w.get(p)));
      if (marked || chained) {
        out.add(m);
        lastEnd = MentionWords.wordAt(w, m.end() - 1);
      }
    }
    return out;
  }

  private static boolean isAndOr(Word word) {
    return word.norm().equals("and") || word.norm().equals("or");
  }

  private List<String> collectives(List<Word> w, int from, int to) {
    List<String> out = new ArrayList<>();
    for (int i = from; i < to; i++) {
      PhraseSet.Match<String> m = cues.collectives.at(w, i);
      if (m != null && m.to() <= to) {
        out.add(m.value());
        i = m.to() - 1;
      }
    }
    return out;
  }
}
