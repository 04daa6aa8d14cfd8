package org.boundarykit.content.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.boundarykit.BoundaryPlan;
import org.boundarykit.Contact;
import org.boundarykit.ContactHistory;
import org.boundarykit.HistoryEntry;
import org.boundarykit.UserResponse;
import org.boundarykit.content.internal.Docs.BoundaryDoc;
import org.boundarykit.content.internal.Docs.ContactDoc;
import org.boundarykit.content.internal.Docs.HistoryDoc;
import org.boundarykit.content.internal.Docs.ResponseDoc;
import org.jspecify.annotations.Nullable;

/** Turns wire-format documents into core values; errors name the JSON path. */
public final class Wire {
  private Wire() {}

  /** A wire value that cannot become a core value. The message starts with the JSON path. */
  public static final class WireException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    WireException(String message) {
      super(message);
    }
  }

  /**
   * A value for a message: at most 100 characters of it.
   *
   * @return the value, shortened
   */
  public static String shorten(String value) {
    return value.length() <= 100 ? value : value.substring(0, 100) + "...";
  }

  static <T> T required(@Nullable T value, String path) {
    if (value == null) {
      throw new WireException(path + ": required");
    }
    return value;
  }

  /**
   * Converts a boundary.
   *
   * @return the plan
   */
  public static BoundaryPlan plan(@Nullable BoundaryDoc doc, String path) {
    BoundaryDoc d = required(doc, path);
    BoundaryPlan.Builder b = BoundaryPlan.builder().level(required(d.level(), path + ".level"));
    if (d.topics() != null) {
      b.addAllTopics(d.topics());
    }
    if (d.channels() != null) {
      b.addAllChannels(d.channels());
    }
    if (d.exName() != null) {
      b.exName(d.exName());
    }
    if (d.reasons() != null) {
      b.addAllReasons(d.reasons());
    }
    if (d.children() != null) {
      b.addAllChildren(d.children());
    }
    if (d.pets() != null) {
      b.addAllPets(d.pets());
    }
    if (d.region() != null) {
      b.region(d.region());
    }
    if (d.platforms() != null) {
      b.addAllPlatforms(d.platforms());
    }
    if (d.exMaySeeDevices() != null) {
      b.exMaySeeDevices(d.exMaySeeDevices());
    }
    if (d.locale() != null) {
      Locale locale = Locale.forLanguageTag(d.locale());
      if (locale.getLanguage().isEmpty()) {
        throw new WireException(path + ".locale: not a language tag: \"" + d.locale() + "\"");
      }
      b.locale(locale);
    }
    if (d.timeZone() != null) {
      try {
        b.timeZone(ZoneId.of(d.timeZone()));
      } catch (DateTimeException e) {
        throw new WireException(path + ".timeZone: not a time zone: \"" + d.timeZone() + "\"");
      }
    }
    try {
      return b.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw wrap(e, path);
    }
  }

  /**
   * Converts a contact.
   *
   * @return the contact
   */
  public static Contact contact(@Nullable ContactDoc doc, String path) {
    ContactDoc d = required(doc, path);
    Contact.Builder b = Contact.builder()
        .at(instant(d.at(), path + ".at"))
        .channel(required(d.channel(), path + ".channel"));
    if (d.text() != null) {
      b.text(d.text());
    }
    if (d.category() != null) {
      b.category(d.category());
    }
    if (d.topic() != null) {
      b.topic(d.topic());
    }
    if (d.safety() != null) {
      b.safety(d.safety());
    }
    if (d.matter() != null) {
      b.matter(d.matter());
    }
    try {
      return b.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw wrap(e, path);
    }
  }

  /**
   * Converts the user's answer to a practical question.
   *
   * @param d the document
   * @param path the JSON path of the document, for messages
   * @return the answer
   */
  public static org.boundarykit.LogisticsAnswer answer(Docs.AnswerDoc d, String path) {
    org.boundarykit.LogisticsAnswer.Builder b = org.boundarykit.LogisticsAnswer.builder()
        .reply(required(d.reply(), path + ".reply"));
    if (d.time() != null) {
      b.time(d.time());
    }
    if (d.place() != null) {
      b.place(d.place());
    }
    if (d.alternative() != null) {
      b.alternative(d.alternative());
    }
    if (d.detail() != null) {
      b.detail(d.detail());
    }
    try {
      return b.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw wrap(e, path);
    }
  }

  /**
   * Converts a history.
   *
   * @return the history
   */
  public static ContactHistory history(@Nullable List<HistoryDoc> docs, String path) {
    if (docs == null) {
      return ContactHistory.empty();
    }
    List<HistoryEntry> entries = new ArrayList<>(docs.size());
    for (int i = 0; i < docs.size(); i++) {
      HistoryDoc h = docs.get(i);
      String at = path + "[" + i + "]";
      Contact contact = contact(new ContactDoc(h.at(), h.channel(), h.text(), h.category(), h.topic(), h.safety(), h.matter()), at);
      ResponseDoc r = h.response();
      if (r == null) {
        entries.add(HistoryEntry.unanswered(contact));
      } else {
        UserResponse.Builder rb = UserResponse.builder().action(required(r.action(), at + ".response.action"));
        if (r.step() != null) {
          rb.step(r.step());
        }
        if (r.scriptId() != null) {
          rb.scriptId(r.scriptId());
        }
        entries.add(HistoryEntry.of(contact, rb.build()));
      }
    }
    try {
      return ContactHistory.of(entries);
    } catch (IllegalArgumentException e) {
      throw new WireException(String.valueOf(e.getMessage()).replaceFirst("^history", java.util.regex.Matcher.quoteReplacement(path)));
    }
  }

  static Instant instant(@Nullable String text, String path) {
    try {
      return Instant.parse(required(text, path));
    } catch (DateTimeParseException e) {
      throw new WireException(path + ": not an ISO-8601 instant such as 2026-10-01T15:00:00Z: \"" + text + "\"");
    }
  }

  // a method rather than a lambda per call site: on a cold start each lambda is linked on first use
  private static RuntimeException wrap(RuntimeException e, String path) {
    if (e instanceof WireException) {
      return e;
    }
    return new WireException(path + ": " + e.getMessage());
  }
}
