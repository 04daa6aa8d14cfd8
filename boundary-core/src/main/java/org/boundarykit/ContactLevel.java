package org.boundarykit;

/** The boundary the user chose: how much contact with the ex, if any, is acceptable. */
public enum ContactLevel {
  /** No contact at all, on any channel, for any reason. */
  NO_CONTACT,
  /** Only about named practical topics, on allowed channels. */
  LOGISTICS_ONLY,
  /** Some contact is fine on allowed channels (for example an occasional text, no calls). */
  LIMITED
}
