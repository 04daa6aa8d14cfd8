package org.boundarykit.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.boundarykit.Action;
import org.boundarykit.BoundaryEngine;
import org.boundarykit.BoundaryPlan;
import org.boundarykit.Channel;
import org.boundarykit.Contact;
import org.boundarykit.ContactCategory;
import org.boundarykit.ContactHistory;
import org.boundarykit.ContactLevel;
import org.boundarykit.EscalationStep;
import org.boundarykit.Recommendation;
import org.boundarykit.ResourceKind;
import org.boundarykit.Safety;
import org.boundarykit.ScriptPurpose;
import org.boundarykit.TechStage;
import org.boundarykit.TechStep;
import org.boundarykit.Topic;
import org.boundarykit.UserResponse;

/**
 * The safety rules of the default pack as properties over any boundary, history and contact: an
 * URGENT contact (labelled by the app, or read from a threat in the text) never gets a reply or
 * silence alone, a no-contact boundary never gets a logistics reply, and where there is danger, or
 * the ex may see the user's phone or accounts, getting safe comes before any step the ex could
 * notice.
 */
class SafetyPropertiesTest {

  private static final BoundaryEngine ENGINE = ContentPack.defaults().engine();
  private static final Map<String, TechStep> STEPS_BY_TEXT = ContentPack.defaults().techSteps().stream()
      .collect(Collectors.toMap(TechStep::text, Function.identity()));
  private static final Instant T0 = Instant.parse("2026-10-01T00:00:00Z");
  private static final Set<Action> SAFE_FOR_URGENT =
      Set.of(Action.CONTACT_EMERGENCY_SERVICES, Action.DOCUMENT, Action.SEEK_LEGAL_HELP);

  private static final List<String> THREATS = List.of(
      "I will kill you", "im going to kill myself", "i'll hurt you", "I want to die tonight", "ur dead",
      "I'm going to end my life", "i will burn your house down");
  private static final List<String> NOISE = List.of(
      "", "hey", "can u do pickup tues?", "I miss you", "happy birthday!!", "you owe me", "u up?",
      "the rent is due", "❤️", "lol", "\u200B\u202E", "we need to talk about the dog");

  @Provide
  Arbitrary<BoundaryPlan> plans() {
    Arbitrary<ContactLevel> levels = Arbitraries.of(ContactLevel.class);
    Arbitrary<Set<Topic>> topics = Arbitraries.of(Topic.class).set().ofMinSize(1);
    Arbitrary<Set<Channel>> channels = Arbitraries.of(Channel.class).set();
    Arbitrary<String> regions = Arbitraries.of("US", "GB", "IE", "DE", "FR", "NL", "JP", "BR");
    return Combinators.combine(levels, topics, channels, regions, Arbitraries.of(true, false))
        .as((level, t, c, region, named) -> {
          BoundaryPlan.Builder b = BoundaryPlan.builder().level(level).region(region);
          if (level != ContactLevel.NO_CONTACT) {
            b.addAllTopics(t).addAllChannels(c);
          }
          if (named) {
            b.exName("Sam");
          }
          return b.build();
        });
  }

  @Provide
  Arbitrary<ContactHistory> histories() {
    Arbitrary<UserResponse> response = Arbitraries.of(
        UserResponse.of(Action.REPLY, EscalationStep.STATE_BOUNDARY),
        UserResponse.of(Action.REPLY, EscalationStep.RESTATE),
        UserResponse.of(Action.REPLY, EscalationStep.FINAL_NOTICE),
        UserResponse.of(Action.NO_REPLY, EscalationStep.NO_RESPONSE),
        UserResponse.of(Action.MUTE, EscalationStep.MUTE),
        UserResponse.of(Action.BLOCK, EscalationStep.BLOCK),
        UserResponse.of(Action.DOCUMENT, EscalationStep.DOCUMENT),
        UserResponse.of(Action.REPLY_LOGISTICS));
    return response.list().ofMaxSize(10).map(responses -> {
      ContactHistory h = ContactHistory.empty();
      for (int i = 0; i < responses.size(); i++) {
        h = h.append(Contact.builder().channel(Channel.TEXT).at(T0.plusSeconds(3600L * i)).text("hey").build(),
            responses.get(i));
      }
      return h;
    });
  }

  private static Arbitrary<Contact.Builder> anyContact() {
    Arbitrary<Channel> channel = Arbitraries.of(Channel.class);
    Arbitrary<Integer> hour = Arbitraries.integers().between(12, 200);
    Arbitrary<ContactCategory> category = Arbitraries.of(ContactCategory.class);
    Arbitrary<Topic> topic = Arbitraries.of(Topic.class);
    return Combinators.combine(channel, hour, category, topic, Arbitraries.of(NOISE))
        .as((ch, h, cat, t, text) -> {
          Contact.Builder b = Contact.builder().channel(ch).at(T0.plusSeconds(3600L * h)).category(cat).topic(t)
              .matter("Friday's pickup");
          if (!text.isEmpty()) {
            b.text(text);
          }
          return b;
        });
  }

  @Provide
  Arbitrary<Contact> urgentContacts() {
    Arbitrary<Contact> labelled = anyContact().map(b -> b.safety(Safety.URGENT).build());
    Arbitrary<Contact> read = Combinators.combine(Arbitraries.of(Channel.class), Arbitraries.of(NOISE),
            Arbitraries.of(THREATS), Arbitraries.of(NOISE), Arbitraries.integers().between(12, 200))
        .as((ch, before, threat, after, h) -> Contact.builder().channel(ch).at(T0.plusSeconds(3600L * h))
            .text((before + " " + threat + " " + after).trim()).build());
    return Arbitraries.oneOf(labelled, read);
  }

