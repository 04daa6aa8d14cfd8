package org.boundarykit.examples;

import java.time.Instant;
import org.boundarykit.BoundaryEngine;
import org.boundarykit.BoundaryPlan;
import org.boundarykit.Channel;
import org.boundarykit.Contact;
import org.boundarykit.ContactCategory;
import org.boundarykit.ContactHistory;
import org.boundarykit.ContactLevel;
import org.boundarykit.Recommendation;
import org.boundarykit.RenderedScript;
import org.boundarykit.content.ContentPack;

/** Five lines from a boundary to a recommendation. */
public final class QuickStart {
  private QuickStart() {}

  /**
   * Recommends the next step for one message and prints it.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    BoundaryEngine engine = ContentPack.defaults().engine();
    BoundaryPlan plan = BoundaryPlan.builder().level(ContactLevel.NO_CONTACT).exName("Sam").build();
    Contact contact = Contact.builder().channel(Channel.TEXT).at(Instant.now())
        .text("hey, can we still be friends?")
        .category(ContactCategory.FRIENDSHIP_CHECK_IN) // optional: without it, the pack's classifier reads the text
        .build();
    Recommendation advice = engine.recommend(plan, ContactHistory.empty(), contact);

    System.out.println(advice.action() + advice.step().map(step -> " (" + step + ")").orElse(""));
    System.out.println(advice.script().map(RenderedScript::text).orElse("(nothing to send)"));
    System.out.println("Why: " + advice.explanation().reason());
  }
}
