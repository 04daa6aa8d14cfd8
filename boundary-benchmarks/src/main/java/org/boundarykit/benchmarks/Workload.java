package org.boundarykit.benchmarks;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.boundarykit.Action;
import org.boundarykit.BoundaryPlan;
import org.boundarykit.Channel;
import org.boundarykit.Contact;
import org.boundarykit.ContactCategory;
import org.boundarykit.ContactHistory;
import org.boundarykit.ContactLevel;
import org.boundarykit.EscalationStep;
import org.boundarykit.Safety;
import org.boundarykit.Topic;
import org.boundarykit.UserResponse;

/** A fixed, seeded mix of plans, histories (0 to 20 entries) and structured contacts. */
public final class Workload {
  private Workload() {}

  /** One input: what the engine and both baselines decide on. */
  public record Input(BoundaryPlan plan, ContactHistory history, Contact contact) {}

  /**
   * Builds the mix.
   *
   * @param size how many inputs
   * @param seed the random seed
   * @return the inputs
   */
  public static List<Input> mix(int size, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<BoundaryPlan> plans = List.of(
        BoundaryPlan.builder().level(ContactLevel.NO_CONTACT).exName("Sam").region("US")
            .addReasons("I want to heal").timeZone(ZoneId.of("America/Chicago")).build(),
        BoundaryPlan.builder().level(ContactLevel.LOGISTICS_ONLY).addTopics(Topic.CHILDREN)
            .addChannels(Channel.TEXT, Channel.EMAIL).exName("Jordan").region("GB").timeZone(ZoneId.of("Europe/London")).build(),
        BoundaryPlan.builder().level(ContactLevel.LIMITED).addChannels(Channel.TEXT).region("DE").build());
    ContactCategory[] categories = ContactCategory.values();
    Channel[] channels = Channel.values();
    Topic[] topics = Topic.values();
    List<Input> inputs = new ArrayList<>(size);
    Instant start = Instant.parse("2026-09-01T00:00:00Z");
    for (int i = 0; i < size; i++) {
      BoundaryPlan plan = plans.get(random.nextInt(plans.size()));
      int length = random.nextInt(21);
      ContactHistory history = ContactHistory.empty();
      Instant at = start;
      EscalationStep[] ladder = {EscalationStep.STATE_BOUNDARY, EscalationStep.RESTATE, EscalationStep.FINAL_NOTICE};
      int climbed = 0;
      for (int h = 0; h < length; h++) {
        at = at.plusSeconds(3600L + random.nextInt(86_400));
        Contact earlier = Contact.builder().at(at).channel(Channel.TEXT).category(ContactCategory.NOSTALGIA_HOOVER).build();
        UserResponse response;
        int roll = random.nextInt(10);
        if (climbed < ladder.length && roll < 6) {
          response = UserResponse.of(Action.REPLY, ladder[climbed++]);
        } else if (climbed == ladder.length && roll == 9) {
          response = UserResponse.of(Action.BLOCK, EscalationStep.BLOCK);
        } else {
          response = UserResponse.of(Action.NO_REPLY, EscalationStep.NO_RESPONSE);
        }
        history = history.append(earlier, response);
      }
      int safetyRoll = random.nextInt(20);
      Safety safety = safetyRoll == 0 ? Safety.URGENT : safetyRoll < 3 ? Safety.CONCERN : Safety.NONE;
      Contact.Builder contact = Contact.builder()
          .at(at.plusSeconds(600 + random.nextInt(86_400)))
          .channel(channels[random.nextInt(channels.length)])
          .category(categories[random.nextInt(categories.length)])
          .safety(safety);
      if (random.nextInt(3) == 0) {
        contact.topic(random.nextBoolean() ? Topic.CHILDREN : topics[random.nextInt(topics.length)]);
      }
      if (random.nextInt(4) == 0) {
        contact.matter("Saturday's handover");
      }
      inputs.add(new Input(plan, history, contact.build()));
    }
    return List.copyOf(inputs);
  }

  /** Messages of about {@code length} characters, built from everyday texting. */
  static String message(int length, long seed) {
    String[] parts = {
      "hey", "u up?", "i miss you so much", "can we talk", "just checking in, how are you",
      "remember our trip to the coast", "you left your hoodie here", "can u do pickup tues at 4",
      "happy birthday!!", "you're being so cruel to me", "i have news you need to hear",
      "why are you ignoring me", "i saw your post", "thinking of you tonight", "ok", "sorry"
    };
    SplittableRandom random = new SplittableRandom(seed);
    StringBuilder out = new StringBuilder(length + 40);
    while (out.length() < length) {
      out.append(parts[random.nextInt(parts.length)]).append(random.nextBoolean() ? ". " : " ");
    }
    return out.substring(0, length);
  }
}
