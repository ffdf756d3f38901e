package io.github.plandiff;

import io.github.plandiff.align.Aligner;
import io.github.plandiff.classify.ChangeClassifier;
import io.github.plandiff.history.DraftHistory;
import io.github.plandiff.model.Alignment;
import io.github.plandiff.model.Clause;
import io.github.plandiff.model.ClauseChange;
import io.github.plandiff.model.ClauseMatch;
import io.github.plandiff.model.Comparison;
import io.github.plandiff.model.Document;
import io.github.plandiff.model.Draft;
import io.github.plandiff.model.History;
import io.github.plandiff.model.Segment;
import io.github.plandiff.model.Significance;
import io.github.plandiff.model.Warning;
import io.github.plandiff.parse.DraftParser;
import io.github.plandiff.read.DraftReaders;
import io.github.plandiff.redline.Granularity;
import io.github.plandiff.redline.Redline;
import io.github.plandiff.redline.RedlineEngine;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The entry point: reads, parses and compares drafts with the default pipeline.
 *
 * <pre>{@code
 * Comparison c = PlanDiff.compare(Path.of("plan-28.txt"), Path.of("plan-20.txt"));
 * for (ClauseChange change : c.changes()) { ... }
 * }</pre>
 *
 * <p>All methods are static, thread-safe and deterministic. Each stage is also usable alone (see
 * the packages {@code read}, {@code parse}, {@code align}, {@code redline}).
 */
public final class PlanDiff {

  private PlanDiff() {}

  /**
   * Compares two draft files with the default options.
   *
   * @param oldFile the old draft
   * @param newFile the new draft
   * @return the comparison
   * @throws io.github.plandiff.model.DraftReadException if a file cannot be read
   */
  public static Comparison compare(Path oldFile, Path newFile) {
    return compare(oldFile, newFile, CompareOptions.defaults());
  }

  /**
   * Compares two draft files.
   *
   * @param oldFile the old draft
   * @param newFile the new draft
   * @param options the options
   * @return the comparison
   * @throws io.github.plandiff.model.DraftReadException if a file cannot be read
   */
  public static Comparison compare(Path oldFile, Path newFile, CompareOptions options) {
    Draft oldDraft = parse(oldFile, options.oldLabel(), options);
    Draft newDraft = parse(newFile, options.newLabel(), options);
    return compare(oldDraft, newDraft, options);
  }

  /**
   * Compares two drafts given as plain text.
   *
   * @param oldText the old draft's text
   * @param newText the new draft's text
   * @return the comparison
   */
  public static Comparison compareTexts(String oldText, String newText) {
    CompareOptions options = CompareOptions.defaults();
    Draft oldDraft = parse(oldText.getBytes(StandardCharsets.UTF_8), "old", "old");
    Draft newDraft = parse(newText.getBytes(StandardCharsets.UTF_8), "new", "new");
    return compare(oldDraft, newDraft, options);
  }

  /**
   * Compares two parsed drafts.
   *
   * @param oldDraft the old draft
   * @param newDraft the new draft
   * @param options the options
   * @return the comparison
   */
  public static Comparison compare(Draft oldDraft, Draft newDraft, CompareOptions options) {
    Alignment alignment = new Aligner(options.aligner()).align(oldDraft, newDraft);
    return compare(oldDraft, newDraft, alignment, options);
  }

