package io.github.plandiff.classify;

import io.github.plandiff.model.Commitment;
import io.github.plandiff.model.CommitmentModality;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the commitments of one clause text, sentence by sentence and part by part. */
final class CommitmentReader {

  /**
   * A commitment with what the ledger compares besides its record.
   *
   * @param commitment the record
   * @param norms its words' normal forms ({@link Word#norm}), for pairing
   * @param deadlineKeys canonical keys of its deadlines
   * @param amountKeys canonical keys of its amounts
   */
  record Item(
      Commitment commitment,
      List<String> norms,
      List<String> deadlineKeys,
      List<String> amountKeys) {

    /** The same commitment found in another clause with the same text. */
    Item inClause(String clause) {
      Commitment c = commitment;
      return new Item(
          new Commitment(
              clause,
              c.sentence(),
              c.part(),
              c.start(),
              c.end(),
              c.text(),
              c.obligors(),
              c.modality(),
              c.negated(),
              c.counterparties(),
              c.conditions(),
              c.deadlines()),
          norms,
          deadlineKeys,
          amountKeys);
    }
  }

  private final Extractor extractor;
  private final Rules rules;
  private final CommitmentParts parts;
  private final Obligors obligors;
  private final PlainProvisions plain;
  private final Imperatives imperatives;
  private final Offices offices;
  private final Lexicon lexicon;
  private final CommitmentCues cues;

  /**
   * The commitment words' negators ("no", "none", …): a commitment "to bring no claims" is negated
   * though the change signals no longer count "no" before a noun as a negation.
   */
  private final Set<String> negators;

  /** Each modal's strength when negated, by its folded phrase. */
  private final Map<String, Integer> negatedStrength = new HashMap<>();

  /** The first words of the modal phrases: a sentence without one has no commitment. */
  private final Set<String> modalFirstWords = new HashSet<>();

  /** Whether imperatives and present-tense provisions are read (see {@link #modalOnly()}). */
  private final boolean withoutModal;

  CommitmentReader(Lexicon lexicon, Rules rules, CommitmentCues cues) {
    this(lexicon, rules, cues, true);
  }

  private CommitmentReader(
      Lexicon lexicon, Rules rules, CommitmentCues cues, boolean withoutModal) {
    this.withoutModal = withoutModal;
    for (Lexicon.Modal modal : lexicon.modals()) {
      negatedStrength.put(key(modal.phrase()), modal.negatedStrength());
      List<String> words = PhraseSet.wordsOf(modal.phrase());
      if (!words.isEmpty()) {
        modalFirstWords.add(words.get(0));
      }
    }
    this.rules = rules;
    this.extractor = new Extractor(rules);
    this.parts = new CommitmentParts(cues, rules.modalBlockers);
    this.obligors = new Obligors(cues);
    this.plain = new PlainProvisions(cues, rules.reportingFrames);
    this.imperatives = new Imperatives(cues);
    this.offices = new Offices(cues);
    this.negators = cues.negators;
    this.lexicon = lexicon;
    this.cues = cues;
  }

  /**
   * A reader of the same words that reads commitments with a modal only: for an item that continues
   * the lead-in of its parent ("Congress finds the following:", "The Secretary shall—"), whose
   * first word is not an imperative and whose verb may not be its own.
   */
  CommitmentReader modalOnly() {
    return new CommitmentReader(lexicon, rules, cues, false);
  }

  /** The commitments of a clause's own text, in text order. */
  List<Item> read(String clause, String text) {
    if (text.isBlank()) {
      return List.of();
    }
    List<Mention> parties = rules.parties.find(text);
    List<Item> out = new ArrayList<>();
    Map<String, String> shared = new HashMap<>();
    int[] index = {0};
    Sentence.forEach(
        text,
        s -> {
          int k = index[0]++;
          if (mayHoldModal(s)
              || withoutModal && imperatives.mayOpen(s.words())
              || withoutModal && plain.mayHold(s.words(), namesParty(s, parties))) {
            out.addAll(sentence(clause, k, s, text, parties, shared));
          }
        });
    return out;
  }

  /** A quick test that never rejects a sentence with a modal: one of its words starts a modal. */
  private boolean mayHoldModal(Sentence s) {
    for (Word w : s.words()) {
      if (modalFirstWords.contains(w.norm())) {
        return true;
      }
    }
    return false;
  }

  private static boolean namesParty(Sentence s, List<Mention> parties) {
    for (Mention m : parties) {
      if (m.start() >= s.start() && m.end() <= s.end()) {
        return true;
      }
    }
    return false;
  }

  /** What the parts of one sentence share: where it is, its words, features and parties. */
  private record Context(
      String clause,
      int index,
      String text,
      List<Word> words,
      Features features,
      List<Mention> mentions,
      boolean[] negations,
      int leading,
      Map<String, String> shared) {}

