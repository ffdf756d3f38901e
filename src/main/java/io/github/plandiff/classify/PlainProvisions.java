package io.github.plandiff.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Provisions without a modal that a reader of a treaty takes for binding: an imperative ("Bring
 * about an immediate ceasefire on both sides", which binds every party) and a provision in the
 * present tense whose subject is a party ("the OSCE ensures that …", "Both sides pull all heavy
 * weapons back", which bind their subject). Read only in a sentence where no modal makes a
 * commitment. A verb that states, reports or proposes ("is", "remains", "finds", "proposes"), a
 * subject inside a dependent clause ("whether Ukraine becomes …", "proposes that Russia run …") and
 * a verb followed by a reporting frame ("proceed on the assumption that") make none.
 */
final class PlainProvisions {

  /** Words after the verb within which a reporting frame makes the verb report, not act. */
  private static final int FRAME_REACH = 3;

  /**
   * Endings of adjectives that open a noun phrase ("Economic cooperation", "Humanitarian aid",
   * "Territorial arrangements"); verbs in "-al" end in "-eal" ("repeal", "reveal").
   */
  private static final List<String> ADJECTIVE_ENDINGS =
      List.of("ic", "ous", "ian", "ful", "less", "ary", "ial", "ral", "nal", "tal", "cal", "gal");

  private final CommitmentCues cues;
  private final PhraseSet<String> reportingFrames;
  private final Set<String> modalFirstWords;

  PlainProvisions(
      CommitmentCues cues, PhraseSet<String> reportingFrames, Set<String> modalFirstWords) {
    this.cues = cues;
    this.reportingFrames = reportingFrames;
    this.modalFirstWords = modalFirstWords;
  }

  /**
   * Whether a sentence may hold such a provision: it opens with a word that may be an imperative
   * verb, or it names a party. A quick test that never rejects one.
   */
  boolean mayHold(List<Word> w, boolean namesParty) {
    if (w.isEmpty()) {
      return false;
    }
    if (namesParty || mayBeImperative(w, 0)) {
      return true;
    }
    for (int i = 0; i < w.size(); i++) {
      if (cues.collectives.at(w, i) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * The provision of a sentence, as a part whose "modal" is its verb.
   *
   * @param w the sentence's words
   * @param partyEdges for each word, 1 when a party mention starts there, 2 when one ends there
   * @param reported which words a reporting frame governs
   */
  Optional<CommitmentParts.Part> find(List<Word> w, int[] partyEdges, boolean[] reported) {
    if (imperative(w, partyEdges, reported)) {
      return Optional.of(part(0, 0, true));
    }
    for (int v = 1; v < w.size(); v++) {
      int end = v - 1;
      while (end > 0 && CommitmentCues.isAdverb(w.get(end))) {
        end--;
      }
      boolean party = (partyEdges[end] & 2) != 0;
      boolean collective = collectiveEndingAt(w, end) >= 0;
      if (!party && !collective || CommitmentParts.isBreak(w.get(end).after())) {
        continue;
      }
      int first = collective ? collectiveEndingAt(w, end) : mentionStart(partyEdges, end);
      boolean plural = collective || joined(w, partyEdges, first);
      int subject = subjectStart(w, partyEdges, first);
      if (subject >= 0 && presentVerb(w, v, plural, reported)) {
        return Optional.of(part(subject, v, false));
      }
    }
    return Optional.empty();
  }

  private static CommitmentParts.Part part(int subject, int verb, boolean imperative) {
    Features.ModalHit hit = new Features.ModalHit("", false, 3, 0, 0, verb);
    return new CommitmentParts.Part(
        0, subject, verb, verb, new ArrayList<>(List.of(hit)), imperative);
  }

  /**
   * An imperative: a sentence that opens with a verb in its base form, not in a frame, and not
   * followed by a participle, which makes the first word a noun ("Guarantee provided by …").
   */
  boolean imperative(List<Word> w, int[] partyEdges, boolean[] reported) {
    return w.size() > 2
        && partyEdges[0] == 0
        && mayBeImperative(w, 0)
        && !cues.isParticiple(w.get(1))
        && !reported[0]
        && !CommitmentParts.isBreak(w.get(0).after())
        && cues.collectives.at(w, 0) == null;
  }

  /**
   * A capitalised word that may be a verb in its base form: letters only, no inflection (-s, -ed,
   * -ing, -ly), no adjective ending, and none of the words that open a sentence otherwise
   * (determiners, prepositions, pronouns, subordinators, modals, verbs of state).
   */
  private boolean mayBeImperative(List<Word> w, int i) {
    Word word = w.get(i);
    String n = word.norm();
    if (n.length() < 2
        || !Character.isUpperCase(word.text().charAt(0))
        || !n.chars().allMatch(Character::isLetter)
        || inflected(n)
        || ADJECTIVE_ENDINGS.stream().anyMatch(n::endsWith)) {
      return false;
    }
    return !(cues.determiners.contains(n)
        || cues.prepositions.contains(n)
        || cues.pronouns.contains(n)
        || cues.coordinators.contains(n)
        || cues.negators.contains(n)
        || cues.subordinators.contains(n)
        || cues.sentenceAdverbs.contains(n)
        || cues.stateVerbs.contains(n)
        || modalFirstWords.contains(n));
  }

  /**
   * An inflected form: a gerund ("noting", not "bring": a vowel before the "-ing"), a participle
   * ("-ed", not "proceed"), an adverb ("-ly", not "apply" or "rely"), a third person or plural
   * ("-s", not "discuss" or "focus").
   */
  static boolean inflected(String n) {
    if (n.endsWith("ing")) {
      return n.substring(0, n.length() - 3).chars().anyMatch(c -> "aeiouy".indexOf(c) >= 0);
    }
    return n.endsWith("ed") && !n.endsWith("eed")
        || n.endsWith("ly") && !n.endsWith("ply") && !n.equals("rely")
        || n.endsWith("s") && !n.endsWith("ss") && !n.endsWith("us");
  }

  /**
   * A verb in the present tense right after the subject: "-s" after one party ("the OSCE ensures"),
   * the base form after several or a collective ("Both sides pull"); in lower case, not a verb of
   * state, not governed or closely followed by a reporting frame.
   */
  private boolean presentVerb(List<Word> w, int v, boolean plural, boolean[] reported) {
    Word word = w.get(v);
    String n = word.norm();
    if (!Character.isLowerCase(word.text().charAt(0))
        || !n.chars().allMatch(Character::isLetter)
        || reported[v]
        || cues.stateVerbs.contains(n)
        || cues.subordinators.contains(n)
        || cues.determiners.contains(n)
        || cues.prepositions.contains(n)
        || cues.coordinators.contains(n)
        || modalFirstWords.contains(n)) {
      return false;
    }
    boolean form =
        plural
            ? !inflected(n)
            : n.length() > 3
                && n.endsWith("s")
                && !n.endsWith("ss")
                && !n.endsWith("us")
                && !n.endsWith("is");
    return form && !frameFollows(w, v);
  }

  private boolean frameFollows(List<Word> w, int v) {
    for (int i = v + 1; i < w.size() && i <= v + FRAME_REACH; i++) {
      if (reportingFrames.at(w, i) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the subject that holds the party starting at word {@code first} starts: after the last
   * break before it that does not separate two parties of a list, or -1 when a subordinator comes
   * between (the party is in a dependent clause).
   */
  private int subjectStart(List<Word> w, int[] partyEdges, int first) {
    int i = first;
    while (i > 0 && (!CommitmentParts.isBreak(w.get(i - 1).after()) || list(partyEdges, i))) {
      if (cues.subordinators.contains(w.get(i - 1).norm())) {
        return -1;
      }
      i--;
    }
    return i;
  }

  /** Whether a party ends right before word {@code i} and another starts there. */
  private static boolean list(int[] partyEdges, int i) {
    return (partyEdges[i - 1] & 2) != 0 && (partyEdges[i] & 1) != 0;
  }

  /** The first word of a collective ("both sides") that ends at word {@code end}, or -1. */
  private int collectiveEndingAt(List<Word> w, int end) {
    for (int i = Math.max(0, end - 4); i <= end; i++) {
      PhraseSet.Match<String> m = cues.collectives.at(w, i);
      if (m != null && m.to() == end + 1) {
        return i;
      }
    }
    return -1;
  }

  private static int mentionStart(int[] partyEdges, int end) {
    int i = end;
    while (i > 0 && (partyEdges[i] & 1) == 0) {
      i--;
    }
    return i;
  }

  /**
   * Whether the party starting at word {@code first} ends a list of parties ("Russia and NATO").
   */
  private boolean joined(List<Word> w, int[] partyEdges, int first) {
    if (first < 2) {
      return false;
    }
    boolean and = cues.coordinators.contains(w.get(first - 1).norm());
    return and && (partyEdges[first - 2] & 2) != 0
        || CommitmentParts.isBreak(w.get(first - 1).after()) && (partyEdges[first - 1] & 2) != 0;
  }
}
