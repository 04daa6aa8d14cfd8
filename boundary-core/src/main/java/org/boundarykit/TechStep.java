package org.boundarykit;

import java.util.Set;
import org.immutables.value.Value;

/** A technology step (block a number, mute a thread, filter email) for some channels and actions. */
@Value.Immutable
public abstract class TechStep {

  TechStep() {}

  /**
   * Returns a new builder.
   *
   * @return a builder; {@code id} and {@code text} are required
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the step's id, unique in its pack} */
  public abstract String id();

  /** {@return the channels the step is for; empty means every channel} */
  public abstract Set<Channel> channels();

  /** {@return the actions the step carries out; empty means every action} */
  public abstract Set<Action> actions();

  /** {@return the step, worded for any platform} */
  public abstract String text();

  @Value.Check
  final void check() {
    Checks.id("techStep.id", id());
  }

  /** Builds a {@link TechStep}. */
  public static final class Builder extends ImmutableTechStep.Builder {
    Builder() {}
  }
}
