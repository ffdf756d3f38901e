package io.github.plandiff.redline;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import io.github.plandiff.model.Op;
import io.github.plandiff.model.Segment;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TokenIdsTest {

  private static final String[] WORDS = {
    "the", "Parties", "shall", "may", "within", "30", "days", "of", "and", "troops", "zone", "."
  };

  private static String text(Random random, int words) {
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < words; k++) {
      sb.append(k == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
      if (random.nextInt(7) == 0) {
        sb.append(' ').append("w").append(random.nextInt(100_000));
      }
    }
    return sb.toString();
  }

  private static String edit(Random random, String text, int every) {
    StringBuilder sb = new StringBuilder();
    for (String w : text.split(" ")) {
      int roll = random.nextInt(every);
      if (roll == 0) {
        continue;
      }
      sb.append(sb.length() == 0 ? "" : " ").append(roll == 1 ? "new" + random.nextInt(50) : w);
    }
    return sb.toString();
  }

  /** The ops Myers gives on the token strings, as BoundedDiff marks them. */
  private static List<int[]> myers(List<String> a, List<String> b) {
    List<int[]> out = new ArrayList<>();
    for (AbstractDelta<String> d : DiffUtils.diff(a, b).getDeltas()) {
      int s = d.getSource().getPosition();
      int t = d.getTarget().getPosition();
      out.add(new int[] {s, s + d.getSource().size(), t, t + d.getTarget().size()});
    }
    return out;
  }

  @Test
  void shortStretchesGetExactlyTheEditScriptOfMyersOnTheTokens() {
    Random random = new Random(16);
    for (int round = 0; round < 50; round++) {
      List<String> a = Tokenizer.tokenize(text(random, 20 + random.nextInt(300)));
      List<String> b = Tokenizer.tokenize(edit(random, String.join("", a), 4 + random.nextInt(10)));
      if (a.size() + b.size() > TokenIds.ANCHOR_FROM) {
        continue;
      }
      List<int[]> marks = new ArrayList<>();
      new TokenIds(a, b)
          .diff(0, a.size(), 0, b.size(), (s, e, t, u) -> marks.add(new int[] {s, e, t, u}));
      assertThat(marks).containsExactlyElementsOf(myers(a, b));
    }
  }

  @Test
  void longTextsRewrittenInPartGiveLosslessRedlinesNoLargerThanReplacingTheRewrittenPart() {
    Random random = new Random(17);
    RedlineEngine engine = new RedlineEngine();
    for (int round = 0; round < 10; round++) {
      String head = text(random, 400);
      String middle = text(random, 400);
      String tail = text(random, 400);
      String rewritten = edit(random, middle, 3);
      String oldText = head + " " + middle + " " + tail;
      String newText = edit(random, head, 200) + " " + rewritten + " " + tail;
      List<Segment> redline = engine.redline(oldText, newText);
      assertThat(Segment.oldText(redline)).isEqualTo(oldText);
      assertThat(Segment.newText(redline)).isEqualTo(newText);
      int changed =
          redline.stream().filter(s -> s.op() != Op.EQUAL).mapToInt(s -> s.text().length()).sum();
      assertThat(changed).isLessThan(middle.length() + rewritten.length() + 200);
      assertThat(redline.get(redline.size() - 1).op()).isEqualTo(Op.EQUAL);
    }
  }
}
