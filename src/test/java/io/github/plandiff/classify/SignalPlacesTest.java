package io.github.plandiff.classify;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.plandiff.model.Op;
import io.github.plandiff.model.Segment;
import io.github.plandiff.model.SignalType;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SignalPlacesTest {

  /** Projects an old offset by walking the redline, as the definition reads. */
  private static int walk(List<Segment> redline, String oldText, int newOffset, int oldOffset) {
    if (newOffset >= 0) {
      return newOffset;
    }
    if (!Segment.oldText(redline).equals(oldText)) {
      return 0;
    }
    int oldPos = 0;
    int newPos = 0;
    for (Segment s : redline) {
      int len = s.text().length();
      if (s.op() == Op.INSERT) {
        newPos += len;
        continue;
      }
      if (oldOffset < oldPos + len) {
        return s.op() == Op.EQUAL ? newPos + oldOffset - oldPos : newPos;
      }
      oldPos += len;
      if (s.op() == Op.EQUAL) {
        newPos += len;
      }
    }
    return newPos;
  }

  /** The line an offset falls in, counted character by character. */
  private static String lineOf(List<String> ids, String text, int offset) {
    if (ids.size() == 1 || offset < 0) {
      return ids.get(0);
    }
    int breaks = 0;
    int before = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        breaks++;
        before += i < offset ? 1 : 0;
      }
    }
    return breaks == ids.size() - 1 ? ids.get(before) : ids.get(0);
  }

  @Test
  void positionsAndClauseIdsAgreeWithAWalkOverTheRedlineOnRandomChanges() {
    Random random = new Random(16);
    String alphabet = "ab \n";
    for (int round = 0; round < 500; round++) {
      List<Segment> redline = new ArrayList<>();
      Op last = null;
      for (int s = random.nextInt(6); s > 0; s--) {
        Op op = Op.values()[random.nextInt(3)];
        if (op == last) {
          continue;
        }
        StringBuilder text = new StringBuilder();
        for (int c = 1 + random.nextInt(6); c > 0; c--) {
          text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        redline.add(new Segment(op, text.toString()));
        last = op;
      }
      String oldText = random.nextInt(10) == 0 ? "other" : Segment.oldText(redline);
      String newText = Segment.newText(redline);
      SignalPlaces places = new SignalPlaces(redline, oldText, newText);
      List<String> ids = new ArrayList<>();
      for (int k = 0; k <= oldText.chars().filter(c -> c == '\n').count(); k++) {
        ids.add("c" + k);
      }
      for (int offset = -1; offset <= oldText.length() + 1; offset++) {
        ClauseAnalysis.Found old = found(-1, offset);
        assertThat(places.position(old)).isEqualTo(walk(redline, oldText, -1, offset));
        assertThat(places.idAt(ids, false, offset)).isEqualTo(lineOf(ids, oldText, offset));
        assertThat(places.idAt(List.of("x", "y"), false, offset))
            .isEqualTo(lineOf(List.of("x", "y"), oldText, offset));
      }
      for (int offset = 0; offset <= newText.length(); offset++) {
        assertThat(places.position(found(offset, -1))).isEqualTo(offset);
      }
    }
  }

  private static ClauseAnalysis.Found found(int newOffset, int oldOffset) {
    return new ClauseAnalysis.Found(SignalType.values()[0], "", "", oldOffset, newOffset);
  }
}
