package org.boundarykit;

/** The kind of a {@link SafetyResource}. */
public enum ResourceKind {
  /** The emergency number. */
  EMERGENCY,
  /** A crisis or suicide-prevention line. */
  CRISIS_LINE,
  /** A domestic-violence or abuse service. */
  DOMESTIC_VIOLENCE,
  /** Legal aid or advice on protective orders. */
  LEGAL_AID,
  /** A stalking helpline or service. */
  STALKING,
  /** Help when intimate images are shared or threatened: removal, reporting, support. */
  IMAGE_ABUSE
}
