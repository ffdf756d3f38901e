package io.github.plandiff.classify;

import io.github.plandiff.model.ClauseChange;
import io.github.plandiff.model.Commitment;
import io.github.plandiff.model.CommitmentStatus;
import io.github.plandiff.model.Ledger;
import io.github.plandiff.model.LedgerEntry;
import io.github.plandiff.model.SentenceRef;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Pairs the commitments of two drafts and gives each its status. First inside each top-level change
 * (its clauses and their sub-clauses, on both sides), by the sentence pairing of the classifier;
 * then, among the commitments left, across the drafts, when their words are close (mean Dice of
 * words and word pairs at least {@link #MOVED_THRESHOLD}): a sentence moved to a clause the aligner
 * did not match is kept, not removed and added.
 */
final class LedgerBuilder {

  /** The similarity two leftover commitments need to be paired across clauses. */
  static final double MOVED_THRESHOLD = 0.6;

  /** Pairs in one change beyond which the plain sentence pairing is used, which is cheaper. */
  private static final long SAME_PARTY_MAX_PAIRS = 10_000L;

  /** Leftover pairs beyond which the second pass is skipped, so that it stays cheap. */
  private static final long MOVED_MAX_PAIRS = 1_000_000L;

  private final List<CommitmentReader.Item> olds;
  private final List<CommitmentReader.Item> news;
  private final List<ClauseChange> changes;
  private final int[] oldToNew;
  private final int[] newToOld;

  LedgerBuilder(
      List<CommitmentReader.Item> olds,
      List<CommitmentReader.Item> news,
      List<ClauseChange> changes) {
    this.olds = olds;
    this.news = news;
    this.changes = changes;
    this.oldToNew = filled(olds.size());
    this.newToOld = filled(news.size());
  }

  Ledger build() {
    pairWithinChanges();
    pairMoved();
    List<LedgerEntry> entries = new ArrayList<>();
    for (int i = 0; i < olds.size(); i++) {
      entries.add(entry("old", olds.get(i), oldToNew[i] < 0 ? null : news.get(oldToNew[i]), true));
    }
    for (int j = 0; j < news.size(); j++) {
      entries.add(entry("new", news.get(j), newToOld[j] < 0 ? null : olds.get(newToOld[j]), false));
    }
    return new Ledger(
        PartyCounts.parties(entries, olds.size()),
        PartyCounts.groups(entries, olds.size()),
        entries);
  }

  private static LedgerEntry entry(
      String draft, CommitmentReader.Item item, CommitmentReader.Item other, boolean old) {
    if (other == null) {
      return new LedgerEntry(
          draft,
          item.commitment(),
          old ? CommitmentStatus.REMOVED : CommitmentStatus.ADDED,
          Optional.empty());
    }
    CommitmentStatus status = old ? status(item, other) : status(other, item);
    return new LedgerEntry(
        draft, item.commitment(), status, Optional.of(SentenceRef.of(other.commitment())));
  }

  /** What the new commitment {@code n} does to its old counterpart {@code o}. */
  static CommitmentStatus status(CommitmentReader.Item o, CommitmentReader.Item n) {
    Commitment a = o.commitment();
    Commitment b = n.commitment();
    int before = strength(a);
    int after = strength(b);
    if (after < before) {
      return CommitmentStatus.SOFTENED;
    }
    if (after > before) {
      return CommitmentStatus.HARDENED;
    }
    boolean same =
        a.negated() == b.negated()
            && new HashSet<>(a.obligors()).equals(new HashSet<>(b.obligors()))
            && new HashSet<>(a.counterparties()).equals(new HashSet<>(b.counterparties()))
            && a.conditions().size() == b.conditions().size()
            && sameBag(o.deadlineKeys(), n.deadlineKeys())
            && sameBag(o.amountKeys(), n.amountKeys());
    return same ? CommitmentStatus.KEPT : CommitmentStatus.CHANGED;
  }

  /** 3 binding, 2 soft, 1 permission. */
  private static int strength(Commitment c) {
    return 3 - c.modality().ordinal();
  }

  private static boolean sameBag(List<String> a, List<String> b) {
    List<String> x = new ArrayList<>(a);
    List<String> y = new ArrayList<>(b);
    x.sort(null);
    y.sort(null);
    return x.equals(y);
  }

  private void pairWithinChanges() {
    Map<String, Integer> oldGroup = new HashMap<>();
    Map<String, Integer> newGroup = new HashMap<>();
    for (int g = 0; g < changes.size(); g++) {
      index(changes.get(g), g, oldGroup, newGroup);
    }
    List<List<Integer>> oldByGroup = byGroup(olds, oldGroup, changes.size());
    List<List<Integer>> newByGroup = byGroup(news, newGroup, changes.size());
    for (int g = 0; g < changes.size(); g++) {
      List<Integer> a = oldByGroup.get(g);
      List<Integer> b = newByGroup.get(g);
      pairIdentical(a, b);
      a = unpaired(a, oldToNew);
      b = unpaired(b, newToOld);
      if ((long) a.size() * b.size() <= SAME_PARTY_MAX_PAIRS) {
        pairPreferringSameParty(a, b);
      } else {
        pair(a, b, SentencePairing.PAIR_THRESHOLD);
      }
    }
  }

  /**
   * Pairs the commitments of one change greedily: pairs that bind a party in common first ("Russia
   * will relinquish" with "Russia will withdraw" rather than "Ukraine will withdraw" with it), then
   * by similarity; ties to the earlier commitments. Pairs below the sentence pairing's threshold
   * are not taken.
   */
  private void pairPreferringSameParty(List<Integer> a, List<Integer> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return;
    }
    List<double[]> candidates = new ArrayList<>();
    Similarities similarities = similarities(a, b);
    for (int x = 0; x < a.size(); x++) {
      for (int y = 0; y < b.size(); y++) {
        if (oldToNew[a.get(x)] >= 0 || newToOld[b.get(y)] >= 0) {
          continue;
        }
        CommitmentReader.Item o = olds.get(a.get(x));
        CommitmentReader.Item n = news.get(b.get(y));
        double score = similarities.of(x, y);
        if (score >= SentencePairing.PAIR_THRESHOLD) {
          boolean shared =
              o.commitment().obligors().stream().anyMatch(n.commitment().obligors()::contains);
          candidates.add(new double[] {shared ? 1 : 0, score, x, y});
        }
      }
    }
    candidates.sort(
        (p, q) ->
            p[0] != q[0]
                ? Double.compare(q[0], p[0])
                : p[1] != q[1]
                    ? Double.compare(q[1], p[1])
                    : p[2] != q[2] ? Double.compare(p[2], q[2]) : Double.compare(p[3], q[3]));
    for (double[] c : candidates) {
      int i = a.get((int) c[2]);
      int j = b.get((int) c[3]);
      if (oldToNew[i] < 0 && newToOld[j] < 0) {
        oldToNew[i] = j;
        newToOld[j] = i;
      }
    }
  }

  /**
   * The similarities of the sentences of the old commitments {@code a} to the new ones {@code b}.
   */
  private Similarities similarities(List<Integer> a, List<Integer> b) {
    List<List<String>> as = new ArrayList<>();
    a.forEach(i -> as.add(olds.get(i).norms()));
    List<List<String>> bs = new ArrayList<>();
    b.forEach(j -> bs.add(news.get(j).norms()));
    return new Similarities(as, bs);
  }

  private static void index(
      ClauseChange change, int g, Map<String, Integer> oldGroup, Map<String, Integer> newGroup) {
    change.match().oldIds().forEach(id -> oldGroup.putIfAbsent(id, g));
    change.match().newIds().forEach(id -> newGroup.putIfAbsent(id, g));
    for (ClauseChange child : change.children()) {
      index(child, g, oldGroup, newGroup);
    }
  }

  private static List<List<Integer>> byGroup(
      List<CommitmentReader.Item> items, Map<String, Integer> group, int groups) {
    List<List<Integer>> out = new ArrayList<>();
    for (int g = 0; g < groups; g++) {
      out.add(new ArrayList<>());
    }
    for (int i = 0; i < items.size(); i++) {
      Integer g = group.get(items.get(i).commitment().clause());
      if (g != null) {
        out.get(g).add(i);
      }
    }
    return out;
  }

  /**
   * Pairs commitments with the same text, each old one with the first such new one not yet taken:
   * no other pair scores as high, and they are most of a long comparison.
   */
  private void pairIdentical(List<Integer> a, List<Integer> b) {
    Map<String, ArrayDeque<Integer>> byText = new HashMap<>();
    for (int j : b) {
      if (newToOld[j] < 0) {
        byText.computeIfAbsent(news.get(j).commitment().text(), k -> new ArrayDeque<>()).add(j);
      }
    }
    for (int i : a) {
      ArrayDeque<Integer> same = byText.get(olds.get(i).commitment().text());
      if (oldToNew[i] < 0 && same != null && !same.isEmpty()) {
        int j = same.poll();
        oldToNew[i] = j;
        newToOld[j] = i;
      }
    }
  }

  private static List<Integer> unpaired(List<Integer> items, int[] paired) {
    List<Integer> out = new ArrayList<>();
    for (int i : items) {
      if (paired[i] < 0) {
        out.add(i);
      }
    }
    return out;
  }

  private void pairMoved() {
    List<Integer> a = new ArrayList<>();
    List<Integer> b = new ArrayList<>();
    for (int i = 0; i < olds.size(); i++) {
      if (oldToNew[i] < 0) {
        a.add(i);
      }
    }
    for (int j = 0; j < news.size(); j++) {
      if (newToOld[j] < 0) {
        b.add(j);
      }
    }
    if ((long) a.size() * b.size() <= MOVED_MAX_PAIRS) {
      pair(a, b, MOVED_THRESHOLD);
    }
  }

  /**
   * Pairs the old items {@code a} with the new items {@code b} by the classifier's sentence
   * pairing; a pair below {@code threshold} (mean Dice of words and word pairs) is dropped.
   */
  private void pair(List<Integer> a, List<Integer> b, double threshold) {
    if (a.isEmpty() || b.isEmpty()) {
      return;
    }
    List<List<String>> os = a.stream().map(i -> olds.get(i).norms()).toList();
    List<List<String>> ns = b.stream().map(j -> news.get(j).norms()).toList();
    SentencePairing pairing = SentencePairing.ofNorms(os, ns);
    for (int x = 0; x < os.size(); x++) {
      int y = pairing.oldToNew[x];
      if (y >= 0
          && (threshold <= 0 || SentencePairing.similarity(os.get(x), ns.get(y)) >= threshold)) {
        oldToNew[a.get(x)] = b.get(y);
        newToOld[b.get(y)] = a.get(x);
      }
    }
  }

  private static int[] filled(int n) {
    int[] out = new int[n];
    java.util.Arrays.fill(out, -1);
    return out;
  }
}
