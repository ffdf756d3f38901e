package io.github.plandiff.align;

import io.github.plandiff.model.Clause;
import io.github.plandiff.model.Draft;
import io.github.plandiff.testing.TruthRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Feature rows for fitting {@link Confidence}: for one labelled pair of drafts, the top-level
 * clause pairs that the aligner would score, each with its features and whether the truth pairs
 * them (one to one, or as a part and its whole). Built through the aligner's own code: the same
 * term space, candidates and, for the semantic features, the same clauses embedded (those the words
 * leave uncertain) as in a real alignment.
 */
final class CalibrationData {

  /** One row: the features and the label. */
  record Row(double[] features, boolean same) {}

  private CalibrationData() {}

  /** Rows for the lexical model: every candidate pair of the words, and every true pair. */
  static List<Row> lexical(Draft oldDraft, Draft newDraft, List<TruthRow> truth) {
    Top top = Top.of(oldDraft, newDraft, Optional.empty());
    Set<Long> same = truePairs(top, truth);
    Set<Long> seen = new HashSet<>();
    List<Row> rows = new ArrayList<>();
    for (List<CandidatePairs.Pair> list : top.evidence.pairs().byOld) {
      for (CandidatePairs.Pair p : list) {
        add(rows, seen, same, top, p.oldIndex(), p.newIndex(), false);
      }
    }
    for (long key : same) {
      add(rows, seen, same, top, (int) (key >> 32), (int) key, false);
    }
    return rows;
  }

