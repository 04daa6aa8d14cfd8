package org.boundarykit.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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
import org.boundarykit.LogisticsAnswer;
import org.boundarykit.LogisticsReply;
import org.boundarykit.Recommendation;
import org.boundarykit.RenderedScript;
import org.boundarykit.Safety;
import org.boundarykit.ScriptPurpose;
import org.boundarykit.TechStage;
import org.boundarykit.TechStep;
import org.boundarykit.Topic;
import org.boundarykit.UserResponse;
import org.boundarykit.rules.LadderPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The hard cases through the real engine and the default pack: co-parenting, limited contact, pretexts. */
class HardCasesPackTest {

  private static final ContentPack PACK = ContentPack.defaults();
  private static final BoundaryEngine ENGINE = PACK.engine();
  private static final Instant T0 = Instant.parse("2026-10-01T12:00:00Z");

  private static final BoundaryPlan CO_PARENT = BoundaryPlan.builder().level(ContactLevel.LOGISTICS_ONLY)
      .addTopics(Topic.CHILDREN).addChannels(Channel.TEXT).exName("Jordan").region("GB-ENG").build();

  private static Contact text(Instant at, String text) {
    return Contact.builder().channel(Channel.TEXT).at(at).text(text).build();
  }

  private static List<RenderedScript> scriptsOf(Recommendation r) {
    List<RenderedScript> all = new ArrayList<>();
    r.script().ifPresent(all::add);
    all.addAll(r.alternatives());
    return all;
  }

