package org.boundarykit;

/** How dangerous a contact is. Constants are declared from least to most severe. */
public enum Safety {
  /** No safety signal. */
  NONE,
  /** Intimidation, stalking-like signals, repeated unwanted contact after a final notice. */
  CONCERN,
  /** An explicit threat of violence, or of self-harm. */
  URGENT;

  /**
   * Returns the more severe of this level and {@code other}.
   *
   * @param other the level to compare with
   * @return the more severe of the two
   */
  public Safety atLeast(Safety other) {
    return compareTo(java.util.Objects.requireNonNull(other, "other")) >= 0 ? this : other;
  }
}
