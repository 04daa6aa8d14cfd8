package org.boundarykit.spi;

import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a classifier may know besides the text: the locale of the conversation and when the
 * message was sent, in the user's time zone (for late-night contact).
 */
@Value.Immutable
public abstract class ClassificationContext {

  ClassificationContext() {}

  /**
   * Returns a context.
   *
   * @param locale the locale of the conversation
   * @param sentAt when the message was sent, in the user's time zone, or empty if unknown
   * @return the context
   */
  public static ClassificationContext of(Locale locale, Optional<ZonedDateTime> sentAt) {
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(sentAt, "sentAt");
    return ImmutableClassificationContext.builder().locale(locale).sentAt(sentAt).build();
  }

  /** {@return the locale of the conversation} */
  public abstract Locale locale();

  /** {@return when the message was sent, in the user's time zone, if known} */
  public abstract Optional<ZonedDateTime> sentAt();
}
