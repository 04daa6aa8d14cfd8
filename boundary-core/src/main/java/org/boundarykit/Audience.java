package org.boundarykit;

/** Whom a script is written for. */
public enum Audience {
  /** The ex. */
  EX,
  /** A mutual friend, or a friend or relative in the user's support system. */
  FRIEND,
  /** The user themselves: self-care and "remember why" lines. */
  SELF
}
