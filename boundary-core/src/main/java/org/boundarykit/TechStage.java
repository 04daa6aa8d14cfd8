package org.boundarykit;

/**
 * What a technology step is for. Constants are declared in the order the steps are taken, and a
 * recommendation shows its steps in this order: where there is danger, cutting contact can raise
 * the risk for a while, so getting safe comes first, then keeping the evidence (blocking can hide
 * or delete a conversation), then quieting the contact, and blocking last.
 */
public enum TechStage {
  /** Getting safe: a safety plan, a device the ex cannot see, who to tell. */
  GET_SAFE,
  /** Keeping the evidence: screenshots, exports, a log. */
  KEEP_EVIDENCE,
  /** Quieting the contact without ending it: do-not-disturb, mute, filter, restrict. */
  QUIET,
  /** Blocking the contact. */
  BLOCK
}
