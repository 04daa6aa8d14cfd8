package org.boundarykit;

/**
 * The kind of answer a reply on a practical matter gives (the BIFF idea: brief, informative,
 * friendly, firm). Constants are declared in the order a recommendation offers them when the user
 * has not said what they decided: the first commits the user to nothing, and no kind is ever chosen
 * for them.
 */
public enum LogisticsReply {
  /** Acknowledge receipt and say an answer will follow; agrees to nothing. */
  ACKNOWLEDGE,
  /** Ask for the detail that is missing ({@code {detail}}). */
  ASK,
  /** Decline, offering an alternative where the user has one ({@code {alternative}}). */
  DECLINE,
  /** Accept, with the time and place the user gives ({@code {time}}, {@code {place}}). */
  ACCEPT
}
