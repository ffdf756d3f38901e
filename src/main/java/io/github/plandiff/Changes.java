package io.github.plandiff;

import io.github.plandiff.align.Aligner;
import io.github.plandiff.classify.ChangeClassifier;
import io.github.plandiff.classify.CommitmentWords;
import io.github.plandiff.classify.Commitments;
import io.github.plandiff.model.Alignment;
import io.github.plandiff.model.Clause;
import io.github.plandiff.model.ClauseChange;
import io.github.plandiff.model.ClauseMatch;
import io.github.plandiff.model.Comparison;
import io.github.plandiff.model.Draft;
import io.github.plandiff.model.Segment;
import io.github.plandiff.model.Significance;
import io.github.plandiff.model.Warning;
import io.github.plandiff.redline.Granularity;
import io.github.plandiff.redline.Redline;
import io.github.plandiff.redline.RedlineEngine;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.stream.IntStream;

/**
 * The stages after alignment: for each top-level match and the sub-clause matches under it, the
 * redlines, significance, classification and warnings. Once both sides of each top-level match are
 * known, every match is a unit of its own, and on long drafts the units are shared between
 * processors, each writing only its own slot; the changes and warnings are put together in the
 * alignment's order, so the result is the same as from one processor.
 */
final class Changes {

  /** Matches in an alignment from which the work is shared between processors. */
  static final int PARALLEL_FROM = 2_000;

  /** A top-level match (null before the first) and the sub-clause matches that follow it. */
  private record Group(ClauseMatch top, List<ClauseMatch> subs) {}

  private final Map<String, Clause> olds;
  private final Map<String, Clause> news;
  private final RedlineEngine engine = new RedlineEngine();
  private final ChangeClassifier classifier;

  private Changes(Draft oldDraft, Draft newDraft, CompareOptions options) {
    olds = index(oldDraft);
    news = index(newDraft);
    classifier = new ChangeClassifier(options.classifier()).forDrafts(oldDraft, newDraft);
  }

  static Comparison compare(
      Draft oldDraft, Draft newDraft, Alignment alignment, CompareOptions options) {
    return OwnPool.run(
        alignment.matches().size() >= PARALLEL_FROM,
        () -> {
          Comparison comparison = withoutLedger(oldDraft, newDraft, alignment, options);
          Commitments commitments =
              new Commitments(options.classifier().lexicon(), CommitmentWords.defaults());
          return comparison.withLedger(commitments.compare(comparison));
        });
  }

  /**
   * As {@link #compare(Draft, Draft, Alignment, CompareOptions)} without the ledger of commitments,
   * for those who use the changes only (the history of a chain of drafts).
   */
  static Comparison withoutLedger(
      Draft oldDraft, Draft newDraft, Alignment alignment, CompareOptions options) {
    boolean parallel = alignment.matches().size() >= PARALLEL_FROM;
    return OwnPool.run(parallel, () -> compare(oldDraft, newDraft, alignment, options, parallel));
  }

