package io.github.plandiff.model;

/** What text of a draft outside its clauses' own text a {@link HeadingChange} compares. */
public enum HeadingKind {
  /** The text before the first clause: title and preamble. */
  PREAMBLE,
  /** A section heading above a group of clauses: its number, if any, and its title. */
  SECTION,
  /** An annex's title and its text outside its points. */
  ANNEX,
  /** The headings of the clauses of one clause change (a title after a keyword, a note). */
  CLAUSE,
  /** The text after the last clause that belongs to none (signatures). */
  TRAILING
}