  /**
   * Rows for the semantic pairing model: every pair of two clauses that the aligner would embed
   * (those the words leave uncertain) and that are both left open after the check and abstention:
   * the pairs on which the model decides.
   */
  static List<Row> semantic(Draft oldDraft, Draft newDraft, List<TruthRow> truth, SemanticModel m) {
    Top top = Top.of(oldDraft, newDraft, Optional.of(m));
    Set<Long> same = truePairs(top, truth);
    Set<Long> seen = new HashSet<>();
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < top.olds.size(); i++) {
      for (int j = 0; j < top.news.size(); j++) {
        if (top.evidence.hasMeaning(i, j) && top.open[0][i] && top.open[1][j]) {
          add(rows, seen, same, top, i, j, true);
        }
      }
    }
    return rows;
  }

  /**
   * Rows for the check of proposals: every pair (or part and whole) that the words propose, with
   * the semantic features when {@code model} is given and both clauses would be embedded.
   */
  static List<Row> check(
      Draft oldDraft, Draft newDraft, List<TruthRow> truth, Optional<SemanticModel> model) {
    Top top = Top.of(oldDraft, newDraft, Optional.empty());
    Set<Long> same = truePairs(top, truth);
    Level.Proposal proposal = top.proposal();
    List<int[]> proposed = new ArrayList<>();
    for (Level.MutableGroup g : proposal.state().groups()) {
      for (int i : g.olds) {
        for (int j : g.news) {
          proposed.add(new int[] {i, j});
        }
      }
    }
    if (model.isPresent()) {
      top.embedUncertain(proposal, model.get());
    }
    Set<Long> seen = new HashSet<>();
    List<Row> rows = new ArrayList<>();
    for (int[] ij : proposed) {
      if (model.isEmpty() || top.evidence.hasMeaning(ij[0], ij[1])) {
        add(rows, seen, same, top, ij[0], ij[1], model.isPresent());
      }
    }
    return rows;
  }

  private static void add(
      List<Row> rows, Set<Long> seen, Set<Long> same, Top top, int i, int j, boolean semantic) {
    long key = ((long) i << 32) | j;
    if (!seen.add(key) || top.oldKeys.get(i).equals(top.newKeys.get(j))) {
      return;
    }
    double[] f = semantic ? top.evidence.semantic(i, j) : top.evidence.lexical(i, j);
    rows.add(new Row(f, same.contains(key)));
  }

  private static Set<Long> truePairs(Top top, List<TruthRow> truth) {
    Map<String, Integer> oldAt = index(top.olds);
    Map<String, Integer> newAt = index(top.news);
    Set<Long> out = new HashSet<>();
    for (TruthRow r : truth) {
      for (String o : r.oldIds()) {
        for (String n : r.newIds()) {
          Integer i = oldAt.get(o);
          Integer j = newAt.get(n);
          if (i != null && j != null) {
            out.add(((long) i << 32) | j);
          }
        }
      }
    }
    return out;
  }

  private static Map<String, Integer> index(List<Clause> clauses) {
    Map<String, Integer> at = new HashMap<>();
    for (int k = 0; k < clauses.size(); k++) {
      at.put(clauses.get(k).id(), k);
    }
    return at;
  }

  /** The top level of two drafts as the aligner reads it, with the evidence it would have. */
  private record Top(
      List<Clause> olds,
      List<Clause> news,
      List<String> oldKeys,
      List<String> newKeys,
      Evidence evidence,
      ClauseTexts texts,
      TermSpace[] spaces,
      boolean[][] open) {

    Level.Proposal proposal() {
      return Level.propose(oldKeys, newKeys, space(), grams(), AlignerSettings.DEFAULTS, true);
    }

    TermSpace space() {
      return spaces[0];
    }

    TermSpace grams() {
      return spaces[1];
    }

    /** Embeds the clauses that a real alignment would embed after this proposal. */
    void embedUncertain(Level.Proposal proposal, SemanticModel model) {
      Calibration.Embedder real = embedder(model);
      Calibration.Embedder capture =
          (a, b) -> {
            float[][][] v = real.embed(a, b);
            evidence.meaning(v[0], v[1]);
            return v;
          };
      Calibration.checked(
          proposal.state(),
          oldKeys,
          newKeys,
          new Evidence(space(), proposal.pairs()),
          AlignerSettings.DEFAULTS.confidenceThreshold(),
          capture);
    }

    Calibration.Embedder embedder(SemanticModel model) {
      Meaning meaning = new Meaning(Optional.of(model), true, Integer.MAX_VALUE, texts);
      int[] oi = java.util.stream.IntStream.range(0, olds.size()).toArray();
      int[] ni = java.util.stream.IntStream.range(0, news.size()).toArray();
      return meaning.embedder(olds, news, oi, ni);
    }

    static Top of(Draft oldDraft, Draft newDraft, Optional<SemanticModel> model) {
      AlignerSettings settings = AlignerSettings.DEFAULTS;
      List<Clause> olds = oldDraft.clauses();
      List<Clause> news = newDraft.clauses();
      ClauseTexts texts = new ClauseTexts();
      List<int[]> ow = olds.stream().map(texts::words).toList();
      List<int[]> nw = news.stream().map(texts::words).toList();
      Reading reading = Reading.of(texts.vocabulary(), ow, nw);
      TermSpace space = TermSpace.fit(reading);
      TermSpace grams = TermSpace.fitGrams(reading);
      List<String> ok = olds.stream().map(texts::key).toList();
      List<String> nk = news.stream().map(texts::key).toList();
      Evidence evidence = new Evidence(space, CandidatePairs.generate(space, settings));
      boolean[][] open = {new boolean[olds.size()], new boolean[news.size()]};
      Top top = new Top(olds, news, ok, nk, evidence, texts, new TermSpace[] {space, grams}, open);
      if (model.isPresent()) {
        Level.Proposal proposal = top.proposal();
        top.embedUncertain(proposal, model.get());
        for (int i = 0; i < olds.size(); i++) {
          open[0][i] = proposal.state().ofOld()[i] == null;
        }
        for (int j = 0; j < news.size(); j++) {
          open[1][j] = proposal.state().ofNew()[j] == null;
        }
      }
      return top;
    }
  }
}