  /** As {@link #withoutLedger}, on one processor or several. */
  static Comparison compare(
      Draft oldDraft,
      Draft newDraft,
      Alignment alignment,
      CompareOptions options,
      boolean parallel) {
    Changes work = new Changes(oldDraft, newDraft, options);
    List<Group> groups = groups(alignment, oldDraft, newDraft);
    // Unit first[k] is group k's top-level match, the units after it its sub-clause matches.
    int[] first = new int[groups.size() + 1];
    for (int k = 0; k < groups.size(); k++) {
      first[k + 1] = first[k] + 1 + groups.get(k).subs.size();
    }
    // A group with sub-clauses keeps both sides (and their tokens) until its last unit is done.
    Tops[] tops = new Tops[groups.size()];
    AtomicIntegerArray left = new AtomicIntegerArray(tops.length);
    IntStream byGroup = IntStream.range(0, tops.length);
    (parallel ? byGroup.parallel() : byGroup)
        .forEach(k -> tops[k] = groups.get(k).subs.isEmpty() ? null : work.tops(groups.get(k)));
    for (int k = 0; k < tops.length; k++) {
      left.set(k, first[k + 1] - first[k]);
    }
    ClauseChange[] made = new ClauseChange[first[groups.size()]];
    @SuppressWarnings("unchecked")
    List<Warning>[] coarse = new List[made.length];
    IntStream units = IntStream.range(0, made.length);
    (parallel ? units.parallel() : units)
        .forEach(
            u -> {
              int k = Arrays.binarySearch(first, u);
              int g = k >= 0 ? k : -k - 2;
              List<Warning> warned = new ArrayList<>();
              made[u] = work.unit(groups.get(g), tops[g], u - first[g] - 1, warned);
              coarse[u] = warned.isEmpty() ? List.of() : warned;
              if (left.decrementAndGet(g) == 0) {
                tops[g] = null;
              }
            });
    List<ClauseChange> changes = new ArrayList<>();
    List<Warning> warnings = new ArrayList<>();
    for (Warning w : oldDraft.warnings()) {
      warnings.add(w.forDraft("old"));
    }
    for (Warning w : newDraft.warnings()) {
      warnings.add(w.forDraft("new"));
    }
    warnings.addAll(alignment.warnings());
    for (int k = 0; k < groups.size(); k++) {
      ClauseChange change = made[first[k]];
      if (change != null) {
        changes.add(
            first[k + 1] > first[k] + 1
                ? change.withChildren(Arrays.asList(made).subList(first[k] + 1, first[k + 1]))
                : change);
      }
      for (int u = first[k]; u < first[k + 1]; u++) {
        warnings.addAll(coarse[u]);
      }
    }
    return new Comparison(
        oldDraft, newDraft, changes, warnings, HeadingChanges.of(oldDraft, newDraft, changes));
  }

  /** Each top-level match with the sub-clause matches that follow it in the alignment. */
  private static List<Group> groups(Alignment alignment, Draft oldDraft, Draft newDraft) {
    List<ClauseMatch> top = Aligner.topLevel(alignment, oldDraft, newDraft);
    List<Group> groups = new ArrayList<>();
    Group current = null;
    int next = 0;
    for (ClauseMatch match : alignment.matches()) {
      if (next < top.size() && top.get(next) == match) {
        next++;
        current = new Group(match, new ArrayList<>());
        groups.add(current);
      } else {
        if (current == null) {
          current = new Group(null, new ArrayList<>());
          groups.add(current);
        }
        current.subs.add(match);
      }
    }
    return groups;
  }

  /**
   * One unit: the change of a group's top-level match ({@code sub} -1; null before the first), or
   * of its sub-clause match {@code sub}.
   */
  private ClauseChange unit(Group g, Tops tops, int sub, List<Warning> coarse) {
    if (sub >= 0) {
      return subChange(g.subs.get(sub), tops, olds, news, engine, coarse);
    }
    return g.top == null ? null : top(g.top, tops != null ? tops : tops(g), coarse);
  }

  /** Both sides of a top-level match: their texts, and where each clause under them lies. */
  private record Tops(String oldText, String newText, NestedTexts oldTop, NestedTexts newTop) {}

  private Tops tops(Group g) {
    if (g.top == null) {
      return null;
    }
    String oldText = text(g.top.oldIds(), olds);
    String newText = text(g.top.newIds(), news);
    NestedTexts oldTop = nested(g.top.oldIds(), olds, oldText);
    NestedTexts newTop = nested(g.top.newIds(), news, newText);
    if (oldTop != null && newTop != null && !g.subs.isEmpty()) {
      boolean tokens = !oldText.equals(newText);
      oldTop.prepared(tokens);
      newTop.prepared(tokens);
    }
    return new Tops(oldText, newText, oldTop, newTop);
  }

