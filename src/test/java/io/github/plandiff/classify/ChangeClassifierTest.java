package io.github.plandiff.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.plandiff.model.ClauseChange;
import io.github.plandiff.model.ClauseMatch;
import io.github.plandiff.model.Op;
import io.github.plandiff.model.PlanDiffException;
import io.github.plandiff.model.Relation;
import io.github.plandiff.model.Segment;
import io.github.plandiff.model.Signal;
import io.github.plandiff.model.SignalType;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChangeClassifierTest {

  private static final ChangeClassifier CLASSIFIER = new ChangeClassifier();

  private static List<Signal> signals(Relation relation, String oldText, String newText) {
    return CLASSIFIER
        .classify(Pairs.coarse(relation, oldText, newText), oldText, newText)
        .signals();
  }

  private static List<SignalType> types(List<Signal> signals) {
    return signals.stream().map(Signal::type).collect(Collectors.toList());
  }

  @Test
  @org.junit.jupiter.api.Timeout(
      value = 10,
      threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
  void readsTwoNumbersJoinedByAHyphenWithoutLoopingForever() {
    // "1-9" once made the quantity scan step back onto the same word, forever.
    List<Signal> found = signals(Relation.REWORDED, "Within 1-9 days.", "Within 2-9 days.");
    assertThat(types(found)).isNotNull();
    assertThat(signals(Relation.REWORDED, "\uFF11-9 x", "4%\u1100 n<7")).isNotNull();
  }

  @Test
  void flagsTheTroopCapRiseBetweenTheSampleDrafts() {
    // ukraine-28.txt point 6 and ukraine-20.txt point 4, as the parser gives them.
    String oldText = "Ukraine's armed forces will not exceed 600,000 personnel.";
    String newText = "In peacetime, Ukraine\u2019s armed forces will remain at 800,000 personnel.";
    ClauseMatch match =
        new ClauseMatch(Relation.REWORDED, List.of("6"), List.of("4"), 0.6, 0.3, false, true);
    ClauseChange change =
        new ClauseChange(
            match, Optional.empty(), List.of(), List.of(), WordLcs.redline(oldText, newText));

    ClauseChange classified = CLASSIFIER.classify(change, oldText, newText);

    assertThat(classified.signals())
        .contains(
            new Signal(
                SignalType.QUANTITY_CHANGED,
                "600,000",
                "800,000",
                "4",
                oldText.indexOf("600,000"),
                newText.indexOf("800,000")));
    assertThat(classified.topics()).contains("armed-forces");
  }

  @Test
  void unchangedClauseRaisesNoSignalEvenWhenMoved() {
    String text =
        "Russia will withdraw its forces within 30 days, provided that the ceasefire holds.";
    ClauseMatch match =
        new ClauseMatch(Relation.UNCHANGED, List.of("3"), List.of("9"), 1, 1, true, true);
    ClauseChange change =
        new ClauseChange(
            match, Optional.empty(), List.of(), List.of(), List.of(new Segment(Op.EQUAL, text)));

    assertThat(CLASSIFIER.classify(change, text, text).signals()).isEmpty();
  }

  @Test
  void cosmeticEditRaisesNoSignal() {
    assertThat(
            signals(
                Relation.REWORDED,
                "NATO won't enlarge -- ever.",
                "Nato won\u2019t enlarge \u2014 ever"))
        .isEmpty();
  }

  @Test
  void changedCurrencySignIsNotCosmetic() {
    assertThat(
            types(
                signals(
                    Relation.REWORDED, "A fund of $100 billion.", "A fund of \u20AC100 billion.")))
        .containsExactly(SignalType.QUANTITY_CHANGED);
  }

  @Test
  void aShareInWordsEqualsTheSameShareInPercent() {
    assertThat(
            signals(
                Relation.REWORDED,
                "Half of the assets will go to Ukraine.",
                "50 percent of the assets will go to Ukraine."))
        .isEmpty();
    assertThat(
            types(
                signals(
                    Relation.REWORDED,
                    "Half of the assets will go to Ukraine.",
                    "Two thirds of the assets will go to Ukraine.")))
        .containsExactly(SignalType.QUANTITY_CHANGED);
  }

  @Test
  void ordinalDaysAreDeadlinesNotAmounts() {
    assertThat(
            types(
                signals(
                    Relation.REWORDED,
                    "Prisoners are released by the fifth day after the pull-back.",
                    "Prisoners are released by the tenth day after the pull-back.")))
        .containsExactly(SignalType.DEADLINE_CHANGED);
  }

  @Test
  void aDateWithoutAYearIsADeadlineNotAnAmount() {
    assertThat(
            types(
                signals(
                    Relation.REWORDED,
                    "The ceasefire will take effect at 00:00 on 1 January.",
                    "The ceasefire will take effect at 00:00 on 1 February.")))
        .containsExactly(SignalType.DEADLINE_CHANGED);
    assertThat(
            types(
                signals(
                    Relation.REWORDED,
                    "Elections will be held by March 15.",
                    "Elections will be held by March 30.")))
        .containsExactly(SignalType.DEADLINE_CHANGED);
  }

  @Test
  void aDayBeforeTheModalMayIsNoDate() {
    assertThat(
            types(
                signals(Relation.REWORDED, "Point 5 may be amended.", "Point 5 must be amended.")))
        .containsExactly(SignalType.MODALITY_STRENGTHENED);
  }

  @Test
  void aClauseOpeningOnceIsAConditionNotADeadline() {
    String plain = "Russia and NATO will hold talks on security.";
    assertThat(
            types(
                signals(
                    Relation.REWORDED,
                    plain,
                    "Once a peace agreement has been signed, Russia and NATO will hold talks on security.")))
        .containsExactly(SignalType.CONDITION_ADDED);
    assertThat(
            types(
                signals(
                    Relation.REWORDED,
                    "The ceasefire will enter into force.",
                    "The ceasefire will enter into force immediately once every party has signed this agreement.")))
        .containsExactly(SignalType.DEADLINE_CHANGED);
  }

  @Test
  void anAdjectiveBeforeANounNamesNoParty() {
    assertThat(
            types(
                signals(
                    Relation.REWORDED,
                    "European combat aircraft will be based in Poland.",
                    "NATO combat aircraft will be based in Poland.")))
        .containsExactly(SignalType.PARTY_ADDED);
    assertThat(
            types(
                signals(
                    Relation.REWORDED,
                    "Russian assets will fund European security.",
                    "Frozen assets will fund security.")))
        .isEmpty();
  }

  @Test
  void aNameThatIsPartOfALongerNameIsNoParty() {
    assertThat(
            types(
                signals(
                    Relation.REWORDED,
                    "Section 2642 of title 10, United States Code, is amended.",
                    "Section 2642 of title 10 is amended.")))
        .isEmpty();
    assertThat(
            types(
                signals(
                    Relation.REWORDED,
                    "Funds go to the United States.",
                    "Funds go to the Treasury.")))
        .containsExactly(SignalType.PARTY_REMOVED);
  }

  @Test
  void withoutAndNoBeforeANounAreNoNegatedCommitment() {
    assertThat(
            types(
                signals(
                    Relation.REWORDED,
                    "Should Ukraine invade Russia, the guarantee will be void.",
                    "Should Ukraine invade Russia without provocation, the guarantee will be void.")))
        .isEmpty();
    assertThat(
            types(
                signals(
                    Relation.REWORDED,
                    "The recognition of new territory will be withdrawn.",
                    "No new territory will be recognised.")))
        .isEmpty();
  }

  @Test
  void aBindingSentenceRewrittenBeyondThePairingIsNoNewCommitment() {
    assertThat(
            types(
                signals(
                    Relation.REWORDED,
                    "Talks go on. Crimea, Luhansk and Donetsk are to be treated as Russian de facto,"
                        + " and the United States will recognize them as such.",
                    "Talks go on. In the Donetsk, Luhansk and Kherson regions, the line on which"
                        + " troops stand will be frozen and treated de facto as the line of contact.")))
        .doesNotContain(SignalType.COMMITMENT_ADDED, SignalType.COMMITMENT_REMOVED);
    assertThat(
            types(
                signals(
                    Relation.REWORDED,
                    "Russia will withdraw its forces.",
                    "Russia will withdraw its forces. The IAEA will monitor the plant.")))
        .contains(SignalType.COMMITMENT_ADDED);
  }

  @Test
  void anAdjectiveBeforeAConjunctionNamesALanguageNotAParty() {
    assertThat(
            types(
                signals(
                    Relation.REWORDED,
                    "Schools will teach in Ukrainian and Russian.",
                    "Schools will teach in Ukrainian and Russian and English.")))
        .isEmpty();
  }

  @Test
  void aModalAfterAReportingFrameBindsNoOne() {
    String kept = "Ukraine will hold elections.";
    String assumption =
        "The parties proceed on the assumption that Russia will not attack its neighbours.";
    assertThat(types(signals(Relation.REWORDED, kept + " " + assumption, kept)))
        .containsExactly(SignalType.PARTY_REMOVED);
    assertThat(
            types(
                signals(Relation.REWORDED, kept, kept + " Russia will not attack its neighbours.")))
        .containsExactlyInAnyOrder(SignalType.COMMITMENT_ADDED, SignalType.PARTY_ADDED);
  }

  @Test
  void aReportingFrameEndsAtTheNextComma() {
    String kept = "Ukraine will hold elections.";
    String added = "On the assumption that the truce holds, Russia will withdraw its forces.";
    assertThat(types(signals(Relation.REWORDED, kept, kept + " " + added)))
        .contains(SignalType.COMMITMENT_ADDED);
  }

  @Test
  void removedClauseRemovesEachBindingSentenceAndNothingElse() {
    String old =
        "Russia will pay $100 billion. The fund is a symbol of goodwill. Europe shall match it.";
    List<Signal> signals = signals(Relation.REMOVED, old, "");

    assertThat(signals)
        .containsExactly(
            new Signal(
                SignalType.COMMITMENT_REMOVED, "Russia will pay $100 billion.", "", "o1", 0, -1),
            new Signal(
                SignalType.COMMITMENT_REMOVED,
                "Europe shall match it.",
                "",
                "o1",
                old.indexOf("Europe"),
                -1));
  }

  @Test
  void addedClauseAddsItsCommitments() {
    String text = "Ukraine undertakes to hold elections within 100 days.";
    assertThat(signals(Relation.ADDED, "", text))
        .containsExactly(new Signal(SignalType.COMMITMENT_ADDED, "", text, "n1", -1, 0));
  }

  @Test
  void weakenedModalCarriesTheModalWordsAsEvidence() {
    String old = "Russia shall not deploy troops in the buffer zone.";
    String now = "Russia may deploy troops in the buffer zone.";
    List<Signal> signals = signals(Relation.REWORDED, old, now);

    assertThat(signals)
        .contains(
            new Signal(
                SignalType.MODALITY_WEAKENED,
                "shall not",
                "may",
                "n1",
                old.indexOf("shall"),
                now.indexOf("may")));
  }

  @Test
  void addedNegationShowsItsNeighboursOnBothSides() {
    String old = "Ukraine will join the European Union.";
    String now = "Ukraine will not join the European Union.";
    assertThat(signals(Relation.REWORDED, old, now))
        .containsExactly(
            new Signal(
                SignalType.NEGATION_ADDED,
                "will join",
                "will not join",
                "n1",
                old.indexOf("will"),
                now.indexOf("will")));
  }

  @Test
  void partyEvidenceQuotesTheAliasAsWritten() {
    String old = "The guarantee will be provided by the United States.";
    String now = "The guarantee will be provided by the U.S. and the European Union.";
    assertThat(signals(Relation.REWORDED, old, now))
        .containsExactly(
            new Signal(
                SignalType.PARTY_ADDED,
                "",
                "European Union",
                "n1",
                -1,
                now.indexOf("European Union")));
  }

  @Test
  void signalsFollowTheOrderOfTheNewText() {
    String old = "Russia will withdraw within 30 days and Ukraine may hold elections.";
    String now = "Russia will withdraw within 60 days and Ukraine must hold elections.";
    assertThat(types(signals(Relation.REWORDED, old, now)))
        .containsExactly(SignalType.DEADLINE_CHANGED, SignalType.MODALITY_STRENGTHENED);
  }

  @Test
  void splitClauseNamesTheNewClauseTheEvidenceIsIn() {
    String old = "Russia will withdraw from Sumy and will release 1,000 prisoners.";
    String now = "Russia will withdraw from Sumy.\nRussia will release 2,000 prisoners.";
    List<Signal> signals = signals(Relation.SPLIT, old, now);

    assertThat(signals)
        .extracting(Signal::type, Signal::clause)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(SignalType.QUANTITY_CHANGED, "n2"));
  }

  @Test
  void mergedClausesDoNotLoseACommitmentThatWasMerged() {
    String old =
        "Ukraine will introduce tolerance programs.\nUkraine will adopt EU rules on minorities.";
    String now = "Ukraine will introduce tolerance programs and adopt EU rules on minorities.";
    assertThat(signals(Relation.MERGED, old, now)).isEmpty();
  }

  @Test
  void userLexiconExtendsTheGazetteer() {
    String json =
        "{ \"parties\": [ { \"name\": \"Atlantis\", \"aliases\": [\"Atlantis\", \"the Atlantic Republic\"] } ] }";
    Lexicon mine =
        Lexicon.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "mine.json");
    ChangeClassifier extended = ChangeClassifier.withLexicon(Lexicon.defaults().extendedWith(mine));
    String old = "Russia will pay.";
    String now = "Russia and the Atlantic Republic will pay.";

    assertThat(
            types(extended.classify(Pairs.coarse(Relation.REWORDED, old, now), old, now).signals()))
        .containsExactly(SignalType.PARTY_ADDED);
    assertThat(signals(Relation.REWORDED, old, now)).isEmpty();
  }

  @Test
  void extensionCanChangeTheStrengthOfAModal() {
    String json =
        "{ \"modals\": [ { \"phrase\": \"May\", \"strength\": 3, \"negatedStrength\": 3 } ] }";
    Lexicon mine =
        Lexicon.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "mine.json");
    ChangeClassifier strict = ChangeClassifier.withLexicon(Lexicon.defaults().extendedWith(mine));
    String old = "Russia will withdraw.";
    String now = "Russia may withdraw.";

    assertThat(strict.classify(Pairs.coarse(Relation.REWORDED, old, now), old, now).signals())
        .isEmpty();
  }

  @Test
  void replacingTheLexiconReplacesTheModalScale() {
    ChangeClassifier bare = ChangeClassifier.withLexicon(Lexicon.empty());
    String old = "Russia will withdraw.";
    String now = "Russia may withdraw.";

    assertThat(bare.classify(Pairs.coarse(Relation.REWORDED, old, now), old, now).signals())
        .isEmpty();
    assertThat(types(signals(Relation.REWORDED, old, now)))
        .containsExactly(SignalType.MODALITY_WEAKENED);
  }

  @Test
  void malformedLexiconNamesTheFileAndWhatToRead() {
    String json =
        "{ \"modals\": [ { \"phrase\": \"must\", \"strength\": 7, \"negatedStrength\": 3 } ] }";
    assertThatThrownBy(
            () ->
                Lexicon.read(
                    new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                    "bad-lexicon.json"))
        .isInstanceOf(PlanDiffException.class)
        .hasMessageContaining("bad-lexicon.json")
        .hasMessageContaining("strength 7 of modal \"must\"")
        .hasMessageContaining("docs/classify.md");
  }

  @Test
  void unknownLexiconFieldIsReportedNotIgnored() {
    String json = "{ \"modal\": [] }";
    assertThatThrownBy(
            () ->
                Lexicon.read(
                    new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "typo.json"))
        .isInstanceOf(PlanDiffException.class)
        .hasMessageContaining("typo.json")
        .hasMessageContaining("modal");
  }

  @Test
  void evidenceQuotesTheTextsAtTheGivenOffsets() {
    List<Pairs.Pair> all = new ArrayList<>(Pairs.labelled());
    all.addAll(Pairs.heldOut());
    for (Pairs.Pair p : all) {
      for (Signal s : signals(p.relation(), p.oldText(), p.newText())) {
        assertEvidence(p.oldText(), s.oldText(), s.oldOffset(), p.id());
        assertEvidence(p.newText(), s.newText(), s.newOffset(), p.id());
      }
    }
  }

  private static void assertEvidence(String text, String evidence, int offset, String id) {
    if (evidence.isEmpty()) {
      assertThat(offset).as(id).isEqualTo(-1);
    } else {
      assertThat(text.substring(offset, offset + evidence.length())).as(id).isEqualTo(evidence);
    }
  }

  @Test
  void classifyingIsDeterministicAndSafeAcrossThreads() {
    List<Pairs.Pair> pairs = Pairs.labelled();
    List<List<Signal>> sequential =
        pairs.stream()
            .map(p -> signals(p.relation(), p.oldText(), p.newText()))
            .collect(Collectors.toList());
    List<List<Signal>> parallel =
        pairs.parallelStream()
            .map(p -> signals(p.relation(), p.oldText(), p.newText()))
            .collect(Collectors.toList());
    assertThat(parallel).isEqualTo(sequential);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233})
  void neverThrowsOnArbitraryTextAndQuotesItExactly(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int round = 0; round < 20; round++) {
      String old = randomText(random);
      String now = random.nextInt(3) == 0 ? old : randomText(random);
      for (Relation relation : Relation.values()) {
        String o = relation == Relation.ADDED ? "" : old;
        String n = relation == Relation.REMOVED ? "" : now;
        ClauseChange change =
            relation == Relation.UNCHANGED
                ? Pairs.coarse(relation, o, o)
                : Pairs.fine(relation, o, n);
        String newSide = relation == Relation.UNCHANGED ? o : n;
        for (Signal s : CLASSIFIER.classify(change, o, newSide).signals()) {
          assertEvidence(o, s.oldText(), s.oldOffset(), "seed " + seed);
          assertEvidence(newSide, s.newText(), s.newOffset(), "seed " + seed);
        }
      }
    }
  }

  private static final String[] PIECES = {
    "Russia",
    "Ukraine",
    "the U.S.",
    "US$",
    "will",
    "may",
    "not",
    "shall",
    "no later than",
    "within",
    "100",
    "600 000",
    "1,5",
    "2027",
    "days",
    "%",
    "$",
    "billion",
    "one hundred",
    "if",
    "Should",
    "unless",
    ",",
    ";",
    ".",
    ":",
    "/",
    "\n",
    " ",
    "  ",
    "\u2014",
    "\u2019",
    "не",
    "може",
    "Україна",
    "буде",
    "якщо",
    "00:00",
    "50:50",
    "10bn",
    "non-",
    "-",
    "a)",
    "(",
    ")",
    "\"",
    "\u00A0",
    "\uD83D\uDE00",
    "e\u0301",
    "upon signature",
    "once",
    "after",
    "the agreement is signed",
    "May",
    "1",
    "March",
    "1,000.5.6",
    "1.000,5",
    "half",
    "two thirds",
    "fifth day",
    "٣٤",
    "\u0663,\u0664\u0665\u0666"
  };

  private static String randomText(SplittableRandom random) {
    StringBuilder sb = new StringBuilder();
    int n = random.nextInt(25);
    for (int i = 0; i < n; i++) {
      sb.append(PIECES[random.nextInt(PIECES.length)]);
      if (random.nextBoolean()) {
        sb.append(' ');
      }
    }
    return sb.toString();
  }
}
