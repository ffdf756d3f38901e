package io.github.plandiff;

import io.github.plandiff.classify.CommitmentWords;
import io.github.plandiff.classify.Commitments;
import io.github.plandiff.history.DraftHistory;
import io.github.plandiff.model.Alignment;
import io.github.plandiff.model.Comparison;
import io.github.plandiff.model.Document;
import io.github.plandiff.model.Draft;
import io.github.plandiff.model.DraftLedger;
import io.github.plandiff.model.History;
import io.github.plandiff.parse.DraftParser;
import io.github.plandiff.read.DraftReaders;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

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
    Alignment alignment = options.newAligner().align(oldDraft, newDraft);
    return compare(oldDraft, newDraft, alignment, options);
  }

  /** The stages after alignment: redlines, classification and warnings for a given alignment. */
  static Comparison compare(
      Draft oldDraft, Draft newDraft, Alignment alignment, CompareOptions options) {
    return Changes.compare(oldDraft, newDraft, alignment, options);
  }

  /**
   * Returns who is bound to what in one draft: its commitments and, per party, how many bind,
   * advise or permit, with the lexicon of the default options.
   *
   * @param draft the draft
   * @return the ledger
   */
  public static DraftLedger ledger(Draft draft) {
    return ledger(draft, CompareOptions.defaults());
  }

  /**
   * Returns who is bound to what in one draft, with the lexicon (parties, modals) of the options.
   *
   * @param draft the draft
   * @param options the options; only the classifier's lexicon applies here
   * @return the ledger
   */
  public static DraftLedger ledger(Draft draft, CompareOptions options) {
    return new Commitments(options.classifier().lexicon(), CommitmentWords.defaults())
        .ledger(draft);
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
   * #compare(Draft, Draft, CompareOptions)} does (without the ledger of commitments, which the
   * history does not use).
   *
   * @param drafts the drafts, oldest first, at least one
   * @param options the options of each comparison
   * @return each clause's lineage, ordered by first appearance
   * @throws IllegalArgumentException if there are no drafts
   */
  public static History history(List<Draft> drafts, CompareOptions options) {
    // The history uses the changes of each comparison, not its ledger of commitments.
    return new DraftHistory(
            (older, newer) ->
                Changes.withoutLedger(
                    older, newer, options.newAligner().align(older, newer), options))
        .follow(drafts);
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
}
