package org.boundarykit.content.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import org.boundarykit.BoundaryPlan;
import org.boundarykit.Contact;
import org.boundarykit.ContactHistory;
import org.boundarykit.HistoryEntry;
import org.jspecify.annotations.Nullable;

/**
 * Turns request documents into core values. Every error is a {@link Wire.WireException} whose
 * message starts with the JSON path, rooted at {@code $}.
 */
public final class WireReader {
  private WireReader() {}

  /** The core values of an advise request. */
  public record Advise(
      BoundaryPlan plan, ContactHistory history, Contact contact, Optional<org.boundarykit.LogisticsAnswer> answer) {}

  /** The values of a classify request. */
  public record Classify(String text, Optional<Instant> at, Optional<ZoneId> timeZone, Optional<Locale> locale) {}

  /**
   * Converts an advise request document.
   *
   * @param doc the document
   * @return the plan, history and contact
   */
  public static Advise advise(AdviseDoc doc) {
    BoundaryPlan plan;
    ContactHistory history;
    Contact contact;
    Optional<org.boundarykit.LogisticsAnswer> answer = Optional.empty();
    try {
      plan = Wire.plan(doc.boundary(), "boundary");
      history = Wire.history(doc.history(), "history");
      contact = Wire.contact(doc.contact(), "contact");
      if (doc.answer() != null) {
        answer = Optional.of(Wire.answer(doc.answer(), "answer"));
      }
    } catch (Wire.WireException e) {
      throw new Wire.WireException(rooted(String.valueOf(e.getMessage())));
    }
    return new Advise(plan, history, contact, answer);
  }

  /**
   * Converts a classify request document.
   *
   * @param doc the document
   * @return the text and its context
   */
  public static Classify classify(ClassifyDoc doc) {
    String text = Wire.required(doc.text(), "$.text");
    Optional<Instant> at = doc.at() == null ? Optional.empty() : Optional.of(Wire.instant(doc.at(), "$.at"));
    return new Classify(text, at, zone(doc.timeZone(), "$.timeZone"), locale(doc.locale(), "$.locale"));
  }

  /**
   * Roots a {@link Wire} message ("contact.at: ...") at {@code $}, and folds the value's own field
   * name into the path ("$.boundary: plan.region: ..." becomes "$.boundary.region: ...").
   */
  static String rooted(String message) {
    return ("$." + message).replaceFirst("^(\\$[^: ]*): (?:plan|contact|answer)\\.", "$1.");
  }

  private static Optional<ZoneId> zone(@Nullable String id, String path) {
    if (id == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(ZoneId.of(id));
    } catch (DateTimeException e) {
      throw new Wire.WireException(path + ": not a time zone: \"" + id + "\"");
    }
  }

  private static Optional<Locale> locale(@Nullable String tag, String path) {
    if (tag == null) {
      return Optional.empty();
    }
    Locale locale = Locale.forLanguageTag(tag);
    if (locale.getLanguage().isEmpty()) {
      throw new Wire.WireException(path + ": not a language tag: \"" + tag + "\"");
    }
    return Optional.of(locale);
  }
}
