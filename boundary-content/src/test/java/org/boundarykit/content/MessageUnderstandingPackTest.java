package org.boundarykit.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.boundarykit.Action;
import org.boundarykit.BoundaryEngine;
import org.boundarykit.BoundaryPlan;
import org.boundarykit.Channel;
import org.boundarykit.Contact;
import org.boundarykit.ContactCategory;
import org.boundarykit.ContactHistory;
import org.boundarykit.ContactLevel;
import org.boundarykit.HistoryEntry;
import org.boundarykit.ReadingQuestion;
import org.boundarykit.Recommendation;
import org.boundarykit.Safety;
import org.boundarykit.rules.EscalationThresholds;
import org.junit.jupiter.api.Test;

/** Message understanding through the default pack and its classifier. */
class MessageUnderstandingPackTest {

  private static final ContentPack PACK = ContentPack.defaults();
  private static final BoundaryEngine ENGINE = PACK.engine();
  private static final Instant T0 = Instant.parse("2026-10-03T15:00:00Z");
  private static final BoundaryPlan NO_CONTACT =
      BoundaryPlan.builder().level(ContactLevel.NO_CONTACT).exName("Sam").region("US").build();

  private static Contact text(Instant at, String text) {
    return Contact.builder().channel(Channel.TEXT).at(at).text(text).build();
  }

  @Test
  void theDefaultPackCarriesTheThresholdsAndAQuestion() {
    EscalationThresholds t = PACK.table().thresholds();
    assertThat(t.concernWindow()).isEqualTo(Duration.ofDays(14));
    assertThat(t.urgentWindow()).isEqualTo(Duration.ofHours(12));
    assertThat(t.escalationCount()).isEqualTo(5);
    assertThat(t.escalationWindow()).isEqualTo(Duration.ofHours(1));
    assertThat(t.minConfidence()).isEqualTo(0.45);
    assertThat(PACK.questions()).singleElement().satisfies(q -> {
      assertThat(q.locale()).isEqualTo("en");
      assertThat(q.text()).isEqualTo("What is this message about?");
      Set<ContactCategory> offered = EnumSet.noneOf(ContactCategory.class);
      q.choices().forEach(c -> offered.add(c.category()));
      assertThat(offered).containsExactlyInAnyOrder(ContactCategory.values());
      assertThat(q.choices()).filteredOn(c -> c.category() == ContactCategory.THREAT_HARASSMENT)
          .singleElement().satisfies(c -> assertThat(c.safety()).contains(Safety.CONCERN));
    });
  }

  @Test
  void aMessageWithNothingToReadIsAskedAbout() {
    for (String unreadable : new String[] {"", "🙂", "👀👀", "..."}) {
      Recommendation r = ENGINE.recommend(NO_CONTACT, ContactHistory.empty(), text(T0, unreadable));
      assertThat(r.action()).as(unreadable).isEqualTo(Action.ASK_USER);
      assertThat(r.script()).isEmpty();
      assertThat(r.alternatives()).isEmpty();
      assertThat(r.step()).isEmpty();
      assertThat(r.question()).contains(PACK.questions().get(0));
    }
  }

  @Test
  void theChosenAnswerDecides() {
    Contact unreadable = text(T0, "🙂");
    ReadingQuestion q = ENGINE.recommend(NO_CONTACT, ContactHistory.empty(), unreadable).question().orElseThrow();
    for (ReadingQuestion.Choice choice : q.choices()) {
      Contact labelled = Contact.builder().from(unreadable).category(choice.category()).safety(choice.safety()).build();
      Recommendation r = ENGINE.recommend(NO_CONTACT, ContactHistory.empty(), labelled);
      assertThat(r.action()).as(choice.label()).isNotEqualTo(Action.ASK_USER);
      if (choice.category() == ContactCategory.THREAT_HARASSMENT) {
        assertThat(r.action()).isEqualTo(Action.DOCUMENT);
        assertThat(r.resources()).isNotEmpty();
      }
    }
  }

  @Test
  void aGivenNoneNeverLowersAThreatReadInTheText() {
    Contact labelledSafe = Contact.builder().from(text(T0, "I know where you live and I will hurt you"))
        .category(ContactCategory.NOSTALGIA_HOOVER).safety(Safety.NONE).build();
    Recommendation r = ENGINE.recommend(NO_CONTACT, ContactHistory.empty(), labelledSafe);
    assertThat(r.safety()).isEqualTo(Safety.URGENT);
    assertThat(r.category()).isEqualTo(ContactCategory.THREAT_HARASSMENT);
    assertThat(r.action()).isEqualTo(Action.CONTACT_EMERGENCY_SERVICES);
    assertThat(r.explanation().givenSafety()).contains(Safety.NONE);
    assertThat(r.explanation().reading()).hasValueSatisfying(read -> assertThat(read.safety()).isEqualTo(Safety.URGENT));

    BoundaryEngine trusting = BoundaryEngine.builder().table(PACK.table()).scripts(PACK.scripts()).strategies(PACK.strategies())
            .techSteps(PACK.techSteps()).resources(PACK.resources()).questions(PACK.questions())
            .wordings(PACK.wordings()).classifier(PACK.classifier()).trustGivenLabels(true).build();
    assertThat(trusting.recommend(NO_CONTACT, ContactHistory.empty(), labelledSafe).safety()).isEqualTo(Safety.NONE);
  }

  @Test
  void anEarlierThreatRaisesTheNextMessages() {
    ContactHistory h = ContactHistory.empty()
        .append(HistoryEntry.unanswered(text(T0, "I know where you live and I will hurt you")));
    Recommendation soon = ENGINE.recommend(NO_CONTACT, h, text(T0.plus(Duration.ofHours(3)), "can we still be friends?"));
    assertThat(soon.safety()).isEqualTo(Safety.URGENT);
    assertThat(soon.explanation().raisedBy()).first().isEqualTo("raised to URGENT: an URGENT contact 3 hours earlier");
    Recommendation days = ENGINE.recommend(NO_CONTACT, h, text(T0.plus(Duration.ofDays(3)), "can we still be friends?"));
    assertThat(days.safety()).isEqualTo(Safety.CONCERN);
    assertThat(days.action()).isEqualTo(Action.DOCUMENT);
    Recommendation weeks = ENGINE.recommend(NO_CONTACT, h, text(T0.plus(Duration.ofDays(20)), "can we still be friends?"));
    assertThat(weeks.safety()).isEqualTo(Safety.NONE);
  }
}
