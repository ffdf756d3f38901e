package io.github.plandiff.redline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.plandiff.model.Op;
import io.github.plandiff.model.Segment;
import io.github.plandiff.model.Significance;
import java.util.List;
import org.junit.jupiter.api.Test;

class RedlineEngineTest {

  private final RedlineEngine engine = new RedlineEngine();

  @Test
  void marksAChangedNumberAsOneDeletionAndOneInsertion() {
    List<Segment> r =
        engine.redline(
            "The armed forces will be limited to 600,000 personnel.",
            "The armed forces will be limited to 800,000 personnel.");
    assertThat(r)
        .containsExactly(
            new Segment(Op.EQUAL, "The armed forces will be limited to "),
            new Segment(Op.DELETE, "600,000"),
            new Segment(Op.INSERT, "800,000"),
            new Segment(Op.EQUAL, " personnel."));
  }

  @Test
  void groupsNeighbouringWordChangesAcrossASingleSpace() {
    List<Segment> r =
        engine.redline("forces will not exceed 600,000.", "forces will remain at 800,000.");
    assertThat(r)
        .containsExactly(
            new Segment(Op.EQUAL, "forces will "),
            new Segment(Op.DELETE, "not exceed 600,000"),
            new Segment(Op.INSERT, "remain at 800,000"),
            new Segment(Op.EQUAL, "."));
  }

  @Test
  void rebuildsBothTextsExactly() {
    String a = "Ukraine's sovereign status\nis to be confirmed.  Twice";
    String b = "Ukraine’s sovereign status is to be confirmed anew.\n";
    List<Segment> r = engine.redline(a, b);
    assertThat(Segment.oldText(r)).isEqualTo(a);
    assertThat(Segment.newText(r)).isEqualTo(b);
  }

  @Test
  void givesNoSegmentsForTwoEmptyTexts() {
    assertThat(engine.redline("", "")).isEmpty();
  }

  @Test
  void treatsCaseQuotesAndPunctuationAsCosmetic() {
    assertThat(engine.significance("Ukraine's status — confirmed.", "ukraine’s status - confirmed"))
        .isEqualTo(Significance.COSMETIC);
    assertThat(engine.significance("will be confirmed", "may be confirmed"))
        .isEqualTo(Significance.SUBSTANTIVE);
  }

  @Test
  void neverSplitsASurrogatePairOrACombiningMark() {
    String a = "Flag 🇺🇦 and e\u0301lan";
    String b = "Flag 🇷🇺 and e\u0300lan";
    for (Segment s : engine.redline(a, b)) {
      char first = s.text().charAt(0);
      char last = s.text().charAt(s.text().length() - 1);
      assertThat(Character.isLowSurrogate(first)).as(s.toString()).isFalse();
      assertThat(Character.isHighSurrogate(last)).as(s.toString()).isFalse();
      assertThat(Character.getType(s.text().codePointAt(0)))
          .as(s.toString())
          .isNotEqualTo((int) Character.NON_SPACING_MARK);
    }
  }
}
