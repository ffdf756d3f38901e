package io.github.plandiff.model;

import java.util.List;

/**
 * The aligner's result: every clause of both drafts in exactly one match, in the new draft's order
 * with each removed clause after its nearest surviving predecessor.
 *
 * @param matches the matches
 */
public record Alignment(List<ClauseMatch> matches) {

  /** Copies the list. */
  public Alignment {
    matches = List.copyOf(matches);
  }
}
