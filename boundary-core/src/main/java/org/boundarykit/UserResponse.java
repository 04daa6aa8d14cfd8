package org.boundarykit;

import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * What the user did about an earlier contact: the action, the ladder step if it was one, and the id
 * of the script sent, if any. The engine derives where the user stands on the ladder from these.
 */
@Value.Immutable
public abstract class UserResponse {

  UserResponse() {}

  /**
   * Returns a new builder.
   *
   * @return a builder; {@code action} is required
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A response with an action and no step or script.
   *
   * @param action what the user did
   * @return the response
   */
  public static UserResponse of(Action action) {
    return builder().action(action).build();
  }

  /**
   * A response with an action and a ladder step.
   *
   * @param action what the user did
   * @param step the ladder step it was
   * @return the response
   */
  public static UserResponse of(Action action, EscalationStep step) {
    return builder().action(action).step(step).build();
  }

  /**
   * The user did what the recommendation advised: its action and ladder step, and its script if it
   * has one. Append it to the history with the contact, so the ladder climbs as advised:
   * {@code history.append(contact, UserResponse.followed(advice))}.
   *
   * @param advice the recommendation the user followed
   * @return the response
   * @throws NullPointerException if {@code advice} is null
   */
  public static UserResponse followed(Recommendation advice) {
    java.util.Objects.requireNonNull(advice, "advice");
    return followed(advice, advice.script().orElse(null));
  }

  /**
   * The user did what the recommendation advised, sending {@code sent} (the script or one of its
   * alternatives), or no script when {@code sent} is null.
   *
   * @param advice the recommendation the user followed
   * @param sent the script the user sent, or null
   * @return the response
   * @throws NullPointerException if {@code advice} is null
   */
  public static UserResponse followed(Recommendation advice, @Nullable RenderedScript sent) {
    java.util.Objects.requireNonNull(advice, "advice");
    Builder b = builder().action(advice.action());
    Optional<EscalationStep> step = advice.step();
    if (step.isPresent()) {
      b.step(step.get());
    }
    if (sent != null) {
      b.scriptId(sent.scriptId());
    }
    return b.build();
  }

  /** {@return what the user did} */
  public abstract Action action();

  /** {@return the ladder step this was, if any} */
  public abstract Optional<EscalationStep> step();

  /** {@return the id of the script the user sent, if any} */
  public abstract Optional<String> scriptId();

  /** Builds a {@link UserResponse}. */
  public static final class Builder extends ImmutableUserResponse.Builder {
    Builder() {}
  }
}
