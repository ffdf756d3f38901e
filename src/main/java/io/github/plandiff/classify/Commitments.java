package io.github.plandiff.classify;

import io.github.plandiff.model.Clause;
import io.github.plandiff.model.Commitment;
import io.github.plandiff.model.Comparison;
import io.github.plandiff.model.Draft;
import io.github.plandiff.model.DraftLedger;
import io.github.plandiff.model.Ledger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * Finds the commitments of a draft (each binding, soft or permissive sentence, or coordinated part
 * of one, with its obligors, modality, negation, counterparties, conditions and deadlines) and puts
 * them in a ledger: per party for one draft, or per party old → new for a comparison. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * Commitments commitments = new Commitments();
 * DraftLedger ledger = commitments.ledger(PlanDiff.parse(Path.of("plan-28.txt")));
 * Ledger shifts = commitments.compare(PlanDiff.compare(oldFile, newFile));
 * }</pre>
 */
public final class Commitments {

  /** Clauses in a draft from which they are read by several processors. */
  static final int PARALLEL_FROM = 2_000;

  private final CommitmentReader reader;
  private final CommitmentReader modalOnly;

  /** A clause text read by one of the readers. */
  private record Key(String text, boolean modalOnly) {}

  /** Uses the built-in lexicon (for the parties) and commitment words. */
  public Commitments() {
    this(Lexicon.defaults(), CommitmentWords.defaults());
  }

  /**
   * Uses a lexicon (its modals, negations, conditions, deadlines and party gazetteer) and
   * commitment words.
   *
   * @param lexicon the lexicon, not null
   * @param words the commitment words, not null
   */
  public Commitments(Lexicon lexicon, CommitmentWords words) {
    Objects.requireNonNull(lexicon, "lexicon");
    Objects.requireNonNull(words, "words");
    this.reader = new CommitmentReader(lexicon, new Rules(lexicon), new CommitmentCues(words));
    this.modalOnly = reader.modalOnly();
  }

  /**
   * Returns the commitments of one clause text.
   *
   * @param clause the clause id to record, not null
   * @param text the clause's own text, not null
   * @return the commitments in text order
   */
  public List<Commitment> of(String clause, String text) {
    Objects.requireNonNull(clause, "clause");
    Objects.requireNonNull(text, "text");
    return reader.read(clause, text).stream().map(CommitmentReader.Item::commitment).toList();
  }

  /**
   * Returns the commitments of every clause of a draft, each in the clause whose own text holds it.
   *
   * @param draft the draft, not null
   * @return the commitments in source order
   */
  public List<Commitment> of(Draft draft) {
    return items(draft).stream().map(CommitmentReader.Item::commitment).toList();
  }

  /**
   * Returns the ledger of one draft: per party (and per set of parties bound together) its binding,
   * soft and permissive commitments.
   *
   * @param draft the draft, not null
   * @return the ledger
   */
  public DraftLedger ledger(Draft draft) {
    List<Commitment> all = of(draft);
    return new DraftLedger(
        draft.label(), draft.source(), Tallies.parties(all), Tallies.groups(all), all);
  }

  /**
   * Returns the ledger of a comparison: each commitment of both drafts with its counterpart and
   * status, and per party the counts old → new, added, removed, softened, hardened and changed.
   * Commitments are paired inside matched clauses first, then, among those left, across the drafts
   * when their words are close.
   *
   * @param comparison the comparison, not null
   * @return the ledger
   */
  public Ledger compare(Comparison comparison) {
    Objects.requireNonNull(comparison, "comparison");
    // Most clause texts of two drafts are the same: each is read once.
    Map<Key, List<CommitmentReader.Item>> seen = new ConcurrentHashMap<>();
    return new LedgerBuilder(
            items(comparison.oldDraft(), seen),
            items(comparison.newDraft(), seen),
            comparison.changes())
        .build();
  }

  private List<CommitmentReader.Item> items(Draft draft) {
    return items(draft, new ConcurrentHashMap<>());
  }

  /**
   * The commitments of every clause, in source order. On long drafts the clauses are read by
   * several processors, each into its own slot; a text read before (in either draft) is not read
   * again. Reading depends only on the text and on whether the clause continues its parent's
   * lead-in, so the result is the same as from one processor.
   */
  private List<CommitmentReader.Item> items(
      Draft draft, Map<Key, List<CommitmentReader.Item>> seen) {
    Objects.requireNonNull(draft, "draft");
    List<Clause> clauses = draft.allClauses();
    Set<String> continuing = continuingLeadIns(draft.clauses(), new HashSet<>());
    @SuppressWarnings("unchecked")
    List<CommitmentReader.Item>[] read = new List[clauses.size()];
    IntStream indexes = IntStream.range(0, read.length);
    (read.length >= PARALLEL_FROM ? indexes.parallel() : indexes)
        .forEach(
            k -> {
              Clause clause = clauses.get(k);
              Key key = new Key(clause.text(), continuing.contains(clause.id()));
              read[k] =
                  seen.computeIfAbsent(
                      key, t -> (t.modalOnly() ? modalOnly : reader).read(clause.id(), t.text()));
            });
    List<CommitmentReader.Item> out = new ArrayList<>();
    for (int k = 0; k < read.length; k++) {
      String id = clauses.get(k).id();
      for (CommitmentReader.Item item : read[k]) {
        out.add(item.commitment().clause().equals(id) ? item : item.inClause(id));
      }
    }
    return out;
  }

  /**
   * The ids of the clauses whose parent's own text is a lead-in, ending with ":" or a dash
   * ("Congress finds the following:", "The Secretary shall—"): they continue its sentence, so their
   * first word is no imperative and their verb no provision of their own.
   */
  private static Set<String> continuingLeadIns(List<Clause> clauses, Set<String> out) {
    for (Clause clause : clauses) {
      String text = clause.text().strip();
      char last = text.isEmpty() ? ' ' : text.charAt(text.length() - 1);
      if (last == ':' || last == '\u2014' || last == '\u2013' || last == '-') {
        clause.children().forEach(child -> out.add(child.id()));
      }
      continuingLeadIns(clause.children(), out);
    }
    return out;
  }
}
