package org.boundarykit;

/** What a script is for. The first three match the reply steps of the escalation ladder. */
public enum ScriptPurpose {
  /** State the boundary once ({@link EscalationStep#STATE_BOUNDARY}). */
  STATE_BOUNDARY,
  /** Restate it calmly ({@link EscalationStep#RESTATE}). */
  RESTATE,
  /** The last reply ({@link EscalationStep#FINAL_NOTICE}). */
  FINAL_NOTICE,
  /**
   * A brief, factual reply on an allowed practical topic; each script gives one kind of answer
   * ({@link Script#reply()}).
   */
  LOGISTICS,
  /**
   * A short, friendly answer to a message a {@link ContactLevel#LIMITED} boundary allows: such a
   * message is not a step over the line, and the user may answer it or not.
   */
  FRIENDLY,
  /** A message to mutual friends. */
  TELL_FRIENDS,
  /** A message to a friend or relative asking for support. */
  SUPPORT,
  /** A self-care line for the user. */
  SELF_CARE,
  /** A line that gives the user's own reasons back to them. */
  REMEMBER_WHY,
  /**
   * Words for an ex who threatens or hints at self-harm: they point to a crisis line, the emergency
   * number and the ex's own people, without taking on responsibility for them or reopening the
   * relationship. Optional: the user may send them or not.
   */
  POINT_TO_HELP
}
