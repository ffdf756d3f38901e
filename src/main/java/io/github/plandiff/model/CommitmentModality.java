package io.github.plandiff.model;

/** How strongly a commitment binds its obligors. */
public enum CommitmentModality {
  /** A duty or a prohibition: will, shall, must, agrees to, undertakes, may not. */
  BINDING,
  /** Advice: should, is expected to, is encouraged to. */
  SOFT,
  /** A permission or an intention: may, can, is entitled to, will seek to. */
  PERMISSION
}
