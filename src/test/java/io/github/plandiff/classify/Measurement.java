package io.github.plandiff.classify;

import io.github.plandiff.model.ClauseChange;
import io.github.plandiff.model.Signal;
import io.github.plandiff.model.SignalType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Precision, recall and F1 per signal type over labelled pairs, counting each pair's set of signal
 * types against the expected set.
 */
final class Measurement {

  private final Map<SignalType, int[]> counts = new EnumMap<>(SignalType.class);
  private final List<String> misses = new ArrayList<>();
  private final int pairs;
  private final double cosmeticSilence;

  Measurement(ChangeClassifier classifier, List<Pairs.Pair> labelled) {
    for (SignalType t : SignalType.values()) {
      counts.put(t, new int[3]);
    }
    long quiet = 0;
    long silent = 0;
    for (Pairs.Pair p : labelled) {
      Set<SignalType> got = types(classifier, p, false);
      for (SignalType t : SignalType.values()) {
        int[] c = counts.get(t);
        boolean want = p.expected().contains(t);
        boolean have = got.contains(t);
        c[0] += want && have ? 1 : 0;
        c[1] += !want && have ? 1 : 0;
        c[2] += want && !have ? 1 : 0;
      }
      if (!got.equals(p.expected())) {
        misses.add(p.id() + " expected " + p.expected() + " got " + got);
      }
      if (p.expected().isEmpty()) {
        quiet++;
        silent += got.isEmpty() ? 1 : 0;
      }
    }
    this.pairs = labelled.size();
    this.cosmeticSilence = quiet == 0 ? 1 : (double) silent / quiet;
  }

  static Set<SignalType> types(ChangeClassifier classifier, Pairs.Pair p, boolean fine) {
    ClauseChange change =
        fine
            ? Pairs.fine(p.relation(), p.oldText(), p.newText())
            : Pairs.coarse(p.relation(), p.oldText(), p.newText());
    Set<SignalType> got = EnumSet.noneOf(SignalType.class);
    for (Signal s : classifier.classify(change, p.oldText(), p.newText()).signals()) {
      got.add(s.type());
    }
    return got;
  }

  int[] counts(SignalType type) {
    return counts.get(type).clone();
  }

  int[] total() {
    int[] all = new int[3];
    for (int[] c : counts.values()) {
      for (int k = 0; k < 3; k++) {
        all[k] += c[k];
      }
    }
    return all;
  }

  /**
   * The share of pairs labelled with no signal (cosmetic, unchanged, neutral rewording) that raise
   * none.
   */
  double silenceOnNegatives() {
    return cosmeticSilence;
  }

  List<String> misses() {
    return List.copyOf(misses);
  }

  static double precision(int[] c) {
    return c[0] + c[1] == 0 ? 1 : (double) c[0] / (c[0] + c[1]);
  }

  static double recall(int[] c) {
    return c[0] + c[2] == 0 ? 1 : (double) c[0] / (c[0] + c[2]);
  }

  static double f1(int[] c) {
    double p = precision(c);
    double r = recall(c);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  String report(String title) {
    StringBuilder sb = new StringBuilder(title).append('\n');
    sb.append("signal                  TP  FP  FN  precision recall  F1\n");
    for (SignalType t : SignalType.values()) {
      sb.append(line(t.name(), counts.get(t)));
    }
    sb.append(line("ALL (micro)", total()));
    sb.append(
        String.format(
            Locale.ROOT,
            "pairs %d, exactly right %d, no-signal pairs silent %.3f%n",
            pairs,
            pairs - misses.size(),
            cosmeticSilence));
    misses.forEach(m -> sb.append("  miss ").append(m).append('\n'));
    return sb.toString();
  }

  private static String line(String name, int[] c) {
    return String.format(
        Locale.ROOT,
        "%-22s %3d %3d %3d  %.3f     %.3f   %.3f%n",
        name,
        c[0],
        c[1],
        c[2],
        precision(c),
        recall(c),
        f1(c));
  }
}
