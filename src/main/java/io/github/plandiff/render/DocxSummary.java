package io.github.plandiff.render;

import io.github.plandiff.model.Comparison;
import io.github.plandiff.model.Draft;
import io.github.plandiff.model.Relation;
import io.github.plandiff.model.SignalType;
import io.github.plandiff.model.Summary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The summary of a comparison as the paragraphs of a Word comment. It stands in a comment on the
 * document's first paragraph, not in the body, so that accepting all changes gives exactly the new
 * draft's text and rejecting all the old one's, while Word and LibreOffice still show it beside the
 * text and print it with the comments.
 */
final class DocxSummary {

  private DocxSummary() {}

  /**
   * The summary's paragraphs, in order.
   *
   * @param comparison the comparison
   * @return the paragraphs' texts
   */
  static List<String> paragraphs(Comparison comparison) {
    Draft oldDraft = comparison.oldDraft();
    Draft newDraft = comparison.newDraft();
    List<String> out = new ArrayList<>();
    out.add("plandiff: " + oldDraft.label() + " \u2192 " + newDraft.label());
    out.add(
        "Old: "
            + oldDraft.label()
            + " ("
            + oldDraft.source()
            + ", "
            + oldDraft.clauses().size()
            + " points). New: "
            + newDraft.label()
            + " ("
            + newDraft.source()
            + ", "
            + newDraft.clauses().size()
            + " points).");
    Summary s = comparison.summary();
    StringBuilder counts = new StringBuilder();
    for (Relation r : Relation.values()) {
      counts.append(s.count(r)).append(' ').append(Words.phrase(r)).append(", ");
    }
    counts.append(s.moved()).append(" moved, ").append(s.renumbered()).append(" renumbered.");
    out.add(counts.toString());
    if (!s.signals().isEmpty()) {
      StringBuilder signals = new StringBuilder("Signals: ");
      String sep = "";
      for (Map.Entry<SignalType, Integer> e : s.signals().entrySet()) {
        signals.append(sep).append(e.getValue()).append(' ').append(Words.phrase(e.getKey()));
        sep = ", ";
      }
      out.add(signals.append('.').toString());
    }
    for (Headline.Group group : Headline.of(comparison)) {
      out.add(group.title() + " (" + group.items().size() + ")");
      for (Headline.Item item : group.items()) {
        out.add(
            "\u2022 " + Headline.where(item.change()) + ": " + Headline.evidence(item.signal()));
      }
    }
    out.add(
        "The document's text carries the changes as tracked changes (accept all: "
            + newDraft.label()
            + "; reject all: "
            + oldDraft.label()
            + ").");
    return out;
  }
}
