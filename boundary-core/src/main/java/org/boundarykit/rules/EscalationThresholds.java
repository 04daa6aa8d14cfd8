package org.boundarykit.rules;

import java.time.Duration;
import org.immutables.value.Value;

/**
 * How the conversation so far moves the engine on: the ladder thresholds, the windows in which
 * earlier contacts raise the safety floor of a new one, the escalation check, and the confidence
 * below which a reading counts as unsure.
 *
 * <p><b>Ladder.</b> How many contacts move the ladder on without a reply. Counts include the
 * contact being decided: with the defaults, the 3rd contact after the final notice mutes, the 5th
 * blocks, and the 3rd contact after a block leads to legal help.
 *
 * <p><b>Safety floor.</b> An earlier CONCERN or URGENT contact within {@link #concernWindow()}
 * (default 14 days) raises the new contact to at least CONCERN; an earlier URGENT contact within
 * {@link #urgentWindow()} (default 12 hours) raises it to URGENT. {@link #escalationCount()} or more
 * contacts (default 5, the new one included) within {@link #escalationWindow()} (default 1 hour), or
 * safety rising across the last contacts, raise it to at least CONCERN.
 *
 * <p><b>Unsure readings.</b> When the category of a contact was read from its text with a
 * confidence below {@link #minConfidence()} (default 0.35), the engine asks the user what the
 * message is about instead of suggesting words (see {@link org.boundarykit.Action#ASK_USER}).
 */
@Value.Immutable
public abstract class EscalationThresholds {

  /** Longest window accepted for {@link #concernWindow()}, {@link #urgentWindow()} and {@link #escalationWindow()}. */
  public static final Duration MAX_WINDOW = Duration.ofDays(366);

  /**
   * Most accepted {@link #escalationCount()}: the engine looks at no more than this many earlier
   * contacts for one new one.
   */
  public static final int MAX_ESCALATION_COUNT = 50;

  EscalationThresholds() {}

  /**
   * Returns a new builder.
   *
   * @return a builder; {@code muteAt}, {@code blockAt} and {@code legalAt} are required, the rest
   *     have defaults
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns thresholds with the default windows, escalation check and confidence.
   *
   * @param muteAt the contact after the final notice that mutes (at least 1)
   * @param blockAt the contact after the final notice that blocks (at least {@code muteAt})
   * @param legalAt the contact after a block that leads to legal help (at least 1)
   * @return the thresholds
   * @throws IllegalArgumentException if a count is out of range
   */
  public static EscalationThresholds of(int muteAt, int blockAt, int legalAt) {
    return builder().muteAt(muteAt).blockAt(blockAt).legalAt(legalAt).build();
  }

  /** {@return the contact after the final notice that mutes} */
  public abstract int muteAt();

  /** {@return the contact after the final notice that blocks} */
  public abstract int blockAt();

  /** {@return the contact after a block that leads to legal help} */
  public abstract int legalAt();

  /** {@return how long an earlier CONCERN or URGENT contact raises new ones to CONCERN; default 14 days} */
  @Value.Default
  public Duration concernWindow() {
    return Duration.ofDays(14);
  }

  /** {@return how long an earlier URGENT contact raises new ones to URGENT; default 12 hours} */
  @Value.Default
  public Duration urgentWindow() {
    return Duration.ofHours(12);
  }

  /**
   * How many contacts within {@link #escalationWindow()}, the new one included, raise it to
   * CONCERN; default 5.
   *
   * @return the count, from 2 to {@value #MAX_ESCALATION_COUNT}
   */
  @Value.Default
  public int escalationCount() {
    return 5;
  }

  /** {@return the window of the escalation count; default 1 hour} */
  @Value.Default
  public Duration escalationWindow() {
    return Duration.ofHours(1);
  }

  /**
   * The confidence below which a category read from the text counts as unsure; default 0.35.
   *
   * @return a value from 0 (never unsure, unless nothing was read) to 1
   */
  @Value.Default
  public double minConfidence() {
    return 0.35;
  }

  /** {@return the longest of the three windows: how far back the engine looks at earlier contacts} */
  public final Duration longestWindow() {
    Duration longest = concernWindow();
    if (urgentWindow().compareTo(longest) > 0) {
      longest = urgentWindow();
    }
    if (escalationWindow().compareTo(longest) > 0) {
      longest = escalationWindow();
    }
    return longest;
  }

  @Value.Check
  final void check() {
    if (muteAt() < 1 || blockAt() < muteAt() || legalAt() < 1) {
      throw new IllegalArgumentException(
          "thresholds: need 1 <= muteAt <= blockAt and legalAt >= 1, but got muteAt="
              + muteAt() + ", blockAt=" + blockAt() + ", legalAt=" + legalAt());
    }
    window("concernWindow", concernWindow());
    window("urgentWindow", urgentWindow());
    window("escalationWindow", escalationWindow());
    if (escalationCount() < 2 || escalationCount() > MAX_ESCALATION_COUNT) {
      throw new IllegalArgumentException("thresholds.escalationCount: from 2 (the new contact and one before it) to "
          + MAX_ESCALATION_COUNT + ", but got " + escalationCount());
    }
    if (!(minConfidence() >= 0.0 && minConfidence() <= 1.0)) {
      throw new IllegalArgumentException("thresholds.minConfidence: between 0 and 1, but got " + minConfidence());
    }
  }

  private static void window(String name, Duration window) {
    if (window.isNegative() || window.isZero() || window.compareTo(MAX_WINDOW) > 0) {
      throw new IllegalArgumentException(
          "thresholds." + name + ": more than zero and at most " + MAX_WINDOW.toDays() + " days, but got " + window);
    }
  }

  /** Builds {@link EscalationThresholds}. */
  public static final class Builder extends ImmutableEscalationThresholds.Builder {
    Builder() {}
  }
}
