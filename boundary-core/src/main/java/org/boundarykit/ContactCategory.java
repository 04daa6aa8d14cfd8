package org.boundarykit;

/** What a contact is doing. */
public enum ContactCategory {
  /** A late-night "u up?" or "can't sleep, thinking of you": driven by the hour. */
  LATE_NIGHT,
  /** "Just checking in", "can we still be friends?", "how are you?". */
  FRIENDSHIP_CHECK_IN,
  /** Memories, "I miss you", apologies, promises to change: pulling the person back in. */
  NOSTALGIA_HOOVER,
  /** A practical matter used as an excuse when the matter does not need contact. */
  PRETEXT_LOGISTICS,
  /** Genuinely necessary coordination: children's pickup, the lease, bills, a work handover. */
  LEGITIMATE_LOGISTICS,
  /** Guilt, blame, anger at the boundary, "you owe me". */
  GUILT_TRIP_PUSHBACK,
  /** Birthday, holiday or anniversary messages. */
  SPECIAL_OCCASION,
  /** Manufactured urgency, jealousy bait, news meant to provoke. */
  DRAMA_CRISIS_BAIT,
  /** The ex threatens or hints at harming themselves. */
  SELF_HARM_THREAT,
  /** Threats against the user, intimidation, stalking signals, abuse. */
  THREAT_HARASSMENT,
  /** None of the above. */
  OTHER
}