  /** The stages after alignment: redlines, classification and warnings for a given alignment. */
  static Comparison compare(
      Draft oldDraft, Draft newDraft, Alignment alignment, CompareOptions options) {
    Map<String, Clause> olds = index(oldDraft);
    Map<String, Clause> news = index(newDraft);
    RedlineEngine engine = new RedlineEngine();
    ChangeClassifier classifier = new ChangeClassifier(options.classifier());
    List<ClauseMatch> top = Aligner.topLevel(alignment, oldDraft, newDraft);
    List<ClauseChange> changes = new ArrayList<>();
    List<ClauseChange> children = new ArrayList<>();
    List<Warning> coarse = new ArrayList<>();
    int next = 0;
    NestedTexts oldTop = null;
    NestedTexts newTop = null;
    for (ClauseMatch match : alignment.matches()) {
      boolean isTop = next < top.size() && top.get(next) == match;
      if (!isTop) {
        // Sub-clause matches follow the top-level match they belong to.
        children.add(subChange(match, oldTop, newTop, olds, news, engine, coarse));
        continue;
      }
      attachChildren(changes, children);
      next++;
      String oldText = text(match.oldIds(), olds);
      String newText = text(match.newIds(), news);
      oldTop = nested(match.oldIds(), olds, oldText);
      newTop = nested(match.newIds(), news, newText);
      Redline diff =
          oldTop != null && newTop != null && !oldText.equals(newText)
              ? engine.diff(oldTop.tokens(), newTop.tokens())
              : engine.diff(oldText, newText);
      changes.add(
          classifier.classify(
              change(match, oldText, newText, diff, news, engine, coarse), oldText, newText));
    }
    attachChildren(changes, children);
    List<Warning> warnings = new ArrayList<>();
    for (Warning w : oldDraft.warnings()) {
      warnings.add(w.forDraft("old"));
    }
    for (Warning w : newDraft.warnings()) {
      warnings.add(w.forDraft("new"));
    }
    warnings.addAll(coarse);
    return new Comparison(oldDraft, newDraft, changes, warnings);
  }

  /**
   * Follows every clause through a chain of drafts with the default options.
   *
   * @param drafts the drafts, oldest first, at least one
   * @return each clause's lineage, ordered by first appearance
   * @throws IllegalArgumentException if there are no drafts
   */
  public static History history(List<Draft> drafts) {
    return history(drafts, CompareOptions.defaults());
  }

  /**
   * Follows every clause through a chain of drafts, comparing consecutive drafts as {@link
   * #compare(Draft, Draft, CompareOptions)} does.
   *
   * @param drafts the drafts, oldest first, at least one
   * @param options the options of each comparison
   * @return each clause's lineage, ordered by first appearance
   * @throws IllegalArgumentException if there are no drafts
   */
  public static History history(List<Draft> drafts, CompareOptions options) {
    return new DraftHistory((older, newer) -> compare(older, newer, options)).follow(drafts);
  }

  /**
   * Reads and parses a draft file.
   *
   * @param file the file
   * @return the draft, labelled with the file name
   * @throws io.github.plandiff.model.DraftReadException if the file cannot be read
   */
  public static Draft parse(Path file) {
    return parse(file, null, CompareOptions.defaults());
  }

  /**
   * Reads and parses a draft from bytes.
   *
   * @param bytes the source
   * @param source the name used in messages
   * @param label the draft's label
   * @return the draft
   * @throws io.github.plandiff.model.DraftReadException if the bytes are not a readable draft
   */
  public static Draft parse(byte[] bytes, String source, String label) {
    Document document = DraftReaders.read(bytes, source);
    return new DraftParser().parse(document, label);
  }

  /**
   * Reads and parses a draft file with the input-size limit of the options.
   *
   * @param file the file
   * @param options the options; only {@link CompareOptions#maxInputBytes()} applies here
   * @return the draft, labelled with the file name
   * @throws io.github.plandiff.model.DraftReadException if the file cannot be read or is too large
   */
  public static Draft parse(Path file, CompareOptions options) {
    return parse(file, null, options);
  }

  /**
   * Reads and parses a draft from bytes with the input-size limit of the options.
   *
   * @param bytes the source
   * @param source the name used in messages
   * @param label the draft's label
   * @param options the options; only {@link CompareOptions#maxInputBytes()} applies here
   * @return the draft
   * @throws io.github.plandiff.model.DraftReadException if the bytes are too many or not a draft
   */
  public static Draft parse(byte[] bytes, String source, String label, CompareOptions options) {
    Document document = DraftReaders.read(bytes, source, options.maxInputBytes());
    return new DraftParser().parse(document, label);
  }

  private static Draft parse(Path file, String label, CompareOptions options) {
    Document document = DraftReaders.read(file, options.maxInputBytes());
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    return new DraftParser().parse(document, label != null ? label : stripExtension(name));
  }

  private static String stripExtension(String name) {
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
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

  private static void attachChildren(List<ClauseChange> changes, List<ClauseChange> children) {
    if (!children.isEmpty() && !changes.isEmpty()) {
      int last = changes.size() - 1;
      changes.set(last, changes.get(last).withChildren(children));
    }
    children.clear();
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
