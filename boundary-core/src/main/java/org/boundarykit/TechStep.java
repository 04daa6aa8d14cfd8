package org.boundarykit;

import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A technology step (block a number, mute a thread, filter email) for some channels, actions and
 * situations. A recommendation shows the steps that apply in the order of their {@link #stage()},
 * and within a stage in the order the pack gives them.
 */
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

  /** {@return the step's text} */
  public abstract String text();

  /**
   * The platforms the step is written for ("iphone", "whatsapp"); empty means any platform. A step
   * for platforms is shown only when the plan names one of them ({@link BoundaryPlan#platforms()}).
   *
   * @return the platform ids
   */
  public abstract Set<String> platforms();

  /**
   * {@return the address of the platform's own help page the step was checked against}, if it was;
   * steps change as apps do, so the next check knows where to look.
   */
  public abstract Optional<String> source();

  /**
   * {@return what the step is for}. Defaults from the actions: {@link TechStage#BLOCK} for a step
   * that blocks, {@link TechStage#KEEP_EVIDENCE} for one that documents, otherwise {@link
   * TechStage#QUIET}.
   */
  @Value.Default
  public TechStage stage() {
    if (actions().contains(Action.BLOCK)) {
      return TechStage.BLOCK;
    }
    return actions().contains(Action.DOCUMENT) ? TechStage.KEEP_EVIDENCE : TechStage.QUIET;
  }

  /** {@return the safety levels the step is shown at; empty means every level} */
  public abstract Set<Safety> safety();

  /**
   * {@return whether the step is only for one kind of plan}: true, shown only when the plan says the
   * ex may see the user's phone or accounts ({@link BoundaryPlan#exMaySeeDevices()}); false, only
   * when it does not; empty, either way.
   */
  public abstract Optional<Boolean> exMaySeeDevices();

  /**
   * {@return whether the other person could notice the step} (a block, an unfollow, a changed
   * password, read receipts turned off). Where the ex may see the user's phone or accounts, no such
   * step comes before a safety plan. Defaults to false.
   */
  @Value.Default
  public boolean noticeable() {
    return false;
  }

  /**
   * Whether the step is shown in a situation.
   *
   * @param action the recommended action
   * @param followUps the actions that follow it
   * @param channel the channel of the contact
   * @param safety the safety of the contact
   * @param exMaySeeDevices whether the plan says the ex may see the user's phone or accounts
   * @param platforms the plan's platforms, or null for every platform
   * @return true if the step's actions, channels, safety levels, plan condition and platforms all fit
   */
  final boolean appliesTo(
      Action action, Collection<Action> followUps, Channel channel, Safety safety, boolean exMaySeeDevices,
      @Nullable Set<String> platforms) {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(followUps, "followUps");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(safety, "safety");
    boolean forAction = actions().isEmpty() || actions().contains(action);
    for (Action followUp : followUps) {
      forAction |= actions().contains(followUp);
    }
    return forAction
        && (channels().isEmpty() || channels().contains(channel))
        && (safety().isEmpty() || safety().contains(safety))
        && exMaySeeDevices().map(want -> want == exMaySeeDevices).orElse(true)
        && (platforms == null || platforms().isEmpty() || !Collections.disjoint(platforms(), platforms));
  }

  @Value.Check
  final void check() {
    Checks.id("techStep.id", id());
    for (String platform : platforms()) {
      Checks.id("techStep " + id() + ".platforms", platform);
    }
  }

  /** Builds a {@link TechStep}. */
  public static final class Builder extends ImmutableTechStep.Builder {
    Builder() {}
  }
}
