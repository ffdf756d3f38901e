/**
 * The history stage: a chain of drafts into each clause's lineage, from the pairwise comparisons of
 * consecutive drafts, with clauses removed and later restored linked to their earlier selves.
 */
package io.github.plandiff.history;
