package org.boundarykit;

/**
 * A value given to the API is out of bounds: blank, too long, or malformed. {@link #field()} names
 * it as a path such as {@code plan.exName} or {@code plan.reasons[2]}, and the message starts with
 * that path. It is an {@link IllegalArgumentException}, so code that catches those keeps working.
 * Stable API.
 */
public final class InvalidValueException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The path of the value, such as {@code contact.matter}. */
  private final String field;

  /**
   * Creates an exception for one value.
   *
   * @param field the path of the value, such as {@code plan.exName}
   * @param problem what is wrong with it, such as {@code "at most 60 characters, but got 61"}
   */
  public InvalidValueException(String field, String problem) {
    super(field + ": " + problem);
    this.field = field;
  }

  /** {@return the path of the value that was refused, such as {@code plan.exName}} */
  public String field() {
    return field;
  }
}
