package org.boundarykit;

import java.util.List;

/**
 * An engine could not be built: the decision table, the scripts or the other content failed
 * verification. {@link #problems()} lists every problem, each naming the rows, scripts or ids
 * involved.
 */
public final class EngineConfigurationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The problems found, one line each. */
  @SuppressWarnings("serial") // List.copyOf returns a serializable list
  private final List<String> problems;

  /**
   * Creates an exception listing {@code problems}.
   *
   * @param problems one line per problem; not empty
   */
  public EngineConfigurationException(List<String> problems) {
    super(
        problems.size() == 1
            ? "Cannot build the engine: " + problems.get(0)
            : "Cannot build the engine, " + problems.size() + " problems:\n  " + String.join("\n  ", problems));
    this.problems = List.copyOf(problems);
  }

  /** {@return the problems, one line each, in the order found} */
  public List<String> problems() {
    return problems;
  }
}
