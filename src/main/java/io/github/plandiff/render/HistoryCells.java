package io.github.plandiff.render;

import io.github.plandiff.model.History;
import io.github.plandiff.model.Lineage;
import io.github.plandiff.model.LineageStatus;
import io.github.plandiff.model.LineageStep;
import io.github.plandiff.model.Signal;
import io.github.plandiff.model.SignalType;
import java.util.List;
import java.util.Optional;

/**
 * The lineage matrix shared by the history renderers: one row per lineage, one cell per draft, each
 * cell the clause number and a mark for the step's status.
 */
final class HistoryCells {

  /** The marks and their meanings, in the order a legend lists them. */
  static final List<String[]> LEGEND =
      List.of(
          new String[] {"+", "introduced"},
          new String[] {"=", "unchanged"},
          new String[] {"~", "reworded"},
          new String[] {"v", "weakened (a modal became weaker)"},
          new String[] {"^", "strengthened (a modal became stronger)"},
          new String[] {"M", "merged with other clauses"},
          new String[] {"S", "split from a clause"},
          new String[] {"x", "removed"},
          new String[] {"R", "restored after a removal"});

  private HistoryCells() {}

  /**
   * Returns the mark of a step: its status, then {@code v} and/or {@code ^} when its signals weaken
   * or strengthen a modal.
   */
  static String mark(LineageStep step) {
    String base =
        switch (step.status()) {
          case INTRODUCED -> "+";
          case UNCHANGED -> "=";
          case REWORDED -> "~";
          case MERGED -> "M";
          case SPLIT -> "S";
          case REMOVED -> "x";
          case RESTORED -> "R";
        };
    return base + direction(step.signals());
  }

  /** Returns {@code v}, {@code ^}, both or nothing for the modality signals. */
  static String direction(List<Signal> signals) {
    boolean weakened = false;
    boolean strengthened = false;
    for (Signal signal : signals) {
      weakened |= signal.type() == SignalType.MODALITY_WEAKENED;
      strengthened |= signal.type() == SignalType.MODALITY_STRENGTHENED;
    }
    return (weakened ? "v" : "") + (strengthened ? "^" : "");
  }

  /** Returns the cell of a lineage in a draft: "6 ~", "x", or "" when it has no step there. */
  static String cell(Lineage lineage, int draft) {
    Optional<LineageStep> step = lineage.stepIn(draft);
    if (step.isEmpty()) {
      return "";
    }
    return step.get().status() == LineageStatus.REMOVED
        ? mark(step.get())
        : String.join("+", step.get().ids()) + " " + mark(step.get());
  }

  /** Returns the first line of the lineage's first text, cut to {@code max} characters. */
  static String excerpt(Lineage lineage, int max) {
    return oneLine(lineage.first().text(), max);
  }

  static String oneLine(String text, int max) {
    String flat = text.replace('\r', ' ').replace('\n', ' ').strip();
    return flat.length() <= max ? flat : flat.substring(0, max - 1) + "\u2026";
  }

  /** Returns the label of a draft for headers. */
  static String draftLabel(History history, int draft) {
    return history.drafts().get(draft).label();
  }

  /** Returns a step's clause labels as printed, or its ids when unlabelled. */
  static String printed(LineageStep step) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < step.ids().size(); i++) {
      if (sb.length() > 0) {
        sb.append(" + ");
      }
      String label = step.labels().get(i);
      sb.append(label.isEmpty() ? step.ids().get(i) : label);
    }
    return sb.toString();
  }

  /** Whether every step after the first leaves the text unchanged. */
  static boolean quiet(Lineage lineage) {
    for (LineageStep step : lineage.steps().subList(1, lineage.steps().size())) {
      if (step.status() != LineageStatus.UNCHANGED) {
        return false;
      }
    }
    return true;
  }

  /** Lower-case status word for prose ("reworded"). */
  static String word(LineageStatus status) {
    return status.name().toLowerCase(java.util.Locale.ROOT);
  }
}