  @Provide
  Arbitrary<Contact> anyContacts() {
    return Arbitraries.oneOf(
        anyContact().map(b -> b.safety(Safety.NONE).build()),
        anyContact().map(Contact.Builder::build),
        Combinators.combine(Arbitraries.of(Channel.class), Arbitraries.of(NOISE).filter(t -> !t.isEmpty()),
                Arbitraries.integers().between(12, 200))
            .as((ch, text, h) -> Contact.builder().channel(ch).at(T0.plusSeconds(3600L * h)).text(text).build()));
  }

  @Property(tries = 2000)
  void anUrgentContactNeverGetsAReplyOrSilenceAlone(
      @ForAll("plans") BoundaryPlan plan, @ForAll("histories") ContactHistory history,
      @ForAll("urgentContacts") Contact contact) {
    Recommendation r = ENGINE.recommend(plan, history, contact);
    assertThat(r.safety()).isEqualTo(Safety.URGENT);
    assertThat(r.action()).isIn(SAFE_FOR_URGENT);
    // the only words ever offered are the optional ones that point an ex who threatens self-harm to help
    r.script().ifPresent(script -> {
      assertThat(script.purpose()).isEqualTo(ScriptPurpose.POINT_TO_HELP);
      assertThat(r.category()).isEqualTo(ContactCategory.SELF_HARM_THREAT);
    });
    assertThat(r.resources()).isNotEmpty();
  }

  @Property(tries = 1000)
  void selfHarmAtAnyLevelPointsToHelpAndNeverLeadsWithBlockOrLegalSteps(
      @ForAll("plans") BoundaryPlan plan, @ForAll("histories") ContactHistory history,
      @ForAll("anyContacts") Contact anyContact, @ForAll("dangerLevels") Safety safety) {
    Contact contact = Contact.builder().from(anyContact).category(ContactCategory.SELF_HARM_THREAT).safety(safety).build();
    Recommendation r = ENGINE.recommend(plan, history, contact);
    assertThat(r.category()).isEqualTo(ContactCategory.SELF_HARM_THREAT);
    assertThat(r.safety()).isNotEqualTo(Safety.NONE);
    assertThat(r.action()).isEqualTo(Action.CONTACT_EMERGENCY_SERVICES);
    assertThat(r.followUps()).doesNotContain(Action.BLOCK, Action.SEEK_LEGAL_HELP);
    assertThat(r.script()).hasValueSatisfying(s -> assertThat(s.purpose()).isEqualTo(ScriptPurpose.POINT_TO_HELP));
    assertThat(r.resources()).extracting(res -> res.kind()).contains(ResourceKind.EMERGENCY);
  }

  @Property(tries = 2000)
  void aNoContactBoundaryNeverGetsALogisticsReply(
      @ForAll("plans") BoundaryPlan anyPlan, @ForAll("histories") ContactHistory history,
      @ForAll("anyContacts") Contact contact) {
    BoundaryPlan plan = BoundaryPlan.builder().level(ContactLevel.NO_CONTACT).exName(anyPlan.exName())
        .region(anyPlan.region()).build();
    Recommendation r = ENGINE.recommend(plan, history, contact);
    assertThat(r.action()).isNotEqualTo(Action.REPLY_LOGISTICS);
    assertThat(r.followUps()).doesNotContain(Action.REPLY_LOGISTICS);
  }

  @Property(tries = 2000)
  void whereThereIsDangerGettingSafeComesBeforeAnythingTheExCouldNotice(
      @ForAll("plans") BoundaryPlan anyPlan, @ForAll("histories") ContactHistory history,
      @ForAll("anyContacts") Contact anyContact, @ForAll boolean exMaySeeDevices,
      @ForAll("dangerLevels") Safety safety) {
    BoundaryPlan plan = BoundaryPlan.builder().from(anyPlan).exMaySeeDevices(exMaySeeDevices).build();
    Contact contact = Contact.builder().from(anyContact).safety(safety).build();
    Recommendation r = ENGINE.recommend(plan, history, contact);
    List<TechStep> steps = r.techSteps().stream().map(STEPS_BY_TEXT::get).toList();
    assertThat(steps).doesNotContainNull();
    boolean danger = r.safety() != Safety.NONE;
    if (danger || exMaySeeDevices) {
      assertThat(r.resources()).isNotEmpty();
      int firstNoticeable = firstIndex(steps, s -> s.noticeable() || s.stage() == TechStage.BLOCK);
      if (firstNoticeable >= 0) {
        assertThat(firstIndex(steps, s -> s.stage() == TechStage.GET_SAFE))
            .as("a step for getting safe before %s", steps.get(firstNoticeable).id())
            .isBetween(0, firstNoticeable - 1);
      }
    }
    if (danger) {
      assertThat(steps).isNotEmpty();
      assertThat(steps.get(0).stage()).isEqualTo(TechStage.GET_SAFE);
    }
    int lastBlock = -1;
    for (int i = 0; i < steps.size(); i++) {
      if (steps.get(i).stage() == TechStage.BLOCK) {
        lastBlock = i;
      } else {
        assertThat(lastBlock).as("nothing follows a block step: %s", steps).isEqualTo(-1);
      }
    }
  }

  @Provide
  Arbitrary<Safety> dangerLevels() {
    return Arbitraries.of(Safety.class);
  }

  private static int firstIndex(List<TechStep> steps, java.util.function.Predicate<TechStep> test) {
    for (int i = 0; i < steps.size(); i++) {
      if (test.test(steps.get(i))) {
        return i;
      }
    }
    return -1;
  }
}
