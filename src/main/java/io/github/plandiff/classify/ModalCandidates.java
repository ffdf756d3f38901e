package io.github.plandiff.classify;

import java.util.ArrayList;
import java.util.List;

/** The modals of a sentence that may bind, before they are split into commitments. */
final class ModalCandidates {

  private ModalCandidates() {}

  /**
   * The modals that may bind: with a word before them, outside reporting frames, and not right
   * after "as" or "than" ("such sums as may be necessary").
   */
  static List<Features.ModalHit> of(
      List<Word> w, List<Features.ModalHit> modals, boolean[] reported, CommitmentCues cues) {
    List<Features.ModalHit> hits = new ArrayList<>();
    for (Features.ModalHit hit : modals) {
      int m = hit.wordIndex();
      if (m > 0
          && !reported[m]
          && !cues.comparatives.contains(w.get(m - 1).norm())
          && !authorizesAppropriations(w, hit)
          && !(isAuthorized(hit) && w.get(m - 1).norm().equals("there"))) {
        hits.add(hit);
      }
    }
    return hits;
  }

  /**
   * Whether the modal is the formula that authorizes appropriations ("There are authorized to be
   * appropriated", "is authorized to be appropriated"): an enactment, which grants no one a
   * permission, unlike "The Secretary is authorized to award contracts". So is any "there is (are)
   * authorized to" ("there are authorized to be paid").
   */
  private static boolean authorizesAppropriations(List<Word> w, Features.ModalHit hit) {
    int next = CommitmentParts.lastWord(w, hit.end()) + 1;
    return isAuthorized(hit)
        && next + 1 < w.size()
        && w.get(next).norm().equals("be")
        && w.get(next + 1).norm().equals("appropriated");
  }

  private static boolean isAuthorized(Features.ModalHit hit) {
    List<String> phrase = PhraseSet.wordsOf(hit.phrase());
    return phrase.contains("authorized") || phrase.contains("authorised");
  }
}
