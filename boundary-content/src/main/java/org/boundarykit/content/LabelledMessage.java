package org.boundarykit.content;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.boundarykit.ContactCategory;
import org.boundarykit.Safety;
import org.boundarykit.Topic;

/**
 * One message of a labelled set (see {@link LabelledSet}): the text and what a careful reader says
 * it is. Immutable.
 *
 * @param id the message's id, unique in its set
 * @param text the message as received
 * @param language the language of the message, one of {@link #LANGUAGES}
 * @param category what the message is doing
 * @param safety how dangerous it is
 * @param family the group of messages it belongs to (one tactic, one kind of threat), if any
 * @param hardNegative whether it is a harmless message that looks dangerous ("this traffic is
 *     killing me"), kept to measure false alarms
 * @param topic the practical topic it is about, if any
 * @param contextDependent whether its category cannot be told from the text alone (it needs the
 *     time, the history or the boundary); such messages are scored apart
 */
public record LabelledMessage(
    String id,
    String text,
    String language,
    ContactCategory category,
    Safety safety,
    Optional<String> family,
    boolean hardNegative,
    Optional<Topic> topic,
    boolean contextDependent) {

  /** The languages a labelled message may be in, as ISO 639-1 codes; the first is the default. */
  public static final List<String> LANGUAGES = List.of("en", "es", "fr", "de");

  /**
   * Creates a labelled message.
   *
   * @param id the message's id, unique in its set
   * @param text the message as received
   * @param language the language of the message, one of {@link #LANGUAGES}
   * @param category what the message is doing
   * @param safety how dangerous it is
   * @param family the group of messages it belongs to, if any
   * @param hardNegative whether it is a harmless message that looks dangerous
   * @param topic the practical topic it is about, if any
   * @param contextDependent whether its category cannot be told from the text alone
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the id or the family is blank, or the language is not one
   *     of {@link #LANGUAGES}
   */
  public LabelledMessage {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(safety, "safety");
    Objects.requireNonNull(family, "family");
    Objects.requireNonNull(topic, "topic");
    if (id.isBlank()) {
      throw new IllegalArgumentException("id: must not be blank");
    }
    if (!LANGUAGES.contains(language)) {
      throw new IllegalArgumentException("language: expected one of " + LANGUAGES + ", but got \"" + language + "\"");
    }
    if (family.isPresent() && family.get().isBlank()) {
      throw new IllegalArgumentException("family: must not be blank");
    }
  }

  /**
   * Creates an English message with no family and no topic, neither a hard negative nor
   * context-dependent.
   *
   * @param id the message's id
   * @param text the message
   * @param category what the message is doing
   * @param safety how dangerous it is
   * @return the message
   */
  public static LabelledMessage of(String id, String text, ContactCategory category, Safety safety) {
    return new LabelledMessage(id, text, LANGUAGES.get(0), category, safety, Optional.empty(), false, Optional.empty(),
        false);
  }

  /** {@return the locale the message is classified with: its language} */
  public Locale locale() {
    return Locale.forLanguageTag(language);
  }
}
