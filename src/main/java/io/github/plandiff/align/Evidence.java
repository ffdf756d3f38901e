package io.github.plandiff.align;

import io.github.plandiff.align.CandidatePairs.Pair;
import io.github.plandiff.align.TermSpace.Vec;
import java.util.List;

/**
 * What speaks for one old and one new clause of a level being the same clause: the features that
 * {@link Confidence} turns into a probability. From the words: the TF-IDF cosine, how much of the
 * smaller lies inside the other (containment), how well their places in the two drafts agree, and
 * how far the cosine is ahead of each clause's best other candidate, and whether the two are each
 * other's best. From meaning, when a {@link SemanticModel} gave vectors: the features of {@link
 * MeaningMatrix}. Every feature is symmetric in the two drafts.
 */
final class Evidence {

  private final TermSpace space;
  private final CandidatePairs pairs;
  private final int n;
  private final int m;
  private float[][] oldSem;
  private float[][] newSem;
  private MeaningMatrix sem;

  Evidence(TermSpace space, CandidatePairs pairs) {
    this.space = space;
    this.pairs = pairs;
    this.n = space.olds.length;
    this.m = space.news.length;
  }

  CandidatePairs pairs() {
    return pairs;
  }

  int olds() {
    return n;
  }

  int news() {
    return m;
  }

  /**
   * Adds embedding vectors for some clauses ({@code null} for a clause not embedded). Only pairs of
   * two embedded clauses get the semantic features.
   */
  void meaning(float[][] olds, float[][] news) {
    oldSem = olds;
    newSem = news;
    sem = new MeaningMatrix(olds, news);
  }

  boolean hasMeaning(int i, int j) {
    return sem != null && sem.has(i, j);
  }

  boolean embedded(int index, boolean oldSide) {
    float[][] side = oldSide ? oldSem : newSem;
    return side != null && side[index] != null;
  }

  /** The lexical features of a pair, in the order of {@link Confidence#LEXICAL}. */
  double[] lexical(int i, int j) {
    Vec a = space.olds[i];
    Vec b = space.news[j];
    double lex = TermSpace.cosine(a, b);
    double within = Math.max(TermSpace.containment(a, b), TermSpace.containment(b, a));
    double ro = n == 1 ? 0 : (double) i / (n - 1);
    double rn = m == 1 ? 0 : (double) j / (m - 1);
    double rival =
        Math.max(rival(pairs.byOld.get(i), j, false), rival(pairs.byNew.get(j), i, true));
    double mutual = Scores.quantise(lex) > Scores.quantise(rival) ? 1 : 0;
    return new double[] {lex, within, 1 - Math.abs(ro - rn), lex - rival, mutual};
  }

  /**
   * The lexical and semantic features of a pair of embedded clauses ({@link Confidence#SEMANTIC}).
   */
  double[] semantic(int i, int j) {
    double[] lex = lexical(i, j);
    double s = sem.cosine(i, j);
    double rival = sem.rival(i, j);
    double z = sem.standard(i, j);
    return new double[] {
      lex[0], lex[1], lex[2], lex[3], lex[4], s, s - rival, s > rival ? 1 : 0, z
    };
  }

  /** The best cosine among a clause's candidates, leaving out the given counterpart. */
  private static double rival(List<Pair> list, int except, boolean byNew) {
    double best = 0;
    for (Pair p : list) {
      int other = byNew ? p.oldIndex() : p.newIndex();
      if (other != except) {
        best = Math.max(best, p.cosine());
      }
    }
    return best;
  }
}
