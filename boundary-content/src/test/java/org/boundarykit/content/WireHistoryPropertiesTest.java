package org.boundarykit.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.boundarykit.BoundaryEngine;
import org.boundarykit.BoundaryPlan;
import org.boundarykit.Channel;
import org.boundarykit.Contact;
import org.boundarykit.ContactCategory;
import org.boundarykit.ContactHistory;
import org.boundarykit.ContactLevel;
import org.boundarykit.Recommendation;
import org.boundarykit.UserResponse;

/**
 * An app that keeps its history as JSON lines, recording only the action and the scriptId of the
 * advice it followed, climbs the ladder exactly as one that records every step through the library.
 */
class WireHistoryPropertiesTest {

  private static final BoundaryEngine ENGINE = ContentPack.defaults().engine();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Instant T0 = Instant.parse("2026-10-01T10:00:00Z");

  @Property(tries = 60)
  void followingTheAdviceOverTheWireClimbsAsTheLibraryDoes(
      @ForAll @Size(min = 1, max = 10) List<ContactCategory> categories) throws Exception {
    BoundaryPlan plan = BoundaryPlan.builder().level(ContactLevel.NO_CONTACT).exName("Sam").region("GB").build();
    ContactHistory history = ContactHistory.empty();
    StringBuilder wire = new StringBuilder();
    for (int i = 0; i < categories.size(); i++) {
      Instant at = T0.plusSeconds(7200L * i);
      Contact contact = Contact.builder().at(at).channel(Channel.TEXT).category(categories.get(i)).build();
      Recommendation expected = ENGINE.recommend(plan, history, contact);

      String c = "{\"at\": \"" + at + "\", \"channel\": \"TEXT\", \"category\": \"" + categories.get(i) + "\"}";
      AdviseRequest request = WireFormat.readAdviseRequest("{\"id\": " + i + ", \"boundary\": {\"level\": \"NO_CONTACT\","
          + " \"exName\": \"Sam\", \"region\": \"GB\"}, \"history\": [" + wire + "], \"contact\": " + c + "}");
      JsonNode advice = JSON.readTree(WireFormat.writeAdvice(request.id(), request.recommend(ENGINE)));

      assertThat(advice.get("action").asText()).as("contact %d", i).isEqualTo(expected.action().name());
      assertThat(advice.get("step").isNull() ? null : advice.get("step").asText()).as("contact %d", i)
          .isEqualTo(expected.step().map(Enum::name).orElse(null));

      history = history.append(contact, UserResponse.followed(expected));
      String response = "{\"action\": \"" + advice.get("action").asText() + "\""
          + (advice.get("scriptId").isNull() ? "" : ", \"scriptId\": \"" + advice.get("scriptId").asText() + "\"") + "}";
      wire.append(wire.length() == 0 ? "" : ", ").append(c, 0, c.length() - 1).append(", \"response\": ")
          .append(response).append("}");
    }
  }
}
