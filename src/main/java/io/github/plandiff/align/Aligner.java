package io.github.plandiff.align;

import io.github.plandiff.align.AlignerSettings.Hierarchy;
import io.github.plandiff.model.Alignment;
import io.github.plandiff.model.Clause;
import io.github.plandiff.model.ClauseMatch;
import io.github.plandiff.model.Draft;
import io.github.plandiff.model.Relation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Aligns two drafts by the text of their clauses, never by their numbers.
 *
 * <p>Top-level clauses first: equal texts, then the one-to-one assignment with the greatest total
 * TF-IDF similarity, then merges and splits found by containment (including a clause that the
 * assignment gave to a weaker counterpart), then pairs in the gaps of the order. Then, level by
 * level, the sub-clauses of each pair of matched clauses, and the sub-clauses left over across all
 * parents (a sub-clause that moved to another parent). See docs/alignment.md.
 *
 * <p>The result lists each top-level match in the new draft's order, each removed clause after the
 * match that holds its nearest surviving predecessor. When {@link Hierarchy#CHILDREN} is set and
 * the drafts have sub-clauses, each top-level match is followed by the matches of the sub-clauses
 * under it (ordered by the same rule within it, recursively); every sub-clause of both drafts is in
 * exactly one of those. {@link #topLevel} keeps only the top-level matches. Stateless and
 * thread-safe; the same drafts always give the same alignment.
 */
public final class Aligner {

  private final AlignerSettings settings;
  private final Optional<SemanticModel> model;
  private final boolean wanted;

  /**
   * Creates an aligner with the bundled semantic model ({@link SemanticModels#bundled()}) when it
   * is on the class path; without it, the alignment reads words only and says so in its warnings.
   *
   * @param settings the thresholds, not null
   */
  public Aligner(AlignerSettings settings) {
    this(settings, SemanticModels.bundled(), true);
  }

  /**
   * Creates an aligner with a given semantic model, or none.
   *
   * @param settings the thresholds, not null
   * @param model the semantic model; empty to align by words only, without a warning
   */
  public Aligner(AlignerSettings settings, Optional<SemanticModel> model) {
    this(settings, model, false);
  }

  private Aligner(AlignerSettings settings, Optional<SemanticModel> model, boolean wanted) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.model = Objects.requireNonNull(model, "model");
    this.wanted = wanted;
  }

  /**
   * Aligns two drafts.
   *
   * @param oldDraft the old draft, not null
   * @param newDraft the new draft, not null
   * @return every top-level clause of both drafts in exactly one top-level match, followed by the
   *     matches of their sub-clauses when the settings ask for them
   */
  public Alignment align(Draft oldDraft, Draft newDraft) {
    Family root = new Family(oldDraft.clauses(), newDraft.clauses());
    ClauseTexts texts = new ClauseTexts();
    List<Clause> all = new ArrayList<>(oldDraft.allClauses());
    all.addAll(newDraft.allClauses());
    texts.prepare(all);
    Meaning meaning = new Meaning(model, wanted, settings.semanticLimit(), texts);
    List<Node> top = level(List.of(root), true, texts, meaning).get(0);
    List<ClauseMatch> out = new ArrayList<>();
    for (Node node : top) {
      node.flatten(out);
    }
    return new Alignment(out, meaning.warnings());
  }

  /**
   * Keeps the matches of top-level clauses only, in order.
   *
   * @param alignment an alignment of the two drafts
   * @param oldDraft the old draft
   * @param newDraft the new draft
   * @return the matches whose ids are all top-level ids of the drafts
   */
  public static List<ClauseMatch> topLevel(Alignment alignment, Draft oldDraft, Draft newDraft) {
    Set<String> oldTop = ids(oldDraft.clauses());
    Set<String> newTop = ids(newDraft.clauses());
    List<ClauseMatch> out = new ArrayList<>();
    for (ClauseMatch m : alignment.matches()) {
      if (oldTop.containsAll(m.oldIds()) && newTop.containsAll(m.newIds())) {
        out.add(m);
      }
    }
    return out;
  }

  private static Set<String> ids(List<Clause> clauses) {
    Set<String> ids = new HashSet<>();
    for (Clause c : clauses) {
      ids.add(c.id());
    }
    return ids;
  }

  /** Aligns the clauses of each family; returns each family's nodes in output order. */
  private List<List<Node>> level(
      List<Family> families, boolean top, ClauseTexts texts, Meaning meaning) {
    LevelRun run = new LevelRun(families, settings, top, texts, meaning);
    List<List<Node>> out = new ArrayList<>();
    List<Family> next = new ArrayList<>();
    List<Node> parents = new ArrayList<>();
    for (int f = 0; f < families.size(); f++) {
      List<Node> nodes = run.nodes(f);
      out.add(nodes);
      if (settings.hierarchy() == Hierarchy.CHILDREN) {
        for (Node node : nodes) {
          Family child = new Family(children(node.oldClauses), children(node.newClauses));
          if (!child.olds.isEmpty() || !child.news.isEmpty()) {
            next.add(child);
            parents.add(node);
          }
        }
      }
    }
    if (!next.isEmpty()) {
      List<List<Node>> kids = level(next, false, texts, meaning);
      for (int k = 0; k < parents.size(); k++) {
        parents.get(k).children.addAll(kids.get(k));
      }
    }
    return out;
  }

  private static List<Clause> children(List<Clause> parents) {
    List<Clause> kids = new ArrayList<>();
    for (Clause c : parents) {
      kids.addAll(c.children());
    }
    return kids;
  }

  static Relation relation(List<Clause> olds, List<Clause> news, ClauseTexts texts) {
    if (olds.isEmpty()) {
      return Relation.ADDED;
    }
    if (news.isEmpty()) {
      return Relation.REMOVED;
    }
    if (olds.size() > 1) {
      return Relation.MERGED;
    }
    if (news.size() > 1) {
      return Relation.SPLIT;
    }
    return texts.key(olds.get(0)).equals(texts.key(news.get(0)))
        ? Relation.UNCHANGED
        : Relation.REWORDED;
  }

  /** The old and new sub-clauses under one match (or the top-level clauses of the drafts). */
  record Family(List<Clause> olds, List<Clause> news) {}

  /** A match with the matches of the sub-clauses under it. */
  static final class Node {
    final ClauseMatch match;
    final List<Clause> oldClauses;
    final List<Clause> newClauses;
    final List<Node> children = new ArrayList<>();

    Node(ClauseMatch match, List<Clause> oldClauses, List<Clause> newClauses) {
      this.match = match;
      this.oldClauses = oldClauses;
      this.newClauses = newClauses;
    }

    void flatten(List<ClauseMatch> out) {
      out.add(match);
      for (Node child : children) {
        child.flatten(out);
      }
    }
  }
}
