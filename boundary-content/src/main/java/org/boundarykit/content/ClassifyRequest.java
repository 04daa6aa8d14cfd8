package org.boundarykit.content;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.boundarykit.spi.Classification;
import org.boundarykit.spi.ClassificationContext;
import org.boundarykit.spi.ContactClassifier;

/**
 * One classify request of the wire format: a message's text and, optionally, when it was sent, the
 * user's time zone and the conversation's locale. Read one with {@link
 * WireFormat#readClassifyRequest(String)}. Stable API.
 *
 * @param id the request's id
 * @param text the message
 * @param at when the message was sent, if known
 * @param timeZone the user's time zone, if known (UTC otherwise)
 * @param locale the conversation's locale, if known (English otherwise)
 */
public record ClassifyRequest(
    RequestId id, String text, Optional<Instant> at, Optional<ZoneId> timeZone, Optional<Locale> locale) {

  /**
   * Creates a request.
   *
   * @param id the request's id
   * @param text the message
   * @param at when the message was sent, if known
   * @param timeZone the user's time zone, if known
   * @param locale the conversation's locale, if known
   * @throws NullPointerException if an argument is null
   */
  public ClassifyRequest {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(timeZone, "timeZone");
    Objects.requireNonNull(locale, "locale");
  }

  /**
   * Creates a request with only an id and a text.
   *
   * @param id the request's id
   * @param text the message
   * @throws NullPointerException if an argument is null
   */
  public ClassifyRequest(String id, String text) {
    this(RequestId.of(id), text, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * The context a classifier gets: the locale (English if none) and the time sent in the user's
   * time zone (UTC if none), if the time is known.
   *
   * @return the context
   */
  public ClassificationContext context() {
    ZoneId zone = timeZone.orElse(ZoneOffset.UTC);
    return ClassificationContext.of(locale.orElse(Locale.ENGLISH), at.map(instant -> instant.atZone(zone)));
  }

  /**
   * Classifies the text with {@code classifier}, for example {@code engine.classifier()}.
   *
   * @param classifier the classifier
   * @return what it read
   */
  public Classification classify(ContactClassifier classifier) {
    return classifier.classify(text, context());
  }
}
