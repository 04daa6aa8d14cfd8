package org.boundarykit;

import java.util.Optional;
import org.immutables.value.Value;

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
