package io.github.plandiff.classify;

import io.github.plandiff.model.ClauseChange;
import io.github.plandiff.model.ClauseMatch;
import io.github.plandiff.model.Op;
import io.github.plandiff.model.Relation;
import io.github.plandiff.model.Segment;
import io.github.plandiff.model.SignalType;
import io.github.plandiff.model.Significance;
import io.github.plandiff.model.TextNorm;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Test helpers: the labelled pairs, and changes with simple redlines built without the redline
 * stage.
 */
final class Pairs {

  /** One labelled pair. */
  record Pair(
      String id, Relation relation, Set<SignalType> expected, String oldText, String newText) {}

  private Pairs() {}

  static List<Pair> labelled() {
    return read("labelled-pairs.txt");
  }

  static List<Pair> heldOut() {
    return read("heldout-pairs.txt");
  }

  static List<Pair> fresh() {
    return read("fresh-pairs.txt");
  }

  static List<Pair> read(String name) {
    List<Pair> pairs = new ArrayList<>();
    for (String line : resource(name).split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\\|", -1);
      if (f.length != 5) {
        throw new IllegalStateException("bad line: " + line);
      }
      Set<SignalType> expected = EnumSet.noneOf(SignalType.class);
      if (!f[2].trim().equals("-")) {
        for (String t : f[2].trim().split(",")) {
          expected.add(SignalType.valueOf(t.trim()));
        }
      }
      pairs.add(
          new Pair(
              f[0].trim(),
              Relation.valueOf(f[1].trim()),
              expected,
              unescape(f[3]),
              unescape(f[4])));
    }
    return pairs;
  }

  static String resource(String name) {
    try (InputStream in = Pairs.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String unescape(String s) {
    return s.strip().replace("\\n", "\n");
  }

  /** A change whose redline deletes the whole old text and inserts the whole new text. */
  static ClauseChange coarse(Relation relation, String oldText, String newText) {
    List<Segment> redline = new ArrayList<>();
    if (relation == Relation.UNCHANGED && oldText.equals(newText)) {
      if (!oldText.isEmpty()) {
        redline.add(new Segment(Op.EQUAL, oldText));
      }
    } else {
      if (!oldText.isEmpty()) {
        redline.add(new Segment(Op.DELETE, oldText));
      }
      if (!newText.isEmpty()) {
        redline.add(new Segment(Op.INSERT, newText));
      }
    }
    return change(relation, oldText, newText, redline);
  }

  /** A change whose redline is a longest common subsequence of space-separated tokens. */
  static ClauseChange fine(Relation relation, String oldText, String newText) {
    return change(relation, oldText, newText, WordLcs.redline(oldText, newText));
  }

  static ClauseChange change(
      Relation relation, String oldText, String newText, List<Segment> redline) {
    List<String> oldIds = oldText.isEmpty() ? List.of() : ids("o", oldText);
    List<String> newIds = newText.isEmpty() ? List.of() : ids("n", newText);
    if (relation != Relation.MERGED) {
      oldIds = oldIds.isEmpty() ? oldIds : List.of("o1");
    }
    if (relation != Relation.SPLIT) {
      newIds = newIds.isEmpty() ? newIds : List.of("n1");
    }
    double similarity = relation == Relation.ADDED || relation == Relation.REMOVED ? 0 : 0.5;
    ClauseMatch match = new ClauseMatch(relation, oldIds, newIds, similarity, 0, false, false);
    Optional<Significance> significance =
        switch (relation) {
          case REWORDED, MERGED, SPLIT ->
              Optional.of(
                  TextNorm.cosmeticKey(oldText).equals(TextNorm.cosmeticKey(newText))
                      ? Significance.COSMETIC
                      : Significance.SUBSTANTIVE);
          default -> Optional.empty();
        };
    return new ClauseChange(match, significance, List.of(), List.of(), redline);
  }

  private static List<String> ids(String prefix, String text) {
    List<String> ids = new ArrayList<>();
    int lines = text.split("\n", -1).length;
    for (int i = 1; i <= lines; i++) {
      ids.add(prefix + i);
    }
    return ids;
  }
}
