package org.boundarykit.content;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The {@code id} of a wire-format request, echoed in its reply as it was given: a JSON string or a
 * JSON number. Stable API.
 *
 * @param value the id's text: the string itself, or the number as JSON writes it
 * @param number whether the id is a JSON number rather than a string
 */
public record RequestId(String value, boolean number) {

  private static final Pattern JSON_NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

  /**
   * Creates an id.
   *
   * @param value the id's text
   * @param number whether the id is a JSON number
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code number} is true and {@code value} is not a JSON number
   */
  public RequestId {
    Objects.requireNonNull(value, "value");
    if (number && !JSON_NUMBER.matcher(value).matches()) {
      throw new IllegalArgumentException("id: not a JSON number: \"" + value + "\"");
    }
  }

  /**
   * A string id.
   *
   * @param value the id
   * @return the id
   */
  public static RequestId of(String value) {
    return new RequestId(value, false);
  }

  /**
   * A number id.
   *
   * @param value the id
   * @return the id
   */
  public static RequestId of(long value) {
    return new RequestId(Long.toString(value), true);
  }

  /** {@return the id's text} */
  @Override
  public String toString() {
    return value;
  }
}
