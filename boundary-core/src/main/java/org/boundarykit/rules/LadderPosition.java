package org.boundarykit.rules;

/**
 * Where the user stands on the escalation ladder, derived from the history of replies and counts
 * of contacts since the final notice and since a block. Declared from earliest to latest.
 */
public enum LadderPosition {
  /** The boundary has not been stated yet. */
  NOT_STATED,
  /** The boundary was stated once. */
  STATED,
  /** The boundary was restated. */
  RESTATED,
  /** The final notice was sent; fewer contacts since then than the mute threshold. */
  FINAL_NOTICE_GIVEN,
  /** Contacts since the final notice reached the mute threshold. */
  MUTE_DUE,
  /** Contacts since the final notice reached the block threshold. */
  BLOCK_DUE,
  /** The user blocked; contact continues on another channel or account. */
  BLOCKED,
  /** Contacts since the block reached the legal threshold. */
  LEGAL_DUE
}
