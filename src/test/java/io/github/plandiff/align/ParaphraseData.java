package io.github.plandiff.align;

import io.github.plandiff.PlanDiff;
import io.github.plandiff.model.Draft;
import io.github.plandiff.model.Relation;
import io.github.plandiff.testing.TruthRow;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The labelled renderings: under src/test/resources/paraphrase, independent rewordings of the
 * sample drafts (same commitments, other words); under src/test/resources/revision, next drafts
 * that revise points substantively, as negotiators do. Both with moves, removals, additions (some
 * in the slot of a removed point), merges or splits, and a truth table each (README.md there).
 */
final class ParaphraseData {

  private ParaphraseData() {}

  static Draft source(String name) {
    return name.startsWith("r-") ? rendering(name) : SampleAlignmentTest.sample(name);
  }

  /** A rendering: "p-…" under /paraphrase, "r-…" (substantive revisions) under /revision. */
  static Draft rendering(String name) {
    byte[] bytes = SampleAlignmentTest.resource(dir(name) + name + ".txt");
    return PlanDiff.parse(bytes, name + ".txt", name);
  }

  private static String dir(String name) {
    return name.startsWith("r-") ? "/revision/" : "/paraphrase/";
  }

  static List<TruthRow> truth(String name) {
    String tsv =
        new String(SampleAlignmentTest.resource(dir(name) + name + ".tsv"), StandardCharsets.UTF_8);
    List<TruthRow> rows = new ArrayList<>();
    for (String line : tsv.split("\n")) {
      String[] cols = line.split("\t");
      if (cols[0].equals("old") || cols.length < 3) {
        continue;
      }
      rows.add(new TruthRow(Relation.valueOf(cols[2].strip()), ids(cols[0]), ids(cols[1]), false));
    }
    return rows;
  }

  private static List<String> ids(String col) {
    return col.strip().equals("-") ? List.of() : List.of(col.strip().split(","));
  }
}
