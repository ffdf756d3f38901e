package io.github.plandiff.bench;

import io.github.plandiff.PlanDiff;
import io.github.plandiff.model.Draft;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A generated pair of drafts prepared for the benchmarks: bytes, lines and parsed drafts. */
final class Pairs {

  final byte[] oldBytes;
  final byte[] newBytes;
  final List<String> oldLines;
  final List<String> newLines;
  final Draft oldDraft;
  final Draft newDraft;

  Pairs(String oldText, String newText) {
    this.oldBytes = oldText.getBytes(StandardCharsets.UTF_8);
    this.newBytes = newText.getBytes(StandardCharsets.UTF_8);
    this.oldLines = oldText.lines().toList();
    this.newLines = newText.lines().toList();
    this.oldDraft = PlanDiff.parse(oldBytes, "old.txt", "old");
    this.newDraft = PlanDiff.parse(newBytes, "new.txt", "new");
  }

  static Pairs nested(int points) {
    LargeDraftGenerator.Pair pair = LargeDraftGenerator.nested(points, 42);
    return new Pairs(pair.oldText(), pair.newText());
  }

  static Pairs generated(int clauses) {
    LargeDraftGenerator.Pair pair = LargeDraftGenerator.generate(clauses, 42);
    return new Pairs(pair.oldText(), pair.newText());
  }
}
