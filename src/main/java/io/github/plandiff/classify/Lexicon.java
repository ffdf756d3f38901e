package io.github.plandiff.classify;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The words behind the signals: modal verbs and their strength, negations, condition markers,
 * deadline words, number words, currencies and the gazetteer of parties. Read from JSON (the format
 * is in {@code docs/classify.md}); {@link #defaults()} holds English, Ukrainian and Russian. Every
 * component may be missing in a JSON file and is then empty. Immutable.
 *
 * @param language a label for the lexicon ("en", "multi", ...), never null
 * @param modals modal phrases with their strength
 * @param modalNegations words that negate a modal next to them ("not", "never", "не")
 * @param modalBlockers words that make a following modal word a noun ("the will")
 * @param negations words that negate ("not", "no", "without")
 * @param negationPrefixes word prefixes that negate ("non-")
 * @param negationExceptions phrases whose negation word does not negate ("not only")
 * @param conditions condition markers ("if", "provided that")
 * @param conditionExceptions phrases that look like conditions but are not ("once again")
 * @param conditionalInversions words that open a condition at the start of a clause ("should")
 * @param deadlineMarkers words before a duration or date, mapped to a canonical marker
 * @param pastMarkers words that make a duration history rather than a deadline ("past 30 years")
 * @param deadlineAnchors phrases that are deadlines by themselves ("upon signature"); "*" matches
 *     any one word
 * @param timeUnits canonical time unit to the words for it
 * @param months month names, lower case
 * @param numberWords number words and their values
 * @param scaleWords multipliers ("hundred", "billion")
 * @param percentWords words or signs that make a number a share ("percent", "%")
 * @param currencies currency signs and words to a currency code
 * @param referenceWords words after which a number is a reference, not a quantity ("point 12")
 * @param fractionWords words for shares and their values ("half": 0.5, "thirds": 0.3333)
 * @param ordinalWords ordinal words and their numbers, for deadlines ("the fifth day": 5)
 * @param parties the gazetteer: each party with its aliases
 * @param reportingFrames phrases after which a modal reports or assumes rather than binds ("on the
 *     assumption that Russia will not attack"), up to the next , ; or :
 */
public record Lexicon(
    String language,
    List<Modal> modals,
    List<String> modalNegations,
    List<String> modalBlockers,
    List<String> negations,
    List<String> negationPrefixes,
    List<String> negationExceptions,
    List<String> conditions,
    List<String> conditionExceptions,
    List<String> conditionalInversions,
    Map<String, String> deadlineMarkers,
    List<String> pastMarkers,
    List<String> deadlineAnchors,
    Map<String, List<String>> timeUnits,
    List<String> months,
    Map<String, Long> numberWords,
    Map<String, Long> scaleWords,
    List<String> percentWords,
    Map<String, String> currencies,
    List<String> referenceWords,
    Map<String, Double> fractionWords,
    Map<String, Long> ordinalWords,
    List<Party> parties,
    List<String> reportingFrames) {

  private static final String BASE = "/io/github/plandiff/classify/";
  private static final Lexicon DEFAULTS = loadDefaults();

  /** Replaces missing components with empty ones and copies the rest. */
  public Lexicon {
    language = language == null ? "" : language;
    modals = list(modals);
    modalNegations = list(modalNegations);
    modalBlockers = list(modalBlockers);
    negations = list(negations);
    negationPrefixes = list(negationPrefixes);
    negationExceptions = list(negationExceptions);
    conditions = list(conditions);
    conditionExceptions = list(conditionExceptions);
    conditionalInversions = list(conditionalInversions);
    deadlineMarkers = map(deadlineMarkers);
    pastMarkers = list(pastMarkers);
    deadlineAnchors = list(deadlineAnchors);
    timeUnits = map(timeUnits);
    months = list(months);
    numberWords = map(numberWords);
    scaleWords = map(scaleWords);
    percentWords = list(percentWords);
    currencies = map(currencies);
    referenceWords = list(referenceWords);
    fractionWords = map(fractionWords);
    ordinalWords = map(ordinalWords);
    parties = list(parties);
    reportingFrames = list(reportingFrames);
  }

  /**
   * A modal phrase and how strongly it binds.
   *
   * @param phrase the words, e.g. "is obliged to"; matched case-insensitively on whole words
   * @param strength 3 binding (must, shall, will), 2 advisory (should), 1 permissive (may)
   * @param negatedStrength the strength when the phrase is negated: 3 for "may not" (a
   *     prohibition), 1 for "is not obliged to"
   * @param negative whether the phrase is negative by itself ("cannot", "won't")
   */
  public record Modal(String phrase, int strength, int negatedStrength, boolean negative) {

    /** Checks the phrase and the strengths. */
    public Modal {
      Objects.requireNonNull(phrase, "phrase");
      if (phrase.isBlank()) {
        throw new IllegalArgumentException("modal phrase is blank");
      }
      checkStrength(phrase, strength);
      checkStrength(phrase, negatedStrength);
    }

    private static void checkStrength(String phrase, int value) {
      if (value < 1 || value > 3) {
        throw new IllegalArgumentException(
            "strength " + value + " of modal \"" + phrase + "\" is not 1, 2 or 3");
      }
    }
  }

  /**
   * A party of the gazetteer.
   *
   * @param name the canonical name, used as evidence key
   * @param aliases the ways drafts name it; short all-capital aliases ("US", "EU") match only in
   *     capitals
   * @param adjectives adjectives that stand for it when they qualify a noun ("European combat
   *     aircraft"); not before "and", "or" or punctuation, where they name a language
   */
  public record Party(String name, List<String> aliases, List<String> adjectives) {

    /** Checks the name and copies the lists. */
    public Party {
      Objects.requireNonNull(name, "name");
      if (name.isBlank()) {
        throw new IllegalArgumentException("party name is blank");
      }
      aliases = list(aliases);
      adjectives = list(adjectives);
    }

    /**
     * A party without adjectives.
     *
     * @param name the canonical name, not blank
     * @param aliases the ways drafts name it
     */
    public Party(String name, List<String> aliases) {
      this(name, aliases, List.of());
    }
  }

  /**
   * Returns the built-in lexicon: English, Ukrainian and Russian words and the party gazetteer.
   *
   * @return the default lexicon
   */
  public static Lexicon defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a lexicon with no words at all.
   *
   * @return the empty lexicon
   */
  public static Lexicon empty() {
    return new Lexicon(
        "", null, null, null, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, null, null, null, null, null);
  }

  /**
   * Reads a lexicon from JSON.
   *
   * @param json the JSON, UTF-8; not closed
   * @param source the name used in messages, e.g. the file name
   * @return the lexicon
   * @throws io.github.plandiff.model.PlanDiffException if the JSON is not a lexicon
   */
  public static Lexicon read(InputStream json, String source) {
    return Json.read(json, source, Lexicon.class);
  }

  /**
   * Reads a lexicon from a JSON file.
   *
   * @param file the file
   * @return the lexicon
   * @throws io.github.plandiff.model.PlanDiffException if the file cannot be read or is not a
   *     lexicon
   */
  public static Lexicon read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    } catch (IOException e) {
      throw Json.unreadable(file.toString(), e);
    }
  }

  /**
   * Returns this lexicon extended with another: lists are joined (without repeats), map entries of
   * {@code other} win, and parties of the same name get both alias and adjective lists.
   *
   * @param other the words to add, not null
   * @return the combined lexicon
   */
  public Lexicon extendedWith(Lexicon other) {
    return new Lexicon(
        language.isEmpty() ? other.language : language,
        LexiconUnion.lists(modals, other.modals),
        LexiconUnion.lists(modalNegations, other.modalNegations),
        LexiconUnion.lists(modalBlockers, other.modalBlockers),
        LexiconUnion.lists(negations, other.negations),
        LexiconUnion.lists(negationPrefixes, other.negationPrefixes),
        LexiconUnion.lists(negationExceptions, other.negationExceptions),
        LexiconUnion.lists(conditions, other.conditions),
        LexiconUnion.lists(conditionExceptions, other.conditionExceptions),
        LexiconUnion.lists(conditionalInversions, other.conditionalInversions),
        LexiconUnion.maps(deadlineMarkers, other.deadlineMarkers),
        LexiconUnion.lists(pastMarkers, other.pastMarkers),
        LexiconUnion.lists(deadlineAnchors, other.deadlineAnchors),
        LexiconUnion.mapsOfLists(timeUnits, other.timeUnits),
        LexiconUnion.lists(months, other.months),
        LexiconUnion.maps(numberWords, other.numberWords),
        LexiconUnion.maps(scaleWords, other.scaleWords),
        LexiconUnion.lists(percentWords, other.percentWords),
        LexiconUnion.maps(currencies, other.currencies),
        LexiconUnion.lists(referenceWords, other.referenceWords),
        LexiconUnion.maps(fractionWords, other.fractionWords),
        LexiconUnion.maps(ordinalWords, other.ordinalWords),
        LexiconUnion.parties(parties, other.parties),
        LexiconUnion.lists(reportingFrames, other.reportingFrames));
  }

  private static Lexicon loadDefaults() {
    Lexicon result = empty();
    for (String name :
        List.of("lexicon-en.json", "lexicon-uk.json", "lexicon-ru.json", "parties.json")) {
      result = result.extendedWith(Json.resource(BASE + name, Lexicon.class));
    }
    return result;
  }

  private static <T> List<T> list(List<T> values) {
    return values == null ? List.of() : List.copyOf(values);
  }

  private static <V> Map<String, V> map(Map<String, V> values) {
    return values == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(values));
  }
}
