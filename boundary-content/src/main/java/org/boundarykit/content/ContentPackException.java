package org.boundarykit.content;

import java.util.List;

/**
 * A content pack could not be loaded or did not pass lint. Nothing is loaded when this is thrown.
 *
 * <p>{@link #problems()} lists every problem found, each with the resource, the JSON path and,
 * where the parser knows it, the line and column.
 */
public final class ContentPackException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The problems found, one line each. */
  @SuppressWarnings("serial") // List.copyOf returns a serializable list
  private final List<String> problems;

  /**
   * Creates an exception listing {@code problems}.
   *
   * @param problems one line per problem, each naming its place; not empty
   */
  public ContentPackException(List<String> problems) {
    super(message(problems));
    this.problems = List.copyOf(problems);
  }

  /**
   * The problems found, one line each, in the order found.
   *
   * @return the problems; never empty
   */
  public List<String> problems() {
    return problems;
  }

  private static String message(List<String> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("problems: must not be empty");
    }
    if (problems.size() == 1) {
      return "Invalid content pack: " + problems.get(0);
    }
    return "Invalid content pack, " + problems.size() + " problems:\n  " + String.join("\n  ", problems);
  }
}
