package org.boundarykit.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import org.boundarykit.BoundaryEngine;
import org.boundarykit.BoundaryPlan;
import org.boundarykit.Channel;
import org.boundarykit.Contact;
import org.boundarykit.ContactCategory;
import org.boundarykit.ContactHistory;
import org.boundarykit.ContactLevel;
import org.boundarykit.Recommendation;
import org.boundarykit.content.ContentPack;

/**
 * An app's own voice: an overlay pack (the resource {@code own-voice-pack.json} beside this class)
 * with the app's own first messages and self-care lines, put over the default pack. Everything the
 * overlay does not replace (the policy, the other scripts, the safety resources) comes from the
 * defaults.
 */
public final class OwnVoicePack {
  private OwnVoicePack() {}

  /**
   * Loads the overlay, validates the composed pack and prints a recommendation in the app's voice.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    ContentPack mine;
    try (InputStream in = OwnVoicePack.class.getResourceAsStream("own-voice-pack.json")) {
      if (in == null) {
        throw new IllegalStateException("own-voice-pack.json is missing from the classpath");
      }
      mine = ContentPack.load(in, "own-voice-pack.json");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ContentPack pack = ContentPack.defaults().with(mine).validated(); // lint and verify before use
    BoundaryEngine engine = pack.engine();

    BoundaryPlan plan = BoundaryPlan.builder().level(ContactLevel.NO_CONTACT).exName("Alex").build();
    Contact contact = Contact.builder().channel(Channel.TEXT).at(Instant.parse("2026-10-05T18:00:00Z"))
        .text("Hey! How are you doing these days?").category(ContactCategory.FRIENDSHIP_CHECK_IN).build();
    Recommendation advice = engine.recommend(plan, ContactHistory.empty(), contact);

    System.out.println("Pack: " + String.join(" + ", pack.layers()));
    System.out.println(advice.action() + advice.step().map(s -> " (" + s + ")").orElse(""));
    advice.script().ifPresent(s -> System.out.println("Send (" + s.scriptId() + "): " + s.text()));
    advice.selfCare().ifPresent(line -> System.out.println("For you: " + line));
  }
}
