package org.boundarykit.spi;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a classifier may know besides the text: the locale of the conversation, when the message
 * was sent, in the user's time zone (for late-night contact), and the names of the children and
 * pets the user and the ex share.
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

  /**
   * Returns a context that also knows the names of the children and pets the user and the ex
   * share, so that a message naming one is read as about them.
   *
   * @param locale the locale of the conversation
   * @param sentAt when the message was sent, in the user's time zone, or empty if unknown
   * @param children the children's names, possibly empty
   * @param pets the pets' names, possibly empty
   * @return the context
   */
  public static ClassificationContext of(
      Locale locale, Optional<ZonedDateTime> sentAt, List<String> children, List<String> pets) {
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(sentAt, "sentAt");
    return ImmutableClassificationContext.builder().locale(locale).sentAt(sentAt)
        .children(children).pets(pets).build();
  }

  /** {@return the locale of the conversation} */
  public abstract Locale locale();

  /** {@return when the message was sent, in the user's time zone, if known} */
  public abstract Optional<ZonedDateTime> sentAt();

  /** {@return the names of the children the user and the ex share, possibly empty} */
  public abstract List<String> children();

  /** {@return the names of the pets the user and the ex share, possibly empty} */
  public abstract List<String> pets();
}
