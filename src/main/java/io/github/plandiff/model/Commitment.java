package io.github.plandiff.model;

import java.util.List;
import java.util.Objects;

/**
 * A binding, soft or permissive sentence of a draft, or one coordinated part of one ("Russia will
 * withdraw, and Ukraine will hold elections" is two).
 *
 * @param clause the id of the clause whose own text holds it
 * @param sentence the index of its sentence in the clause's own text, from 0
 * @param part the index of the coordinated part within the sentence, from 0
 * @param start offset of the part's first character in the clause's own text
 * @param end offset after its last character
 * @param text the part as written
 * @param obligors the parties it binds, canonical names from the party lexicon in text order, or
 *     {@code ["unspecified"]} when it names none (an agentless passive, "the agreement will …")
 * @param modality how strongly it binds
 * @param negated whether it is a commitment not to do something ("will not", "commit not to", "will
 *     place no obstacles")
 * @param counterparties the other parties it names as beneficiaries or partners ("to Ukraine",
 *     "with Russia", the subject of a passive), in text order
 * @param conditions the conditions attached, as written
 * @param deadlines the deadlines attached, as written
 */
public record Commitment(
    String clause,
    int sentence,
    int part,
    int start,
    int end,
    String text,
    List<String> obligors,
    CommitmentModality modality,
    boolean negated,
    List<String> counterparties,
    List<String> conditions,
    List<String> deadlines) {

  /** The obligor of a commitment that names no party as bound. */
  public static final String UNSPECIFIED = "unspecified";

  /** Checks that nothing is null and that there is at least one obligor; copies the lists. */
  public Commitment {
    Objects.requireNonNull(clause, "clause");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(modality, "modality");
    obligors = List.copyOf(obligors);
    counterparties = List.copyOf(counterparties);
    conditions = List.copyOf(conditions);
    deadlines = List.copyOf(deadlines);
    if (obligors.isEmpty()) {
      throw new IllegalArgumentException("a commitment has at least one obligor");
    }
    if (sentence < 0 || part < 0 || start < 0 || end < start) {
      throw new IllegalArgumentException(
          "bad position of a commitment in clause " + clause + ": " + start + ".." + end);
    }
  }

  /**
   * Whether it binds no named party.
   *
   * @return true when the only obligor is {@link #UNSPECIFIED}
   */
  public boolean unspecified() {
    return obligors.equals(List.of(UNSPECIFIED));
  }

  /**
   * Whether it binds a party.
   *
   * @param party a canonical party name, or {@link #UNSPECIFIED}
   * @return true when the party is among the obligors
   */
  public boolean binds(String party) {
    return obligors.contains(party);
  }
}
