package io.github.plandiff.align;

import io.github.plandiff.model.ClauseMatch;
import io.github.plandiff.model.Draft;
import io.github.plandiff.testing.TruthRow;
import java.util.List;
import java.util.Locale;

/** Prints, for one sample pair, each truth row next to what the aligner reported. */
public final class CalibrationDebug {
  private CalibrationDebug() {}

  public static void main(String[] args) {
    String[] names = args[0].split("__");
    Draft o =
        args[0].contains("p-")
            ? ParaphraseData.source(names[0])
            : SampleAlignmentTest.sample(names[0]);
    Draft n =
        args[0].contains("p-")
            ? ParaphraseData.rendering(names[1])
            : SampleAlignmentTest.sample(names[1]);
    List<TruthRow> truth =
        args[0].contains("p-")
            ? ParaphraseData.truth(names[1])
            : SampleAlignmentTest.expected(args[0]);
    List<ClauseMatch> got =
        Aligner.topLevel(new Aligner(AlignerSettings.DEFAULTS).align(o, n), o, n);
    for (TruthRow t : truth) {
      System.out.println("TRUTH " + t.relation() + " " + t.oldIds() + " -> " + t.newIds());
    }
    for (ClauseMatch m : got) {
      System.out.printf(
          Locale.ROOT,
          "GOT   %s %s -> %s sim %.2f conf %.3f cands %s%n",
          m.relation(),
          m.oldIds(),
          m.newIds(),
          m.similarity(),
          m.confidence(),
          m.candidates());
    }
  }
}
