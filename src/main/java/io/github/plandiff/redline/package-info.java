/**
 * Lossless word-level redlines of two texts. The only package that uses java-diff-utils; its deltas
 * are turned into {@link io.github.plandiff.model.Segment}s at once.
 */
package io.github.plandiff.redline;
