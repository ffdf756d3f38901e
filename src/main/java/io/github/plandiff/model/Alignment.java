package io.github.plandiff.model;

import java.util.List;

/**
 * The aligner's result: every clause of both drafts in exactly one match, in the new draft's order
 * with each removed clause after its nearest surviving predecessor.
 *
 * @param matches the matches
 * @param warnings what the aligner could not do as asked (for example, evidence about meaning left
 *     out), for the comparison's warnings
 */
public record Alignment(List<ClauseMatch> matches, List<Warning> warnings) {

  /** Copies the lists. */
  public Alignment {
    matches = List.copyOf(matches);
    warnings = List.copyOf(warnings);
  }

  /**
   * An alignment without warnings.
   *
   * @param matches the matches
   */
  public Alignment(List<ClauseMatch> matches) {
    this(matches, List.of());
  }
}
