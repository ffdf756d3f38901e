package io.github.plandiff.classify;

import io.github.plandiff.model.SignalType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Compares the modals of two counterpart sentences. */
final class Modality {

  private Modality() {}

  /**
   * Sets aside modals that are the same on both sides (same phrase, same polarity), then compares
   * the rest in order: a lower strength is a weakening, a higher one a strengthening. A modal with
   * no counterpart raises nothing.
   */
  static void compare(
      String oldText,
      String newText,
      List<Features.ModalHit> olds,
      List<Features.ModalHit> news,
      List<ClauseAnalysis.Found> out) {
    List<Features.ModalHit> o = new ArrayList<>(olds);
    List<Features.ModalHit> n = new ArrayList<>(news);
    for (int i = 0; i < o.size(); i++) {
      for (int j = 0; j < n.size(); j++) {
        if (same(o.get(i), n.get(j))) {
          o.remove(i--);
          n.remove(j);
          break;
        }
      }
    }
    for (int k = 0; k < Math.min(o.size(), n.size()); k++) {
      Features.ModalHit a = o.get(k);
      Features.ModalHit b = n.get(k);
      if (a.strength() != b.strength()) {
        SignalType type =
            b.strength() < a.strength()
                ? SignalType.MODALITY_WEAKENED
                : SignalType.MODALITY_STRENGTHENED;
        out.add(
            new ClauseAnalysis.Found(
                type,
                oldText.substring(a.start(), a.end()),
                newText.substring(b.start(), b.end()),
                a.start(),
                b.start()));
      }
    }
  }

  private static boolean same(Features.ModalHit a, Features.ModalHit b) {
    return a.negated() == b.negated()
        && a.phrase().toLowerCase(Locale.ROOT).equals(b.phrase().toLowerCase(Locale.ROOT));
  }
}
