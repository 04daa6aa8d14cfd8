package org.boundarykit;

/** The escalation ladder, declared in order: a later step is stronger. */
public enum EscalationStep {
  /** State the boundary once, kindly and briefly. */
  STATE_BOUNDARY,
  /** Restate it calmly once. */
  RESTATE,
  /** A final notice that there will be no more replies. */
  FINAL_NOTICE,
  /** Stop replying. */
  NO_RESPONSE,
  /** Silence the thread. */
  MUTE,
  /** Block on the channel. */
  BLOCK,
  /** Keep a dated record of every contact. */
  DOCUMENT,
  /** Consider legal protection. */
  LEGAL
}
