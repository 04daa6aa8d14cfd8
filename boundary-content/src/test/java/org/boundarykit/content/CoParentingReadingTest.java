package org.boundarykit.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.boundarykit.Action;
import org.boundarykit.BoundaryEngine;
import org.boundarykit.BoundaryPlan;
import org.boundarykit.Channel;
import org.boundarykit.Contact;
import org.boundarykit.ContactCategory;
import org.boundarykit.ContactHistory;
import org.boundarykit.ContactLevel;
import org.boundarykit.Recommendation;
import org.boundarykit.Safety;
import org.boundarykit.Topic;
import org.junit.jupiter.api.Test;

/**
 * Logistics that reads like logistics, through the default pack: the plan's children's names make a
 * message about them, a practical update that asks nothing needs no answer, and a name never makes
 * leverage harmless.
 */
class CoParentingReadingTest {

  private static final BoundaryEngine ENGINE = ContentPack.defaults().engine();
  private static final Instant AT = Instant.parse("2026-10-06T15:00:00Z");
  private static final BoundaryPlan PLAN = BoundaryPlan.builder().level(ContactLevel.LOGISTICS_ONLY)
      .addTopics(Topic.CHILDREN).addChannels(Channel.TEXT).exName("Sam").addChildren("Noor", "Idris").addPets("Biscuit")
      .build();

  private static Recommendation advise(BoundaryPlan plan, Contact contact) {
    return ENGINE.recommend(plan, ContactHistory.empty(), contact);
  }

  private static Contact text(String text) {
    return Contact.builder().at(AT).channel(Channel.TEXT).text(text).build();
  }

  @Test
  void aChildsNameMakesAPickupAboutTheChildren() {
    Recommendation r = advise(PLAN, text("can you get Noor from football at 4:40"));
    assertThat(r.topic()).contains(Topic.CHILDREN);
    assertThat(r.action()).isIn(Action.REPLY_LOGISTICS, Action.ASK_USER);
    assertThat(r.step()).isEmpty(); // never a step on the ladder, let alone a final notice
  }

  @Test
  void aPracticalUpdateThatAsksNothingNeedsNoAnswer() {
    Contact update = Contact.builder().from(text("Idris's cough is much better, he went back to school today"))
        .category(ContactCategory.LEGITIMATE_LOGISTICS).build();
    Recommendation r = advise(PLAN, update);
    assertThat(r.action()).isEqualTo(Action.NO_REPLY);
    assertThat(r.explanation().winningRule()).isEqualTo("logistics-update");
    assertThat(r.script()).isEmpty();

    Contact request = Contact.builder().from(text("Idris's cough is better, can you bring his inhaler on Friday?"))
        .category(ContactCategory.LEGITIMATE_LOGISTICS).build();
    assertThat(advise(PLAN, request).action()).isEqualTo(Action.REPLY_LOGISTICS);
  }

  @Test
  void anUpdateWithADeadlineForTheReaderIsARequest() {
    Contact due = Contact.builder().from(text("Noor needs the signed trip form by Friday."))
        .category(ContactCategory.LEGITIMATE_LOGISTICS).build();
    assertThat(advise(PLAN, due).action()).isEqualTo(Action.REPLY_LOGISTICS);
  }

  @Test
  void aNameNeverMakesLeverageHarmless() {
    Recommendation r = advise(PLAN, text("keep ignoring me and you'll never see Noor again"));
    assertThat(r.safety()).isIn(Safety.CONCERN, Safety.URGENT);
    assertThat(r.script()).isEmpty();
  }
}