  /** A history of {@code n} unwanted messages on the allowed channel, each answered as advised. */
  private static ContactHistory followed(BoundaryPlan plan, int n, ContactCategory category) {
    ContactHistory history = ContactHistory.empty();
    for (int i = 0; i < n; i++) {
      Contact c = Contact.builder().channel(Channel.TEXT).at(T0.plusSeconds(3_600L * i)).category(category)
          .safety(Safety.NONE).build();
      Recommendation r = ENGINE.recommend(plan, history, c);
      history = history.append(HistoryEntry.of(c, UserResponse.followed(r)));
    }
    return history;
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "can we swap weekends? I need the 14th",
      "Could you have Mia on Saturday instead of Sunday this week?",
      "pickup moved to 4 on friday ok?",
      "is it alright if I take the kids to my mum's on the 23rd?"})
  void aRequestToChangeTheArrangementsIsNeverAgreedByDefault(String message) {
    // labelled as the app would after asking the user, so the test is about the answer, not the reading
    Contact request = Contact.builder().from(text(T0, message)).category(ContactCategory.LEGITIMATE_LOGISTICS)
        .topic(Topic.CHILDREN).build();
    Recommendation r = ENGINE.recommend(CO_PARENT, ContactHistory.empty(), request);
    assertThat(r.action()).as(message).isEqualTo(Action.REPLY_LOGISTICS);
    assertThat(r.script()).hasValueSatisfying(s -> assertThat(s.reply()).hasValue(LogisticsReply.ACKNOWLEDGE));
    // every kind is offered, one each, so the user decides
    assertThat(scriptsOf(r)).extracting(s -> s.reply().orElseThrow())
        .containsExactly(LogisticsReply.ACKNOWLEDGE, LogisticsReply.ASK, LogisticsReply.DECLINE, LogisticsReply.ACCEPT);
    // the first answer agrees to nothing and reminds nobody of a channel they already use
    String first = r.script().orElseThrow().text().toLowerCase(Locale.ROOT);
    assertThat(first).doesNotContain("confirm", "agreed", "yes", "works", "channel");
  }

  @Test
  void withTheUsersAnswerTheScriptsGiveThatAnswerWithItsDetails() {
    Contact swap = text(T0, "can we swap weekends? I need the 14th");
    LogisticsAnswer decline = LogisticsAnswer.builder().reply(LogisticsReply.DECLINE)
        .alternative("the weekend of the 21st").build();
    Recommendation r = ENGINE.recommend(CO_PARENT, ContactHistory.empty(), swap, decline);
    assertThat(scriptsOf(r)).hasSizeGreaterThanOrEqualTo(2).allSatisfy(s -> {
      assertThat(s.reply()).hasValue(LogisticsReply.DECLINE);
      assertThat(s.text()).contains("the weekend of the 21st");
    });
    LogisticsAnswer accept = LogisticsAnswer.builder().reply(LogisticsReply.ACCEPT).time("Saturday at 10")
        .place("the school gate").build();
    assertThat(scriptsOf(ENGINE.recommend(CO_PARENT, ContactHistory.empty(), swap, accept)))
        .allSatisfy(s -> assertThat(s.text()).contains("Saturday at 10", "the school gate"));
  }

  @Test
  void aCoParentIsNeverToldToBlockTheChannelTheBoundaryAllows() {
    Set<String> blockSteps = new HashSet<>();
    for (TechStep step : PACK.techSteps()) {
      if (step.stage() == TechStage.BLOCK) {
        blockSteps.add(step.text());
      }
    }
    int checked = 0;
    for (ContactCategory category : ContactCategory.values()) {
      for (int n : new int[] {0, 2, 4, 6, 8, 10, 14}) {
        ContactHistory history = followed(CO_PARENT, n, ContactCategory.NOSTALGIA_HOOVER);
        for (Safety safety : Safety.values()) {
          Contact c = Contact.builder().channel(Channel.TEXT).at(T0.plusSeconds(86_400L * 30)).category(category)
              .safety(safety).build();
          Recommendation r = ENGINE.recommend(CO_PARENT, history, c);
          String situation = category + ", " + safety + ", after " + n + ": " + r.explanation().winningRule();
          assertThat(r.action()).as(situation).isNotEqualTo(Action.BLOCK);
          assertThat(r.followUps()).as(situation).doesNotContain(Action.BLOCK);
          assertThat(r.techSteps()).as(situation).doesNotContainAnyElementsOf(blockSteps);
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(200);
    // the ladder does reach the point where a no-contact boundary would block: there it restricts instead
    ContactHistory long_ = followed(CO_PARENT, 12, ContactCategory.NOSTALGIA_HOOVER);
    Contact probe = Contact.builder().channel(Channel.TEXT).at(T0.plusSeconds(86_400L * 30))
        .category(ContactCategory.NOSTALGIA_HOOVER).safety(Safety.NONE).build();
    assertThat(ENGINE.recommend(CO_PARENT, long_, probe).explanation().ladder()).isIn(LadderPosition.BLOCK_DUE, LadderPosition.BLOCKED,
        LadderPosition.LEGAL_DUE);
  }

  @Test
  void onAChannelOutsideTheArrangementsBlockingStaysPossible() {
    ContactHistory history = ContactHistory.empty();
    Recommendation atBlock = null;
    for (int n = 0; n < 15 && atBlock == null; n++) {
      Contact dm = Contact.builder().channel(Channel.SOCIAL_DM).at(T0.plusSeconds(86_400L * n))
          .category(ContactCategory.NOSTALGIA_HOOVER).safety(Safety.NONE).build();
      Recommendation r = ENGINE.recommend(CO_PARENT, history, dm);
      if (r.action() == Action.BLOCK) {
        atBlock = r;
      }
      history = history.append(HistoryEntry.of(dm, UserResponse.followed(r)));
    }
    assertThat(atBlock).as("a channel the arrangements do not include can be blocked").isNotNull();
  }

  @Test
  void aFriendlyMessageWithinALimitedBoundaryIsNoStepOverTheLine() {
    BoundaryPlan limited = BoundaryPlan.builder().level(ContactLevel.LIMITED).addChannels(Channel.TEXT)
        .exName("Sam").build();
    Contact hello = Contact.builder().channel(Channel.TEXT).at(T0).category(ContactCategory.FRIENDSHIP_CHECK_IN)
        .safety(Safety.NONE).build();
    ContactHistory history = ContactHistory.empty();
    for (int i = 0; i < 6; i++) {
      Recommendation r = ENGINE.recommend(limited, history, Contact.builder().from(hello).at(T0.plusSeconds(86_400L * i)).build());
      assertThat(r.action()).isEqualTo(Action.REPLY);
      assertThat(r.step()).isEmpty();
      assertThat(r.script()).hasValueSatisfying(s -> assertThat(s.purpose()).isEqualTo(ScriptPurpose.FRIENDLY));
      history = history.append(HistoryEntry.of(hello, UserResponse.of(r.action())));
    }
    assertThat(ENGINE.recommend(limited, history, Contact.builder().from(hello).at(T0.plusSeconds(86_400L * 7)).build())
        .explanation().ladder()).isEqualTo(LadderPosition.NOT_STATED);

    // a call, which the boundary does not allow, is told plainly what is fine
    Contact call = Contact.builder().channel(Channel.CALL).at(T0).category(ContactCategory.NOSTALGIA_HOOVER)
        .safety(Safety.NONE).build();
    Recommendation r = ENGINE.recommend(limited, ContactHistory.empty(), call);
    assertThat(r.action()).isEqualTo(Action.REPLY);
    assertThat(scriptsOf(r)).allSatisfy(s -> assertThat(s.text()).contains("texts").contains("calls")
        .doesNotContain("practical"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "my blue hoodie is still at yours, can I swing by tonight and grab it?",
      "I need my passport back, when can I come round?",
      "can we meet up so I can give you your charger back",
      "what's your new address? I've got a box of your stuff"})
  void aPretextUnderNoContactNeverReopensContact(String message) {
    BoundaryPlan none = BoundaryPlan.builder().level(ContactLevel.NO_CONTACT).exName("Sam").build();
    for (int n = 0; n < 3; n++) {
      ContactHistory history = followed(none, n, ContactCategory.PRETEXT_LOGISTICS);
      Contact c = Contact.builder().channel(Channel.TEXT).at(T0.plusSeconds(86_400L * 10)).text(message)
          .category(ContactCategory.PRETEXT_LOGISTICS).safety(Safety.NONE).build();
      for (RenderedScript s : scriptsOf(ENGINE.recommend(none, history, c))) {
        String t = s.text().toLowerCase(Locale.ROOT);
        assertThat(t).as(s.scriptId()).doesNotContain("door", "address", "a short text", "come by", "collect",
            "pick up", "drop off", "text me");
        assertThat(t).as(s.scriptId()).doesNotContainPattern("(?<!no need to |don't need to |no )\\bmeet\\b");
      }
    }
  }

  @Test
  void aScriptNamesOnlyTheTopicsThePlanAllows() {
    // finances are not allowed: the boundary statement names the children, in the pack's words
    Contact money = Contact.builder().channel(Channel.TEXT).at(T0).category(ContactCategory.LEGITIMATE_LOGISTICS)
        .topic(Topic.FINANCES).safety(Safety.NONE).build();
    Recommendation r = ENGINE.recommend(CO_PARENT, ContactHistory.empty(), money);
    assertThat(r.action()).isEqualTo(Action.REPLY);
    assertThat(scriptsOf(r)).isNotEmpty().allSatisfy(s -> assertThat(s.text().toLowerCase(Locale.ROOT))
        .doesNotContain("finance", "money", "bills"));
    assertThat(scriptsOf(r)).anySatisfy(s -> assertThat(s.text()).contains("the children"));
  }

  @Test
  void theUsersReasonsAreQuotedInTheirOwnWords() {
    BoundaryPlan plan = BoundaryPlan.builder().level(ContactLevel.NO_CONTACT).addReasons("I need to heal").build();
    Recommendation r = ENGINE.recommend(plan, ContactHistory.empty(),
        Contact.builder().channel(Channel.TEXT).at(T0).category(ContactCategory.NOSTALGIA_HOOVER).safety(Safety.NONE).build());
    assertThat(r.selfCare()).hasValueSatisfying(line -> {
      assertThat(line).contains("\u201cI need to heal\u201d");
      assertThat(line).doesNotContain("because I need", "You chose this because");
    });
  }

  @Test
  void platformStepsShowOnlyForThePlatformsThePlanNames() {
    Contact dm = Contact.builder().channel(Channel.SOCIAL_DM).at(T0).category(ContactCategory.THREAT_HARASSMENT)
        .safety(Safety.CONCERN).build();
    BoundaryPlan plain = BoundaryPlan.builder().level(ContactLevel.NO_CONTACT).build();
    BoundaryPlan whatsapp = BoundaryPlan.builder().from(plain).addPlatforms("whatsapp").build();
    Set<String> whatsappSteps = new HashSet<>();
    Set<String> instagramSteps = new HashSet<>();
    for (TechStep step : PACK.techSteps()) {
      if (step.platforms().contains("whatsapp")) {
        whatsappSteps.add(step.text());
      }
      if (step.platforms().equals(Set.of("instagram"))) {
        instagramSteps.add(step.text());
      }
    }
    List<String> without = ENGINE.recommend(plain, ContactHistory.empty(), dm).techSteps();
    List<String> with = ENGINE.recommend(whatsapp, ContactHistory.empty(), dm).techSteps();
    assertThat(without).doesNotContainAnyElementsOf(whatsappSteps);
    assertThat(with).containsAnyElementsOf(whatsappSteps).doesNotContainAnyElementsOf(instagramSteps);
    assertThat(with).containsAll(without); // the steps for any platform stay
    // safety first: the first step is a plan, and no noticeable step comes before it
    assertThat(with.get(0)).isEqualTo(PACK.techSteps().stream().filter(t -> t.id().equals("safety-plan"))
        .findFirst().orElseThrow().text());
  }

  @Test
  void legalHelpNamesTheRegionsOwnOrdersThroughItsLegalLines() {
    BoundaryPlan scotland = BoundaryPlan.builder().level(ContactLevel.NO_CONTACT).region("GB-SCT").build();
    ContactHistory history = ContactHistory.empty();
    Recommendation legal = null;
    for (int n = 0; n < 20 && legal == null; n++) {
      Contact c = Contact.builder().channel(Channel.TEXT).at(T0.plusSeconds(86_400L * n))
          .category(ContactCategory.NOSTALGIA_HOOVER).safety(Safety.NONE).build();
      Recommendation r = ENGINE.recommend(scotland, history, c);
      if (r.action() == Action.SEEK_LEGAL_HELP) {
        legal = r;
      }
      history = history.append(HistoryEntry.of(c, UserResponse.followed(r)));
    }
    assertThat(legal).as("the ladder reaches legal help").isNotNull();
    assertThat(legal.safety()).isEqualTo(Safety.NONE);
    // shown although the contact is not dangerous: the emergency number, then the legal lines
    assertThat(legal.resources()).isNotEmpty();
    assertThat(legal.resources().get(0).kind()).isEqualTo(org.boundarykit.ResourceKind.EMERGENCY);
    assertThat(legal.resources().get(1).kind()).isEqualTo(org.boundarykit.ResourceKind.LEGAL_AID);
    assertThat(legal.resources()).anySatisfy(r -> assertThat(r.description()).contains("interdict"));
    assertThat(legal.explanation().reason()).contains("depend on where you live").doesNotContain("restraining");
  }
}
