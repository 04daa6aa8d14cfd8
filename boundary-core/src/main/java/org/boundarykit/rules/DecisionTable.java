package org.boundarykit.rules;

import java.time.LocalTime;
import java.util.Objects;
import java.util.List;
import org.immutables.value.Value;

/**
 * The rows that decide a recommendation, with the ladder thresholds and the late-night window.
 *
 * <p><b>Hit policy: FIRST.</b> Rows are tried in order; the first row whose conditions all hold
 * wins. Every matching row is reported in the explanation. When an engine is built, the table is
 * verified over every combination of the finite dimensions: a situation no row covers, a row that
 * can never win, and a row under which an URGENT contact would get a reply are all refused.
 */
@Value.Immutable
public abstract class DecisionTable {

  DecisionTable() {}

  /**
   * Returns a new builder.
   *
   * @return a builder; {@code rules} must not be empty
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the rows, in order} */
  public abstract List<Rule> rules();

  /** {@return the ladder thresholds; default 3, 5 and 3} */
  @Value.Default
  public EscalationThresholds thresholds() {
    return EscalationThresholds.of(3, 5, 3);
  }

  /** {@return the start of the late-night window (inclusive); default 23:00} */
  @Value.Default
  public LocalTime lateNightStart() {
    return LocalTime.of(23, 0);
  }

  /** {@return the end of the late-night window (exclusive); default 05:00} */
  @Value.Default
  public LocalTime lateNightEnd() {
    return LocalTime.of(5, 0);
  }

  /**
   * Whether {@code time} falls in the late-night window; the window may wrap past midnight.
   *
   * @param time a local time
   * @return true if late at night
   */
  public final boolean isLateNight(LocalTime time) {
    Objects.requireNonNull(time, "time");
    LocalTime start = lateNightStart();
    LocalTime end = lateNightEnd();
    if (start.isBefore(end)) {
      return !time.isBefore(start) && time.isBefore(end);
    }
    return !time.isBefore(start) || time.isBefore(end);
  }

  @Value.Check
  final void check() {
    if (rules().isEmpty()) {
      throw new IllegalArgumentException("table.rules: must not be empty");
    }
  }

  /** Builds a {@link DecisionTable}. */
  public static final class Builder extends ImmutableDecisionTable.Builder {
    Builder() {}
  }
}
