package org.boundarykit.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
import org.junit.jupiter.api.Test;

class OverlayTest {

  static Path pack(String name) throws URISyntaxException {
    return Path.of(OverlayTest.class.getResource("/packs/" + name + "/pack.json").toURI()).getParent();
  }

  private static Contact contact(ContactCategory category) {
    return Contact.builder().at(Instant.parse("2026-10-01T15:00:00Z")).channel(Channel.TEXT).category(category).build();
  }

  @Test
  void anOverlayOverridesAddsAndInsertsRulesWhereItSays() throws Exception {
    ContentPack base = ContentPack.defaults();
    ContentPack pack = base.with(ContentPack.load(pack("kind-voice"))).validated();

    assertThat(pack.layers()).containsExactly("boundarykit-default@" + base.version(), "kind-voice@0.2.0");
    assertThat(pack.scripts()).hasSize(base.scripts().size() + 3);
    assertThat(pack.scripts()).filteredOn(s -> s.id().equals("state-boundary-1")).singleElement()
        .satisfies(s -> assertThat(s.text()).startsWith("I'm taking real space"));
    int inserted = pack.rules().stream().map(r -> r.id()).toList().indexOf("birthday-always-silent");
    int before = pack.rules().stream().map(r -> r.id()).toList().indexOf("late-night-first");
    assertThat(inserted).isEqualTo(before - 1);
    assertThat(base.rules()).noneMatch(r -> r.id().equals("birthday-always-silent"));

    BoundaryEngine engine = pack.engine();
    BoundaryPlan plan = BoundaryPlan.builder().level(ContactLevel.NO_CONTACT).exName("Robin").region("ZA").build();
    Recommendation checkIn = engine.recommend(plan, ContactHistory.empty(), contact(ContactCategory.FRIENDSHIP_CHECK_IN));
    assertThat(checkIn.script().orElseThrow().scriptId()).startsWith("kv-state-");
    Recommendation birthday = engine.recommend(plan, ContactHistory.empty(), contact(ContactCategory.SPECIAL_OCCASION));
    assertThat(birthday.action()).isEqualTo(Action.NO_REPLY);
    Recommendation threat = engine.recommend(plan, ContactHistory.empty(),
        Contact.builder().from(contact(ContactCategory.THREAT_HARASSMENT)).safety(Safety.URGENT).build());
    assertThat(threat.resources()).extracting(r -> r.id()).containsExactly("za-emergency");
  }

  @Test
  void anOverrideOfAMissingEntryIsReported() {
    String json = """
        {"schemaVersion": 1, "id": "bad-override", "version": "1.0.0",
         "strategies": [{"id": "no-such-strategy", "override": true, "title": "T", "summary": "S"}]}
        """;
    ContentPack overlay = ContentPack.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "bad.json");
    assertThatThrownBy(() -> ContentPack.defaults().with(overlay))
        .isInstanceOf(ContentPackException.class)
        .hasMessageContaining("bad.json: $.strategies[0] (no-such-strategy): marked \"override\"");
  }
}
