package io.github.plandiff.classify;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The words that tell who a commitment binds, besides the party gazetteer of the {@link Lexicon}:
 * collective obligors, pronouns, prepositions, passive voice. Read from JSON (format in {@code
 * docs/classify.md}); {@link #defaults()} is English. Every component may be missing in a file and
 * is then empty. Immutable.
 *
 * @param collectives phrases that bind every party ("the parties", "each signatory"), mapped to the
 *     obligor name they count as ("all parties")
 * @param pronouns words that, right before a modal, continue the commitment before them ("which
 *     will", "it will not")
 * @param comparatives words after which a modal binds no one ("such sums as may be necessary",
 *     "more than will be needed")
 * @param relativizers words that open a relative or complement clause in a subject; a party after
 *     one is not the subject ("the amount that the Secretary may transfer may not exceed")
 * @param coordinators words that join two predicates or two commitments ("and", "but")
 * @param prepositions words after which a party is not the subject ("funds frozen in Europe")
 * @param determiners words skipped between a preposition and a party ("by the United States")
 * @param counterpartyMarkers words before a party that make it a counterparty ("to Ukraine")
 * @param agentMarkers words before the agent of a passive ("overseen by a Peace Council")
 * @param negators words that, at the head of the subject or within three words after the modal,
 *     make a commitment one not to do something ("No guarantee will apply", "will place no
 *     obstacles")
 * @param passiveAuxiliaries the auxiliary of a passive after a modal ("be")
 * @param participles irregular past participles ("given", "set"); words ending in "ed" are
 *     participles anyway
 * @param possessiveMarkers words after the head of a subject that make the party after them an
 *     obligor, as a possessive would ("the Government of Ukraine will" binds Ukraine)
 * @param subordinators words that open a dependent clause: a party after one is not the subject of
 *     a provision without a modal ("whether Ukraine becomes"), and none is an imperative verb
 * @param sentenceOpeners words that open a sentence but are no imperative verb: sentence adverbs
 *     and modal auxiliaries ("however", "notwithstanding", "there", "should")
 * @param stateVerbs verbs that state, report or propose rather than act ("is", "remains", "finds",
 *     "proposes"), in the forms a provision without a modal uses: they make no commitment
 * @param officeNouns nouns that head the name of an office or a body ("commission", "secretary",
 *     "department"): a run of capitalised words with one as its head is a party even when no
 *     lexicon holds it ("the Federal Trade Commission")
 * @param officeTitles words that head a title after another capitalised word ("general" in
 *     "Attorney General")
 * @param imperativeObligor the obligor of an imperative provision ("Bring about a ceasefire"), the
 *     name the collectives count as; "all parties" when missing
 */
public record CommitmentWords(
    Map<String, String> collectives,
    List<String> pronouns,
    List<String> comparatives,
    List<String> relativizers,
    List<String> coordinators,
    List<String> prepositions,
    List<String> determiners,
    List<String> counterpartyMarkers,
    List<String> agentMarkers,
    List<String> negators,
    List<String> passiveAuxiliaries,
    List<String> participles,
    List<String> possessiveMarkers,
    List<String> subordinators,
    List<String> sentenceOpeners,
    List<String> stateVerbs,
    List<String> officeNouns,
    List<String> officeTitles,
    String imperativeObligor) {

  private static final CommitmentWords DEFAULTS =
      Json.resource("/io/github/plandiff/classify/commitments-en.json", CommitmentWords.class);

  /** Replaces missing components with empty ones and copies the rest. */
  public CommitmentWords {
    collectives =
        collectives == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(collectives));
    pronouns = list(pronouns);
    comparatives = list(comparatives);
    relativizers = list(relativizers);
    coordinators = list(coordinators);
    prepositions = list(prepositions);
    determiners = list(determiners);
    counterpartyMarkers = list(counterpartyMarkers);
    agentMarkers = list(agentMarkers);
    negators = list(negators);
    passiveAuxiliaries = list(passiveAuxiliaries);
    participles = list(participles);
    possessiveMarkers = list(possessiveMarkers);
    subordinators = list(subordinators);
    sentenceOpeners = list(sentenceOpeners);
    stateVerbs = list(stateVerbs);
    officeNouns = list(officeNouns);
    officeTitles = list(officeTitles);
    imperativeObligor = imperativeObligor == null ? "all parties" : imperativeObligor;
  }

  /**
   * Returns the built-in English words.
   *
   * @return the defaults
   */
  public static CommitmentWords defaults() {
    return DEFAULTS;
  }

  /**
   * Reads the words from a JSON file.
   *
   * @param file the file
   * @return the words
   * @throws io.github.plandiff.model.PlanDiffException if the file cannot be read or is not valid
   */
  public static CommitmentWords read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return Json.read(in, file.toString(), CommitmentWords.class);
    } catch (IOException e) {
      throw Json.unreadable(file.toString(), e);
    }
  }

  private static <T> List<T> list(List<T> values) {
    return values == null ? List.of() : List.copyOf(values);
  }
}
