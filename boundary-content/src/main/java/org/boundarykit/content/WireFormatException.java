package org.boundarykit.content;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A wire-format line that cannot be read: bad JSON, an unknown field where fields are strict, a
 * missing required field, a value of the wrong type or out of range. The message starts with the
 * JSON path of the problem, rooted at {@code $} (for example {@code "$.contact.at: required"}).
 * Stable API.
 */
public final class WireFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The id of the request, if it could be read; not serialized. */
  private final transient @Nullable RequestId id;

  WireFormatException(String message, @Nullable RequestId id) {
    super(message);
    this.id = id;
  }

  /**
   * The id of the request the problem is in, so that an error reply can echo it.
   *
   * @return the id, or empty if the line had no readable id
   */
  public Optional<RequestId> id() {
    return Optional.ofNullable(id);
  }
}