  private ClauseChange top(ClauseMatch match, Tops t, List<Warning> coarse) {
    Redline diff =
        t.oldTop != null && t.newTop != null && !t.oldText.equals(t.newText)
            ? engine.diff(t.oldTop.tokens(), t.newTop.tokens())
            : engine.diff(t.oldText, t.newText);
    return classifier.classify(
        change(match, t.oldText, t.newText, diff, news, engine, coarse), t.oldText, t.newText);
  }

  private static NestedTexts nested(List<String> ids, Map<String, Clause> clauses, String text) {
    return ids.size() == 1 ? new NestedTexts(clauses.get(ids.get(0)), text) : null;
  }

  /**
   * The change of a sub-clause match. A side that is one clause under its top-level clause takes
   * its text, and its tokens when the texts differ, from the top-level side; the redline is the
   * same as from texts built and tokenised alone.
   */
  private static ClauseChange subChange(
      ClauseMatch match,
      Tops tops,
      Map<String, Clause> olds,
      Map<String, Clause> news,
      RedlineEngine engine,
      List<Warning> coarse) {
    NestedTexts oldTop = tops == null ? null : tops.oldTop;
    NestedTexts newTop = tops == null ? null : tops.newTop;
    int[] o = range(match.oldIds(), oldTop);
    int[] n = range(match.newIds(), newTop);
    String oldText = o != null ? oldTop.text().substring(o[0], o[1]) : text(match.oldIds(), olds);
    String newText = n != null ? newTop.text().substring(n[0], n[1]) : text(match.newIds(), news);
    Redline diff =
        o != null && n != null && !oldText.equals(newText)
            ? engine.diff(oldTop.tokens().slice(o[0], o[1]), newTop.tokens().slice(n[0], n[1]))
            : engine.diff(oldText, newText);
    return change(match, oldText, newText, diff, news, engine, coarse);
  }

  private static int[] range(List<String> ids, NestedTexts top) {
    return top == null || ids.size() != 1 ? null : top.range(ids.get(0));
  }

  /** The change of one match, given both sides' texts and their redline. */
  private static ClauseChange change(
      ClauseMatch match,
      String oldText,
      String newText,
      Redline diff,
      Map<String, Clause> news,
      RedlineEngine engine,
      List<Warning> coarse) {
    List<Segment> redline = diff.segments();
    if (diff.isCoarse()) {
      coarse.add(coarseWarning(match, news, diff));
    }
    Optional<Significance> significance =
        switch (match.relation()) {
          case REWORDED, MERGED, SPLIT -> Optional.of(engine.significance(oldText, newText));
          default -> Optional.empty();
        };
    return new ClauseChange(match, significance, List.of(), List.of(), redline);
  }

  /** A redline coarser than word by word is still lossless, but the reader should know. */
  private static Warning coarseWarning(ClauseMatch match, Map<String, Clause> news, Redline diff) {
    String id = match.newIds().get(0);
    String how =
        diff.granularity() == Granularity.SENTENCE
            ? "compared sentence by sentence, then word by word inside changed sentences"
            : "compared sentence by sentence; some long changed passages are shown as deleted and"
                + " inserted whole";
    return new Warning(
        "new",
        news.get(id).span().startLine(),
        "clause "
            + id
            + " is too long for a"
            + " word-by-word redline ("
            + diff.tokens()
            + " tokens); "
            + how);
  }

  private static Map<String, Clause> index(Draft draft) {
    Map<String, Clause> byId = new HashMap<>();
    for (Clause clause : draft.allClauses()) {
      byId.put(clause.id(), clause);
    }
    return byId;
  }

  /** The text of one side of a change: its clauses' full texts, one per paragraph. */
  static String text(List<String> ids, Map<String, Clause> clauses) {
    if (ids.size() == 1) {
      return clauses.get(ids.get(0)).fullText();
    }
    StringBuilder sb = new StringBuilder();
    for (String id : ids) {
      if (sb.length() > 0) {
        sb.append('\n');
      }
      sb.append(clauses.get(id).fullText());
    }
    return sb.toString();
  }
}
