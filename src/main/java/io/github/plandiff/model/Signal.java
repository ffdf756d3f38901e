package io.github.plandiff.model;

import java.util.Objects;

/**
 * What a change does to a commitment, with the words that show it.
 *
 * @param type the kind of signal
 * @param oldText the old words ("" when there are none, e.g. for an added party)
 * @param newText the new words ("" when there are none)
 * @param clause the id of the clause the evidence is in (the new clause when there is one)
 * @param oldOffset offset of {@code oldText} in the old clause's full text, or -1
 * @param newOffset offset of {@code newText} in the new clause's full text, or -1
 */
public record Signal(
    SignalType type, String oldText, String newText, String clause, int oldOffset, int newOffset) {

  /** Checks that no component is null. */
  public Signal {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(oldText, "oldText");
    Objects.requireNonNull(newText, "newText");
    Objects.requireNonNull(clause, "clause");
  }
}
