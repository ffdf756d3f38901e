/**
 * Immutable values that pass between the stages of plandiff: blocks, drafts, clauses, alignments,
 * changes, redline segments, signals and the exceptions. This package imports nothing else of
 * plandiff.
 */
package io.github.plandiff.model;
