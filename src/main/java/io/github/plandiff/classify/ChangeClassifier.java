package io.github.plandiff.classify;

import io.github.plandiff.model.ClauseChange;
import io.github.plandiff.model.Draft;
import io.github.plandiff.model.Signal;
import io.github.plandiff.model.TextNorm;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Says what a change does to commitments: fills a {@link ClauseChange}'s signals (modality,
 * negation, quantities, deadlines, parties, conditions, commitments, each with evidence) and
 * topics. Cosmetic edits and unchanged clauses raise no signal. Immutable and thread-safe.
 *
 * <pre>{@code
 * ChangeClassifier classifier = new ChangeClassifier(ClassifierSettings.DEFAULTS
 *     .withLexicon(Lexicon.defaults().extendedWith(Lexicon.read(Path.of("my-parties.json")))));
 * ClauseChange classified = classifier.classify(change, oldText, newText);
 * }</pre>
 */
public final class ChangeClassifier {

  private final ClauseAnalysis analysis;
  private final TopicTagger tagger;

  /** The sentences of the old draft, for sentences of the new one; none unless drafts are given. */
  private final Counterparts inOld;

  /** The sentences of the new draft, for sentences of the old one. */
  private final Counterparts inNew;

  /** Creates a classifier with the built-in lexicon and taxonomy. */
  public ChangeClassifier() {
    this(ClassifierSettings.DEFAULTS);
  }

  /**
   * Creates a classifier.
   *
   * @param settings the lexicon and taxonomy, not null
   */
  public ChangeClassifier(ClassifierSettings settings) {
    Objects.requireNonNull(settings, "settings");
    Rules rules = new Rules(settings.lexicon());
    this.analysis = new ClauseAnalysis(new Extractor(rules), rules);
    this.tagger = new TopicTagger(settings.taxonomy());
    this.inOld = Counterparts.NONE;
    this.inNew = Counterparts.NONE;
  }

  private ChangeClassifier(ChangeClassifier base, Counterparts inOld, Counterparts inNew) {
    this.analysis = base.analysis;
    this.tagger = base.tagger;
    this.inOld = inOld;
    this.inNew = inNew;
  }

  /**
   * Returns this classifier for the changes between two whole drafts: a binding sentence that has a
   * counterpart anywhere in the other draft (moved to another clause, or in a clause the aligner
   * did not pair with its own) is then no commitment removed or added. A classifier without the
   * drafts looks for counterparts only within each change.
   *
   * @param oldDraft the old draft, not null
   * @param newDraft the new draft, not null
   * @return the classifier
   */
  public ChangeClassifier forDrafts(Draft oldDraft, Draft newDraft) {
    Objects.requireNonNull(oldDraft, "oldDraft");
    Objects.requireNonNull(newDraft, "newDraft");
    Counterparts[] both = Counterparts.of(oldDraft, newDraft);
    return new ChangeClassifier(this, both[0], both[1]);
  }

  /**
   * Returns a classifier with the default taxonomy and another lexicon.
   *
   * @param lexicon the lexicon, not null
   * @return the classifier
   */
  public static ChangeClassifier withLexicon(Lexicon lexicon) {
    return new ChangeClassifier(ClassifierSettings.DEFAULTS.withLexicon(lexicon));
  }

  /**
   * Classifies one change.
   *
   * @param change the change; its relation, ids and redline are used
   * @param oldText the full text of the change's old side ("" when it has none; the old clauses'
   *     texts joined with "\n" when there are several)
   * @param newText the full text of the new side, likewise
   * @return the change with signals (in text order) and topics (sorted)
   * @throws NullPointerException if an argument is null
   */
  public ClauseChange classify(ClauseChange change, String oldText, String newText) {
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(oldText, "oldText");
    Objects.requireNonNull(newText, "newText");
    List<ClauseAnalysis.Found> found =
        switch (change.relation()) {
          case UNCHANGED -> List.of();
          case ADDED -> analysis.commitments(newText, false, inOld);
          case REMOVED -> analysis.commitments(oldText, true, inNew);
          default ->
              cosmetic(oldText, newText)
                  ? List.of()
                  : analysis.compare(oldText, newText, inOld, inNew);
        };
    List<String> topics = tagger.tag(oldText, newText);
    return change.withClassification(signals(change, oldText, newText, found), topics);
  }

  /**
   * Whether two texts differ only in case, punctuation, whitespace, quotes or dashes. Currency
   * signs and the percent sign count as words here: "$100" to "€100" is not cosmetic.
   */
  static boolean cosmetic(String oldText, String newText) {
    return TextNorm.sameCosmeticKey(oldText, newText) && signs(oldText).equals(signs(newText));
  }

  private static String signs(String text) {
    StringBuilder sb = new StringBuilder();
    text.codePoints()
        .filter(cp -> Character.getType(cp) == Character.CURRENCY_SYMBOL || cp == '%')
        .forEach(sb::appendCodePoint);
    return sb.toString();
  }

  private static List<Signal> signals(
      ClauseChange change, String oldText, String newText, List<ClauseAnalysis.Found> found) {
    if (found.isEmpty()) {
      return List.of();
    }
    SignalPlaces places = new SignalPlaces(change.redline(), oldText, newText);
    List<ClauseAnalysis.Found> sorted = new ArrayList<>(found);
    Map<ClauseAnalysis.Found, Integer> position = new IdentityHashMap<>();
    for (ClauseAnalysis.Found f : sorted) {
      position.put(f, places.position(f));
    }
    sorted.sort(
        Comparator.comparingInt((ClauseAnalysis.Found f) -> position.get(f))
            .thenComparing(f -> f.type().ordinal())
            .thenComparingInt(ClauseAnalysis.Found::oldOffset)
            .thenComparingInt(ClauseAnalysis.Found::newOffset));
    List<Signal> out = new ArrayList<>();
    for (ClauseAnalysis.Found f : sorted) {
      String clause =
          change.match().newIds().isEmpty()
              ? places.idAt(change.match().oldIds(), false, f.oldOffset())
              : places.idAt(change.match().newIds(), true, f.newOffset());
      out.add(new Signal(f.type(), f.oldText(), f.newText(), clause, f.oldOffset(), f.newOffset()));
    }
    return out;
  }
}
