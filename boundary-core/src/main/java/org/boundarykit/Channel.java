package org.boundarykit;

/** How a contact arrived. */
public enum Channel {
  /** A text or chat message. */
  TEXT,
  /** A phone or video call. */
  CALL,
  /** A voicemail. */
  VOICEMAIL,
  /** An email. */
  EMAIL,
  /** A direct message on a social network. */
  SOCIAL_DM,
  /** A like, comment, follow or story view on a social network. */
  SOCIAL_INTERACTION,
  /** A message relayed by a mutual friend. */
  VIA_MUTUAL_FRIEND,
  /** Face to face. */
  IN_PERSON,
  /** A gift, a letter or a delivery. */
  GIFT_OR_DELIVERY
}
