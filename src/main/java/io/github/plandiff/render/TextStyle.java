package io.github.plandiff.render;

/** Whether terminal output uses ANSI colour. Plain output marks changes with [-…-] and {+…+}. */
public enum TextStyle {
  /** No escape codes: for pipes, files and {@code NO_COLOR}. */
  PLAIN,
  /** ANSI colour with strike-through and underline, for a terminal. */
  COLOR
}
