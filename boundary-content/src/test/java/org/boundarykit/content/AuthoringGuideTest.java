package org.boundarykit.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.boundarykit.Action;
import org.boundarykit.BoundaryEngine;
import org.boundarykit.BoundaryPlan;
import org.boundarykit.Channel;
import org.boundarykit.Contact;
import org.boundarykit.ContactCategory;
import org.boundarykit.ContactHistory;
import org.boundarykit.ContactLevel;
import org.boundarykit.EscalationStep;
import org.boundarykit.HistoryEntry;
import org.boundarykit.Recommendation;
import org.boundarykit.Safety;
import org.boundarykit.UserResponse;
import org.junit.jupiter.api.Test;

/** The worked example of docs/content-authoring.md: it validates, does what the guide says, and the guide shows it as it is. */
class AuthoringGuideTest {

  private static final List<String> FILES = List.of("pack.json", "scripts.en.json", "rules.json", "resources.json");

  private final BoundaryPlan plan =
      BoundaryPlan.builder().level(ContactLevel.NO_CONTACT).exName("Sam").region("NL").build();

  private static Contact contact(String at, Channel channel, ContactCategory category) {
    return Contact.builder().at(Instant.parse(at)).channel(channel).category(category).build();
  }

  private static ContactHistory stated() {
    return ContactHistory.of(List.of(HistoryEntry.of(
        contact("2026-10-01T12:00:00Z", Channel.TEXT, ContactCategory.NOSTALGIA_HOOVER),
        UserResponse.of(Action.REPLY, EscalationStep.STATE_BOUNDARY))));
  }

  @Test
  void theOverlayValidatesOverTheDefaultsAndDoesWhatTheGuideSays() throws URISyntaxException {
    ContentPack pack = ContentPack.defaults().with(ContentPack.load(OverlayTest.pack("our-voice"))).validated();
    assertThat(pack.layers()).last().isEqualTo("our-voice@1.0.0");
    BoundaryEngine engine = pack.engine();

    Recommendation checkIn = engine.recommend(plan, ContactHistory.empty(),
        contact("2026-10-02T12:00:00Z", Channel.TEXT, ContactCategory.FRIENDSHIP_CHECK_IN));
    assertThat(checkIn.script().orElseThrow().scriptId()).startsWith("ov-check-in-");
    assertThat(checkIn.alternatives()).allSatisfy(s -> assertThat(s.scriptId()).startsWith("ov-check-in-"));

    assertThat(pack.scripts()).filteredOn(s -> s.id().equals("restate-1")).singleElement()
        .satisfies(s -> assertThat(s.text()).startsWith("[{exName}, ]I meant what I said"));

    Recommendation gift = engine.recommend(plan, stated(),
        contact("2026-10-03T12:00:00Z", Channel.GIFT_OR_DELIVERY, ContactCategory.SPECIAL_OCCASION));
    assertThat(gift.action()).isEqualTo(Action.NO_REPLY);
    Recommendation parcel = engine.recommend(plan, stated(),
        contact("2026-10-03T12:00:00Z", Channel.GIFT_OR_DELIVERY, ContactCategory.NOSTALGIA_HOOVER));
    assertThat(parcel.explanation().winningRule()).isEqualTo("gift-after-stated");
    assertThat(parcel.action()).isEqualTo(Action.NO_REPLY);

    Recommendation worrying = engine.recommend(plan, stated(), Contact.builder()
        .from(contact("2026-10-04T12:00:00Z", Channel.TEXT, ContactCategory.THREAT_HARASSMENT)).safety(Safety.CONCERN).build());
    assertThat(worrying.resources()).extracting(r -> r.id())
        .containsExactly("eu-112", "nl-dv-veilig-thuis", "nl-113");
    assertThat(worrying.resources().get(2).description()).startsWith("Call or chat for free, day or night");
  }

  @Test
  void theGuideShowsTheFilesAsTheyAre() throws IOException, URISyntaxException {
    Path guide = Path.of("").toAbsolutePath().getParent().resolve("docs/content-authoring.md");
    String text = Files.readString(guide, StandardCharsets.UTF_8);
    Path folder = OverlayTest.pack("our-voice");
    for (String file : FILES) {
      String content = Files.readString(folder.resolve(file), StandardCharsets.UTF_8).strip();
      assertThat(text).as("docs/content-authoring.md shows " + file + " exactly as in " + folder).contains(content);
    }
  }
}
