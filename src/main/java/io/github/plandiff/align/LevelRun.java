package io.github.plandiff.align;

import io.github.plandiff.align.Aligner.Family;
import io.github.plandiff.align.Aligner.Node;
import io.github.plandiff.align.Ordering.Place;
import io.github.plandiff.model.Candidate;
import io.github.plandiff.model.Clause;
import io.github.plandiff.model.ClauseMatch;
import io.github.plandiff.model.Relation;
import java.util.ArrayList;
import java.util.List;

/**
 * One level of the clause tree: the clauses of several families (the sub-clauses under each match
 * of the level above), aligned within each family, then across families for what is left (a
 * sub-clause that moved to another parent). Top-level clauses form one family, and only they may
 * merge or split.
 */
final class LevelRun {

  /** A match found at this level, by global index on each side. */
  private record Entry(
      int family,
      List<Integer> olds,
      List<Integer> news,
      double similarity,
      double margin,
      boolean across,
      double confidence,
      List<Calibration.Cand> candidates) {}

  private final List<Family> families;
  private final AlignerSettings settings;
  private final ClauseTexts texts;
  private final List<Clause> olds = new ArrayList<>();
  private final List<Clause> news = new ArrayList<>();
  private final List<Integer> oldFamily = new ArrayList<>();
  private final List<Integer> newFamily = new ArrayList<>();
  private final List<Integer> oldLocal = new ArrayList<>();
  private final List<Integer> newLocal = new ArrayList<>();
  private final List<Entry> entries = new ArrayList<>();
  private final List<List<Entry>> byFamily = new ArrayList<>();
  private final boolean[] oldDone;
  private final boolean[] newDone;
  private final double[] oldBest;
  private final double[] newBest;
  private final List<List<Calibration.Cand>> oldCands = new ArrayList<>();
  private final List<List<Calibration.Cand>> newCands = new ArrayList<>();

  private final Meaning meaning;

  LevelRun(
      List<Family> families,
      AlignerSettings settings,
      boolean top,
      ClauseTexts texts,
      Meaning meaning) {
    this.families = families;
    this.settings = settings;
    this.texts = texts;
    this.meaning = top ? meaning : null;
    for (int f = 0; f < families.size(); f++) {
      collect(families.get(f).olds(), f, olds, oldFamily, oldLocal);
      collect(families.get(f).news(), f, news, newFamily, newLocal);
    }
    oldDone = new boolean[olds.size()];
    newDone = new boolean[news.size()];
    oldBest = new double[olds.size()];
    newBest = new double[news.size()];
    olds.forEach(c -> oldCands.add(List.of()));
    news.forEach(c -> newCands.add(List.of()));
    Reading reading = Reading.of(texts.vocabulary(), words(olds), words(news));
    TermSpace space = TermSpace.fit(reading);
    // Only the top level fills gaps, and only gap filling reads the character n-grams.
    TermSpace grams = top ? TermSpace.fitGrams(reading) : null;
    List<int[]> oldRanges = ranges(families, true);
    List<int[]> newRanges = ranges(families, false);
    for (int f = 0; f < families.size(); f++) {
      run(space, grams, oldRanges.get(f), newRanges.get(f), top, false);
    }
    if (!top) {
      run(space, null, open(oldDone), open(newDone), false, true);
    }
    for (int f = 0; f < families.size(); f++) {
      byFamily.add(new ArrayList<>());
    }
    for (Entry e : entries) {
      byFamily.get(e.family).add(e);
    }
    for (int i = 0; i < olds.size(); i++) {
      if (!oldDone[i]) {
        int f = oldFamily.get(i);
        byFamily.get(f).add(unmatched(f, List.of(i), List.of(), oldBest[i], oldCands.get(i)));
      }
    }
    for (int j = 0; j < news.size(); j++) {
      if (!newDone[j]) {
        int f = newFamily.get(j);
        byFamily.get(f).add(unmatched(f, List.of(), List.of(j), newBest[j], newCands.get(j)));
      }
    }
  }

  private Entry unmatched(
      int f, List<Integer> o, List<Integer> n, double best, List<Calibration.Cand> cands) {
    double likeliest = cands.isEmpty() ? 0 : cands.get(0).confidence();
    return new Entry(f, o, n, 0, unmatchedMargin(best), false, 1 - likeliest, cands);
  }

