package io.github.plandiff.classify;

import java.util.List;

/**
 * Where the clause of a modal starts, and where its subject starts: after the break before it, past
 * parentheticals and prepositional phrases set off by commas, at the last coordinator after an
 * earlier commitment, after a statute's proviso formula.
 */
final class ClauseSubjects {

  private final CommitmentCues cues;

  private final ClauseOpeners openers;

  ClauseSubjects(CommitmentCues cues, ClauseOpeners openers) {
    this.cues = cues;
    this.openers = openers;
  }

  /** Where the clause of the modal at word {@code m} starts, and where its subject starts. */
  int[] clause(List<Word> w, int m, int previousEnd, int[] partyEdges) {
    int plain = regionStart(w, m, previousEnd, partyEdges);
    int region = pastPrepositionalPhrases(w, plain, m, previousEnd);
    int proviso = openers.afterProviso(w, region, m);
    if (proviso > region) {
      return new int[] {region, skipCoordinators(w, proviso, m)};
    }
    int end = region < plain ? segmentEnd(w, region) : m;
    int from =
        previousEnd >= 0
            ? lastCoordinator(w, region, end, partyEdges)
            : openers.firstSubjectStart(w, region);
    return new int[] {from, pastConjunction(w, skipCoordinators(w, from, m), m)};
  }

  /**
   * The subject after a preposition that opens a clause with "that" ("except that the Center is
   * authorized to"): from the "that" on.
   */
  private int pastConjunction(List<Word> w, int subject, int m) {
    boolean opens =
        subject + 2 < m
            && cues.prepositions.contains(w.get(subject).norm())
            && w.get(subject + 1).norm().equals("that");
    return opens ? subject + 1 : subject;
  }

  /**
   * Where the subject of the modal at word {@code m} may start: after the previous modal, and after
   * the last , ; : or ) before {@code m} that does not separate two parties of a list ("Russia,
   * Ukraine and Europe will") and does not close a parenthetical.
   */
  private int regionStart(List<Word> w, int m, int previousEnd, int[] partyEdges) {
    int i = parentheticalStart(w, m, previousEnd);
    while (i - 1 > previousEnd) {
      boolean list = i < m && (partyEdges[i - 1] & 2) != 0 && (partyEdges[i] & 1) != 0;
      if (CommitmentParts.breaksAfter(w, i - 1) && !list && !inlineLabel(w, i - 1)) {
        break;
      }
      i--;
    }
    return i;
  }

  /**
   * The first word of the stretch without a break that ends at word {@code k}, not before {@code
   * floor + 1}.
   */
  private static int segmentStart(List<Word> w, int k, int floor) {
    int i = k;
    while (i - 1 > floor && !CommitmentParts.breaksAfter(w, i - 1)) {
      i--;
    }
    return i;
  }

  /** The index after the first word from {@code from} on that a break follows. */
  static int segmentEnd(List<Word> w, int from) {
    int i = from;
    while (i + 1 < w.size() && !CommitmentParts.breaksAfter(w, i)) {
      i++;
    }
    return i + 1;
  }

  /**
   * Where the subject starts when the clause before the modal opens with a phrase set off by a
   * comma that opens with a preposition and is no relative clause: before it ("the Secretary of the
   * Treasury, in coordination with the Administrator, as appropriate, shall submit").
   */
  private int pastPrepositionalPhrases(List<Word> w, int start, int m, int previousEnd) {
    int i = start;
    while (i - 1 > previousEnd
        && i + 1 < m
        && w.get(i - 1).after().equals(",")
        && cues.prepositions.contains(w.get(i).norm())
        && !cues.relativizers.contains(w.get(i + 1).norm())) {
      i = segmentStart(w, i - 1, previousEnd);
    }
    return i;
  }

  /**
   * Whether word {@code k} is a one-word label in brackets right after a word, as in "subsection
   * (a)" or "section 101(b)": its closing bracket breaks no clause.
   */
  private boolean inlineLabel(List<Word> w, int k) {
    Word word = w.get(k);
    return k > 0
        && k + 1 < w.size()
        && word.before().equals("(")
        && word.after().equals(")")
        && !CommitmentParts.breaksAfter(w, k - 1)
        && Character.isLowerCase(w.get(k + 1).text().charAt(0))
        && !cues.determiners.contains(w.get(k + 1).norm());
  }

  /**
   * Where the subject before a parenthetical between commas that ends right before the modal at
   * word {@code m} ends ("such amounts, once transferred, shall"): the word that carries the
   * opening comma; {@code m} when there is none, or when a coordinator opens it ("and, once signed,
   * will").
   */
  private int parentheticalStart(List<Word> w, int m, int previousEnd) {
    if (m - 1 <= previousEnd || !w.get(m - 1).after().equals(",")) {
      return m;
    }
    int open = segmentStart(w, m - 1, previousEnd);
    boolean comma = open - 1 > previousEnd && closesWithComma(w, open - 1);
    return comma && !cues.coordinators.contains(w.get(open - 1).norm()) ? open - 1 : m;
  }

  /**
   * Whether a comma follows word {@code k}, right after it or after its closing bracket or quote
   * ("(15 U.S.C. 18a), regardless of the year of collection, shall").
   */
  private static boolean closesWithComma(List<Word> w, int k) {
    String after = w.get(k).after();
    return after.equals(",")
        || !after.equals(";") && !after.equals(":") && CommitmentParts.breaksAfter(w, k);
  }

  /**
   * After an earlier modal of the sentence, the subject starts at the last coordinator before
   * {@code m} that does not join two parties: "a response will follow and all sanctions will be put
   * back".
   */
  private int lastCoordinator(List<Word> w, int from, int m, int[] partyEdges) {
    for (int i = m - 1; i >= from; i--) {
      boolean joinsParties =
          i > 0 && i + 1 < w.size() && (partyEdges[i - 1] & 2) != 0 && (partyEdges[i + 1] & 1) != 0;
      if (cues.coordinators.contains(w.get(i).norm()) && !joinsParties) {
        return i;
      }
    }
    return from;
  }

  int skipCoordinators(List<Word> w, int from, int to) {
    int i = from;
    while (i < to && cues.coordinators.contains(w.get(i).norm())) {
      i++;
    }
    return i;
  }
}
