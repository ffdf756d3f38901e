package io.github.plandiff.model;

/** What a redline {@link Segment} does. */
public enum Op {
  /** Text in both versions. */
  EQUAL,
  /** Text only in the old version. */
  DELETE,
  /** Text only in the new version. */
  INSERT
}