  private void run(
      TermSpace space, TermSpace grams, int[] oldIdx, int[] newIdx, boolean parts, boolean across) {
    if (oldIdx.length == 0 || newIdx.length == 0) {
      return;
    }
    TermSpace sub = space.subset(oldIdx, newIdx);
    Level.Result result =
        Level.align(
            keys(olds, oldIdx),
            keys(news, newIdx),
            sub,
            grams == null ? null : grams.subset(oldIdx, newIdx),
            settings,
            parts,
            meaning == null ? null : meaning.embedder(olds, news, oldIdx, newIdx));
    for (Level.Group g : result.groups()) {
      List<Integer> o = global(g.olds(), oldIdx);
      List<Integer> n = global(g.news(), newIdx);
      o.forEach(i -> oldDone[i] = true);
      n.forEach(j -> newDone[j] = true);
      entries.add(
          new Entry(
              newFamily.get(n.get(0)),
              o,
              n,
              g.similarity(),
              g.margin(),
              across,
              g.confidence(),
              List.of()));
    }
    for (int k = 0; k < oldIdx.length; k++) {
      oldCands.set(oldIdx[k], globalCands(result.unmatched().olds().get(k), newIdx));
    }
    for (int k = 0; k < newIdx.length; k++) {
      newCands.set(newIdx[k], globalCands(result.unmatched().news().get(k), oldIdx));
    }
    if (!across) {
      for (int k = 0; k < oldIdx.length; k++) {
        oldBest[oldIdx[k]] = result.bestOld()[k];
      }
      for (int k = 0; k < newIdx.length; k++) {
        newBest[newIdx[k]] = result.bestNew()[k];
      }
    }
  }

  /** The nodes of one family in output order. */
  List<Node> nodes(int family) {
    List<Entry> mine = byFamily.get(family);
    List<Place> places = new ArrayList<>();
    for (Entry e : mine) {
      places.add(
          new Place(e.across ? List.of() : local(e.olds, oldLocal), local(e.news, newLocal)));
    }
    boolean[] chain = Ordering.onChain(places);
    List<Node> out = new ArrayList<>();
    for (int k : Ordering.order(places, families.get(family).olds().size())) {
      Entry e = mine.get(k);
      boolean matched = !e.olds.isEmpty() && !e.news.isEmpty();
      out.add(node(e, matched && (e.across || !chain[k])));
    }
    return out;
  }

  private Node node(Entry e, boolean moved) {
    List<Clause> o = clauses(olds, e.olds);
    List<Clause> n = clauses(news, e.news);
    Relation relation = Aligner.relation(o, n, texts);
    List<String> oldIds = o.stream().map(Clause::id).toList();
    List<String> newIds = n.stream().map(Clause::id).toList();
    double similarity = relation == Relation.UNCHANGED ? 1.0 : e.similarity;
    boolean renumbered = !o.isEmpty() && !n.isEmpty() && !oldIds.equals(newIds);
    List<Candidate> candidates = new ArrayList<>();
    List<Clause> other = o.isEmpty() ? olds : news;
    for (Calibration.Cand c : e.candidates) {
      candidates.add(new Candidate(other.get(c.index()).id(), c.confidence()));
    }
    double confidence = relation == Relation.UNCHANGED ? 1.0 : e.confidence;
    ClauseMatch match =
        new ClauseMatch(
            relation,
            oldIds,
            newIds,
            similarity,
            e.margin,
            moved,
            renumbered,
            confidence,
            candidates);
    return new Node(match, o, n);
  }

  private static List<Calibration.Cand> globalCands(List<Calibration.Cand> local, int[] idx) {
    List<Calibration.Cand> out = new ArrayList<>(local.size());
    for (Calibration.Cand c : local) {
      out.add(new Calibration.Cand(idx[c.index()], c.confidence()));
    }
    return out;
  }

  /** For an unmatched clause: how far its best candidate stayed below the match threshold. */
  private double unmatchedMargin(double best) {
    return TermSpace.clamp(settings.matchThreshold() - best);
  }

  private static void collect(
      List<Clause> clauses, int family, List<Clause> all, List<Integer> fam, List<Integer> local) {
    for (int k = 0; k < clauses.size(); k++) {
      all.add(clauses.get(k));
      fam.add(family);
      local.add(k);
    }
  }

  private List<int[]> words(List<Clause> clauses) {
    return clauses.stream().map(texts::words).toList();
  }

  private List<String> keys(List<Clause> clauses, int[] idx) {
    List<String> keys = new ArrayList<>(idx.length);
    for (int k : idx) {
      keys.add(texts.key(clauses.get(k)));
    }
    return keys;
  }

  private static List<int[]> ranges(List<Family> families, boolean oldSide) {
    List<int[]> out = new ArrayList<>(families.size());
    int start = 0;
    for (Family f : families) {
      int size = oldSide ? f.olds().size() : f.news().size();
      out.add(java.util.stream.IntStream.range(start, start + size).toArray());
      start += size;
    }
    return out;
  }

  private static int[] open(boolean[] done) {
    return java.util.stream.IntStream.range(0, done.length).filter(k -> !done[k]).toArray();
  }

  private static List<Integer> global(List<Integer> local, int[] idx) {
    List<Integer> out = new ArrayList<>(local.size());
    for (int k : local) {
      out.add(idx[k]);
    }
    return out;
  }

  private static List<Integer> local(List<Integer> global, List<Integer> locals) {
    List<Integer> out = new ArrayList<>(global.size());
    for (int g : global) {
      out.add(locals.get(g));
    }
    return out;
  }

  private static List<Clause> clauses(List<Clause> all, List<Integer> idx) {
    List<Clause> out = new ArrayList<>(idx.size());
    for (int k : idx) {
      out.add(all.get(k));
    }
    return out;
  }
}
