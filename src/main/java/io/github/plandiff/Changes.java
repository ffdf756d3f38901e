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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The stages after alignment: for each top-level match and the sub-clause matches under it, the
 * redlines, significance, classification and warnings. Top-level matches are independent of each
 * other, so on long drafts they are worked on by several processors; each writes only its own slot,
 * and the changes and warnings are put together in the alignment's order, so the result is the same
 * as from one processor.
 */
final class Changes {

  /** Matches in an alignment from which the work is shared between processors. */
  static final int PARALLEL_FROM = 2_000;

  /** A top-level match (null before the first) and the sub-clause matches that follow it. */
  private record Group(ClauseMatch top, List<ClauseMatch> subs) {}

  /** The change of a group, with its sub-clause changes, and the warnings it gave. */
  private record Done(ClauseChange change, List<Warning> coarse) {}

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
    Comparison comparison = withoutLedger(oldDraft, newDraft, alignment, options);
    Commitments commitments =
        new Commitments(options.classifier().lexicon(), CommitmentWords.defaults());
    return comparison.withLedger(commitments.compare(comparison));
  }

  /**
   * As {@link #compare(Draft, Draft, Alignment, CompareOptions)} without the ledger of commitments,
   * for those who use the changes only (the history of a chain of drafts).
   */
  static Comparison withoutLedger(
      Draft oldDraft, Draft newDraft, Alignment alignment, CompareOptions options) {
    return compare(
        oldDraft, newDraft, alignment, options, alignment.matches().size() >= PARALLEL_FROM);
  }

  /**
   * As {@link #withoutLedger(Draft, Draft, Alignment, CompareOptions)}, on one processor or
   * several.
   */
  static Comparison compare(
      Draft oldDraft,
      Draft newDraft,
      Alignment alignment,
      CompareOptions options,
      boolean parallel) {
    Changes work = new Changes(oldDraft, newDraft, options);
    List<Group> groups = groups(alignment, oldDraft, newDraft);
    Done[] done = new Done[groups.size()];
    IntStream indexes = IntStream.range(0, done.length);
    (parallel ? indexes.parallel() : indexes).forEach(k -> done[k] = work.group(groups.get(k)));
    List<ClauseChange> changes = new ArrayList<>();
    List<Warning> warnings = new ArrayList<>();
    for (Warning w : oldDraft.warnings()) {
      warnings.add(w.forDraft("old"));
    }
    for (Warning w : newDraft.warnings()) {
      warnings.add(w.forDraft("new"));
    }
    warnings.addAll(alignment.warnings());
    for (Done d : done) {
      if (d.change != null) {
        changes.add(d.change);
      }
      warnings.addAll(d.coarse);
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

  private Done group(Group g) {
    List<Warning> coarse = new ArrayList<>();
    ClauseChange change = null;
    NestedTexts oldTop = null;
    NestedTexts newTop = null;
    if (g.top != null) {
      ClauseMatch match = g.top;
      String oldText = text(match.oldIds(), olds);
      String newText = text(match.newIds(), news);
      oldTop = nested(match.oldIds(), olds, oldText);
      newTop = nested(match.newIds(), news, newText);
      Redline diff =
          oldTop != null && newTop != null && !oldText.equals(newText)
              ? engine.diff(oldTop.tokens(), newTop.tokens())
              : engine.diff(oldText, newText);
      change =
          classifier.classify(
              change(match, oldText, newText, diff, news, engine, coarse), oldText, newText);
    }
    List<ClauseChange> children = new ArrayList<>();
    for (ClauseMatch sub : g.subs) {
      children.add(subChange(sub, oldTop, newTop, olds, news, engine, coarse));
    }
    if (change != null && !children.isEmpty()) {
      change = change.withChildren(children);
    }
    return new Done(change, coarse);
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
      NestedTexts oldTop,
      NestedTexts newTop,
      Map<String, Clause> olds,
      Map<String, Clause> news,
      RedlineEngine engine,
      List<Warning> coarse) {
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
