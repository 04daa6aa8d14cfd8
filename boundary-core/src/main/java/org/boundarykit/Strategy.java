package org.boundarykit;

import java.util.List;
import org.immutables.value.Value;

/** One idea a recommendation rests on, with the practical steps it asks for. */
@Value.Immutable
public abstract class Strategy {

  Strategy() {}

  /**
   * Returns a new builder.
   *
   * @return a builder; {@code id}, {@code title} and {@code summary} are required
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the strategy's id, unique in its pack} */
  public abstract String id();

  /** {@return a short title} */
  public abstract String title();

  /** {@return a summary in a sentence or two} */
  public abstract String summary();

  /** {@return the practical steps} */
  public abstract List<String> steps();

  /** {@return when the strategy applies, in a sentence; may be empty} */
  @Value.Default
  public String appliesWhen() {
    return "";
  }

  @Value.Check
  final void check() {
    Checks.id("strategy.id", id());
  }

  /** Builds a {@link Strategy}. */
  public static final class Builder extends ImmutableStrategy.Builder {
    Builder() {}
  }
}
