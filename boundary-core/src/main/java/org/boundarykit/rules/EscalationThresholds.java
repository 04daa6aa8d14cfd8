package org.boundarykit.rules;

import org.immutables.value.Value;

/**
 * How many contacts move the ladder on without a reply. Counts include the contact being decided:
 * with the defaults, the 3rd contact after the final notice mutes, the 5th blocks, and the 3rd
 * contact after a block leads to legal help.
 */
@Value.Immutable
public abstract class EscalationThresholds {

  EscalationThresholds() {}

  /**
   * Returns thresholds.
   *
   * @param muteAt the contact after the final notice that mutes (at least 1)
   * @param blockAt the contact after the final notice that blocks (at least {@code muteAt})
   * @param legalAt the contact after a block that leads to legal help (at least 1)
   * @return the thresholds
   * @throws IllegalArgumentException if a count is out of range
   */
  public static EscalationThresholds of(int muteAt, int blockAt, int legalAt) {
    return ImmutableEscalationThresholds.builder().muteAt(muteAt).blockAt(blockAt).legalAt(legalAt).build();
  }

  /** {@return the contact after the final notice that mutes} */
  public abstract int muteAt();

  /** {@return the contact after the final notice that blocks} */
  public abstract int blockAt();

  /** {@return the contact after a block that leads to legal help} */
  public abstract int legalAt();

  @Value.Check
  final void check() {
    if (muteAt() < 1 || blockAt() < muteAt() || legalAt() < 1) {
      throw new IllegalArgumentException(
          "thresholds: need 1 <= muteAt <= blockAt and legalAt >= 1, but got muteAt="
              + muteAt() + ", blockAt=" + blockAt() + ", legalAt=" + legalAt());
    }
  }
}