  private List<Item> sentence(
      String clause,
      int index,
      Sentence s,
      String text,
      List<Mention> all,
      Map<String, String> shared) {
    List<Word> w = s.words();
    Features f = extractor.extract(s);
    f = f.withConditions(ClauseOpeners.withoutProvisos(w, f.conditions()));
    List<Mention> named = new ArrayList<>();
    for (Mention m : all) {
      if (m.start() >= s.start() && m.end() <= s.end()) {
        named.add(m);
      }
    }
    List<Mention> mentions = new ArrayList<>();
    for (Mention m : offices.addTo(text, w, named)) {
      if (!inside(m, f.conditions())) {
        mentions.add(m);
      }
    }
    boolean[] reported = extractor.reportedWords(s);
    int[] edges = MentionWords.edges(w, mentions);
    List<CommitmentParts.Part> found = parts.split(w, f.modals(), reported, edges);
    int verb = withoutModal ? imperatives.verb(s, edges, reported, index) : -1;
    if (verb >= 0) {
      found = imperatives.merge(w, found, verb);
    }
    if (found.isEmpty() && withoutModal) {
      found = plain.find(w, edges, reported).map(List::of).orElse(List.of());
    }
    if (found.isEmpty()) {
      return List.of();
    }
    boolean[] negations = CommitmentNegations.of(w, f.negations(), negators);
    int leading = w.get(found.get(0).modal()).start();
    Context ctx = new Context(clause, index, text, w, f, mentions, negations, leading, shared);
    List<Item> out = new ArrayList<>();
    for (int p = 0; p < found.size(); p++) {
      int start = p == 0 ? s.start() : PartBounds.start(text, w, found.get(p), s.start());
      int end =
          p + 1 < found.size() ? PartBounds.start(text, w, found.get(p + 1), s.start()) : s.end();
      out.add(item(ctx, p, found.get(p), start, PartBounds.trimEnd(text, start, end)));
    }
    return out;
  }

  /** The commitment of part {@code p} of a sentence, lying at {@code [start, end)}. */
  private Item item(Context ctx, int p, CommitmentParts.Part part, int start, int end) {
    String text = ctx.text();
    Features f = ctx.features();
    int endWord = CommitmentParts.lastWord(ctx.words(), end);
    Obligors.Found who = obligors.find(ctx.words(), ctx.mentions(), part, endWord, ctx.negations());
    Commitment c =
        new Commitment(
            ctx.clause(),
            ctx.index(),
            p,
            start,
            end,
            text.substring(start, end),
            who.obligors(),
            modality(strength(part.hits().get(0), who.negatedSubject())),
            who.negated() || part.hits().get(0).negated(),
            who.counterparties(),
            texts(text, attached(f.conditions(), start, end, ctx.leading())),
            texts(text, attached(f.deadlines(), start, end, ctx.leading())));
    // The ledger pairs commitments by their words' normal forms alone: kept as strings, shared
    // within the clause, not as words (a huge clause's commitments would hold millions).
    List<String> norms = Words.norms(text, start, end);
    norms.replaceAll(n -> ctx.shared().computeIfAbsent(n, k -> k));
    return new Item(
        c,
        List.copyOf(norms),
        keys(attached(f.deadlines(), start, end, ctx.leading())),
        keys(attached(f.quantities(), start, end, ctx.leading())));
  }

  /** A modal's strength; under a negated subject ("None of the funds may"), its negated one. */
  private int strength(Features.ModalHit hit, boolean negatedSubject) {
    if (!negatedSubject || hit.negated()) {
      return hit.strength();
    }
    return negatedStrength.getOrDefault(key(hit.phrase()), hit.strength());
  }

  private static String key(String phrase) {
    return String.join(" ", PhraseSet.wordsOf(phrase));
  }

  private static boolean inside(Mention m, List<Mention> spans) {
    for (Mention s : spans) {
      if (m.start() >= s.start() && m.end() <= s.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The mentions that belong to a part: those inside it, and those before the sentence's first
   * modal, which govern every part ("Should Russia invade Ukraine, a response will follow, and
   * sanctions will be put back").
   */
  private static List<Mention> attached(List<Mention> mentions, int start, int end, int leading) {
    List<Mention> out = new ArrayList<>();
    for (Mention m : mentions) {
      if (m.start() < leading || m.start() >= start && m.start() < end) {
        out.add(m);
      }
    }
    return out;
  }

  private static List<String> texts(String text, List<Mention> mentions) {
    return mentions.stream().map(m -> text.substring(m.start(), m.end())).toList();
  }

  private static List<String> keys(List<Mention> mentions) {
    return mentions.stream().map(Mention::key).toList();
  }

  static CommitmentModality modality(int strength) {
    return strength >= 3
        ? CommitmentModality.BINDING
        : strength == 2 ? CommitmentModality.SOFT : CommitmentModality.PERMISSION;
  }
}
