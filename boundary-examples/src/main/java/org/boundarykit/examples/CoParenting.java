package org.boundarykit.examples;

import java.time.Instant;
import java.util.List;
import org.boundarykit.BoundaryEngine;
import org.boundarykit.BoundaryPlan;
import org.boundarykit.Channel;
import org.boundarykit.Contact;
import org.boundarykit.ContactCategory;
import org.boundarykit.ContactHistory;
import org.boundarykit.ContactLevel;
import org.boundarykit.Recommendation;
import org.boundarykit.Topic;
import org.boundarykit.UserResponse;
import org.boundarykit.content.ContentPack;

/**
 * Co-parenting under a logistics-only boundary: messages about the children, by text or email,
 * get a brief, factual, friendly and firm answer on that matter only; everything else (nostalgia,
 * a call when only writing was agreed) is held to the boundary, and the ladder climbs only on those.
 */
public final class CoParenting {
  private CoParenting() {}

  /**
   * Plays a few messages and prints the advice for each.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    BoundaryEngine engine = ContentPack.defaults().engine();
    BoundaryPlan plan = BoundaryPlan.builder()
        .level(ContactLevel.LOGISTICS_ONLY)
        .addTopics(Topic.CHILDREN)
        .addChannels(Channel.TEXT, Channel.EMAIL)
        .exName("Jordan")
        .build();
    Instant monday = Instant.parse("2026-10-05T17:00:00Z");
    List<Contact> messages = List.of(
        logistics(monday, Channel.TEXT, "Can you do pickup Tuesday at 5?", "Tuesday's pickup"),
        logistics(monday.plusSeconds(3_600), Channel.EMAIL, "Maya needs the signed school form by Friday.",
            "the school form"),
        Contact.builder().at(monday.plusSeconds(86_400)).channel(Channel.TEXT)
            .text("Seeing the kids today made me miss us.").category(ContactCategory.NOSTALGIA_HOOVER).build(),
        logistics(monday.plusSeconds(90_000), Channel.CALL, "(missed call) Call me about the weekend.", "the weekend"),
        logistics(monday.plusSeconds(172_800), Channel.TEXT, "Dentist moved to 3pm Thursday, can you take him?",
            "Thursday's dentist visit"));

    ContactHistory history = ContactHistory.empty();
    for (Contact contact : messages) {
      Recommendation advice = engine.recommend(plan, history, contact);
      System.out.println(contact.channel() + " \"" + contact.text().orElse("") + "\"");
      System.out.println("    -> " + advice.action() + advice.step().map(s -> " (" + s + ")").orElse("")
          + advice.script().map(s -> ": " + s.text()).orElse(""));
      history = history.append(contact, UserResponse.followed(advice));
    }
  }

  private static Contact logistics(Instant at, Channel channel, String text, String matter) {
    return Contact.builder().at(at).channel(channel).text(text)
        .category(ContactCategory.LEGITIMATE_LOGISTICS).topic(Topic.CHILDREN).matter(matter).build();
  }
}
