package io.github.plandiff.classify;

import java.util.List;
import java.util.Set;

/**
 * Which words of a sentence negate a commitment: the negations the extractor found and the
 * commitment words' negators ("to bring no claims"), but not a negator that sets a floor, a cap or
 * a date ("not less than $1,000,000 shall be transferred", "the Secretary may reserve not more than
 * 10 percent", "Not to exceed $5,000 shall be made available", "no later than"): these bound the
 * commitment without negating it, where they open a clause too, as the labelled sets read them.
 */
final class CommitmentNegations {

  /** "not less than", "no later than": a floor or a date, never a negation. */
  private static final Set<String> FLOORS = Set.of("later", "earlier", "sooner", "less", "fewer");

  /** "not more than", "no greater than": a cap, never a negation. */
  private static final Set<String> CAPS = Set.of("more", "greater");

  /**
   * Words after a modal in which a negator makes the commitment negative ("to bring no claims").
   */
  private static final int NEGATOR_REACH = 3;

  /**
   * Words that join a second verb to the modal's first ("shall supplement and not supplant"): a
   * negator after them negates the second verb only, and the commitment reads as its first.
   */
  private static final Set<String> COORDINATORS = Set.of("and", "or", "but");

  private CommitmentNegations() {}

  /**
   * Whether a part is negative: a negator heads its subject (see {@link #headsSubject}) or follows
   * its modal within {@link #NEGATOR_REACH} words and before a coordinator.
   *
   * @param negations for each word, whether it negates (see {@link #of})
   */
  static boolean negates(
      List<Word> w,
      CommitmentParts.Part part,
      int endWord,
      boolean[] negations,
      Set<String> negators) {
    if (headsSubject(w, part, negations, negators)) {
      return true;
    }
    for (int j = part.last() + 1; j <= Math.min(endWord, part.last() + NEGATOR_REACH); j++) {
      if (isNegator(w, j, negations, negators)) {
        return true;
      }
      if (COORDINATORS.contains(w.get(j).norm())) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether a negator heads the part's subject ("No funds may be used"): its first word, or, for
   * the sentence's first part, the sentence's first word ("None of the funds provided …, that
   * remain …, shall be available") or the first word after an opening phrase ("Except as otherwise
   * provided, none of the funds …, or provided from …, shall be available").
   */
  static boolean headsSubject(
      List<Word> w, CommitmentParts.Part part, boolean[] negations, Set<String> negators) {
    boolean first =
        part.from() == 0
            && (isNegator(w, 0, negations, negators)
                || headsNounPhrase(w, afterOpeningPhrase(w, part.modal()), negations, negators));
    return first || isNegator(w, part.subject(), negations, negators);
  }

  /**
   * A negator that heads a noun phrase: "no", "none", not "not" ("For expenses, not otherwise").
   */
  private static boolean headsNounPhrase(
      List<Word> w, int i, boolean[] negations, Set<String> negators) {
    return isNegator(w, i, negations, negators) && !w.get(i).norm().equals("not");
  }

  /** The first word after the sentence's first break before word {@code modal}, or 0. */
  private static int afterOpeningPhrase(List<Word> w, int modal) {
    int next = ClauseSubjects.segmentEnd(w, 0);
    return next < modal ? next : 0;
  }

  private static boolean isNegator(List<Word> w, int i, boolean[] negations, Set<String> negators) {
    return negations[i] && negators.contains(w.get(i).norm());
  }

  /**
   * For each word of a sentence, whether it negates.
   *
   * @param w the sentence's words
   * @param found the negations the extractor found in it
   * @param negators the commitment words' negators
   */
  static boolean[] of(List<Word> w, List<Mention> found, Set<String> negators) {
    boolean[] out = new boolean[w.size()];
    for (Mention m : found) {
      out[MentionWords.wordAt(w, m.start())] = true;
    }
    for (int k = 0; k < w.size(); k++) {
      out[k] = !bound(w, k) && (out[k] || negators.contains(w.get(k).norm()));
    }
    return out;
  }

  private static boolean bound(List<Word> w, int k) {
    if (k + 1 >= w.size()) {
      return false;
    }
    String next = w.get(k + 1).norm();
    boolean notToExceed =
        next.equals("to") && k + 2 < w.size() && w.get(k + 2).norm().equals("exceed");
    return FLOORS.contains(next) || CAPS.contains(next) || notToExceed;
  }
}
