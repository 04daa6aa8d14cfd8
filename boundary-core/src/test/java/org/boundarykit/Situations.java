package org.boundarykit;

import java.time.Instant;
import java.util.List;

/** Small helpers to write situations in tests. */
final class Situations {
  private Situations() {}

  static final Instant T0 = Instant.parse("2026-10-01T15:00:00Z");

  static BoundaryPlan noContact() {
    return BoundaryPlan.builder().level(ContactLevel.NO_CONTACT).exName("Sam").region("US").build();
  }

  static BoundaryPlan coParenting() {
    return BoundaryPlan.builder()
        .level(ContactLevel.LOGISTICS_ONLY)
        .addTopics(Topic.CHILDREN)
        .addChannels(Channel.TEXT, Channel.EMAIL)
        .exName("Sam")
        .region("US")
        .build();
  }

  static Contact contact(int hour, Channel channel, ContactCategory category, Safety safety) {
    return Contact.builder().at(T0.plusSeconds(3600L * hour)).channel(channel).category(category).safety(safety).build();
  }

  static Contact text(int hour, ContactCategory category) {
    return contact(hour, Channel.TEXT, category, Safety.NONE);
  }

  /** A history of text contacts answered with the given responses, one hour apart. */
  static ContactHistory history(UserResponse... responses) {
    ContactHistory history = ContactHistory.empty();
    for (int i = 0; i < responses.length; i++) {
      history = history.append(text(i, ContactCategory.NOSTALGIA_HOOVER), responses[i]);
    }
    return history;
  }

  static UserResponse replied(EscalationStep step) {
    return UserResponse.of(Action.REPLY, step);
  }

  static final UserResponse IGNORED = UserResponse.of(Action.NO_REPLY, EscalationStep.NO_RESPONSE);

  static List<UserResponse> ladderTo(EscalationStep last) {
    return switch (last) {
      case STATE_BOUNDARY -> List.of(replied(EscalationStep.STATE_BOUNDARY));
      case RESTATE -> List.of(replied(EscalationStep.STATE_BOUNDARY), replied(EscalationStep.RESTATE));
      default -> List.of(
          replied(EscalationStep.STATE_BOUNDARY), replied(EscalationStep.RESTATE), replied(EscalationStep.FINAL_NOTICE));
    };
  }
}
