package org.boundarykit;

/** What the user should do now. */
public enum Action {
  /**
   * Send the given script: stating, restating, or the final notice; or, for a message a {@link
   * ContactLevel#LIMITED} boundary allows, an optional friendly answer ({@link ScriptPurpose#FRIENDLY}).
   */
  REPLY,
  /** A brief, factual answer on the allowed topic only. */
  REPLY_LOGISTICS,
  /** Do not answer; follow through. */
  NO_REPLY,
  /** Silence the thread, turn on do-not-disturb, unfollow; no reply. */
  MUTE,
  /** Block on the channel or channels; no reply. */
  BLOCK,
  /** Keep a dated record of the contact, with evidence; no reply. */
  DOCUMENT,
  /** Consider legal protection; keep documenting. */
  SEEK_LEGAL_HELP,
  /** Danger now, or a credible threat of self-harm: call the local emergency number or a crisis line. */
  CONTACT_EMERGENCY_SERVICES,
  /** A script for mutual friends or the support system. */
  TELL_FRIENDS,
  /**
   * The message could not be read with confidence: ask the user what it is about (see {@link
   * Recommendation#question()}), then ask the engine again with their answer as labels. Nothing is
   * sent: this action never carries a script, and is never given when safety is not NONE. The
   * engine decides it before the decision table; no rule may use it.
   */
  ASK_USER
}
