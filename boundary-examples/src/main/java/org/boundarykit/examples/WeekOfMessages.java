package org.boundarykit.examples;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.boundarykit.BoundaryEngine;
import org.boundarykit.BoundaryPlan;
import org.boundarykit.Channel;
import org.boundarykit.Contact;
import org.boundarykit.ContactCategory;
import org.boundarykit.ContactHistory;
import org.boundarykit.ContactLevel;
import org.boundarykit.Recommendation;
import org.boundarykit.UserResponse;
import org.boundarykit.content.ContentPack;

/**
 * A week of messages from an ex under a no-contact boundary. The history carries from one message
 * to the next, with what the user did each time, so the engine climbs the ladder by itself: state
 * the boundary, restate it, a final notice, silence, mute, block, and when contact comes from a
 * new number after the block, keep a dated record.
 */
public final class WeekOfMessages {
  private WeekOfMessages() {}

  private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

  /** One message as it arrived, with the category the app's classifier gave it. */
  private record Message(String when, String text, ContactCategory category) {}

  private static final List<Message> WEEK = List.of(
      new Message("2026-10-05T19:00", "Hey, how have you been?", ContactCategory.FRIENDSHIP_CHECK_IN),
      new Message("2026-10-06T20:30", "I miss us. Remember Lisbon?", ContactCategory.NOSTALGIA_HOOVER),
      new Message("2026-10-07T18:15", "After everything, this is how you treat me?", ContactCategory.GUILT_TRIP_PUSHBACK),
      new Message("2026-10-07T23:40", "u up?", ContactCategory.LATE_NIGHT),
      new Message("2026-10-08T12:00", "I have something important to tell you.", ContactCategory.DRAMA_CRISIS_BAIT),
      new Message("2026-10-09T09:00", "Answer me.", ContactCategory.GUILT_TRIP_PUSHBACK),
      new Message("2026-10-09T21:00", "Fine. Whatever.", ContactCategory.OTHER),
      new Message("2026-10-10T10:00", "Why are you ignoring me?", ContactCategory.GUILT_TRIP_PUSHBACK),
      new Message("2026-10-11T16:00", "Hi, it's me. Can we just talk for a minute?", ContactCategory.OTHER));

  /**
   * Plays the week and prints each step.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    BoundaryEngine engine = ContentPack.defaults().engine();
    BoundaryPlan plan = BoundaryPlan.builder()
        .level(ContactLevel.NO_CONTACT)
        .exName("Sam")
        .addReasons("I want to heal", "I don't want to repeat the same pattern")
        .region("US")
        .timeZone(CHICAGO)
        .build();
    DateTimeFormatter day = DateTimeFormatter.ofPattern("EEE HH:mm", Locale.ENGLISH);

    ContactHistory history = ContactHistory.empty();
    Recommendation last = null;
    for (Message m : WEEK) {
      Contact contact = Contact.builder()
          .channel(Channel.TEXT)
          .at(LocalDateTime.parse(m.when()).atZone(CHICAGO).toInstant())
          .text(m.text())
          .category(m.category())
          .build();
      Recommendation advice = engine.recommend(plan, history, contact);
      System.out.println(day.format(LocalDateTime.parse(m.when())) + "  \"" + m.text() + "\"");
      System.out.println("    -> " + advice.action() + advice.step().map(s -> " (" + s + ")").orElse("")
          + advice.script().map(s -> ": " + s.text()).orElse(""));

      // The user follows the advice: record it, with the script they sent, if any.
      history = history.append(contact, UserResponse.followed(advice));
      last = advice;
    }
    if (last != null) {
      System.out.println();
      System.out.println("Then: " + last.followUps());
      last.techSteps().forEach(step -> System.out.println("  - " + step));
      last.selfCare().ifPresent(line -> System.out.println("For you: " + line));
    }
  }
}
