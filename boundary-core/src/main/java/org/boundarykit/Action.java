package org.boundarykit;

/** What the user should do now. */
public enum Action {
  /** Send the given script: stating, restating, or the final notice. */
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
  TELL_FRIENDS
}
