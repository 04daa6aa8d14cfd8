package org.boundarykit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.boundarykit.rules.DecisionTable;
import org.boundarykit.rules.EscalationThresholds;
import org.boundarykit.rules.Rule;
import org.boundarykit.spi.Classification;
import org.boundarykit.spi.ContactClassifier;
import org.junit.jupiter.api.Test;

/** Message understanding, case by case: floors from the history, the escalation check, asking the user. */
class MessageUnderstandingTest {

  private static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");

  private static final Classification MISS_YOU = Classification.builder().category(ContactCategory.NOSTALGIA_HOOVER)
      .safety(Safety.NONE).confidence(0.9).addCues("miss you").build();

  /** Reads "concern", "urgent" and "self-harm" as what they say, everything else as a confident "miss you". */
  private static final ContactClassifier STUB = (text, context) -> switch (text) {
    case "concern" -> Classification.builder().category(ContactCategory.THREAT_HARASSMENT).safety(Safety.CONCERN)
        .confidence(0.9).addCues("i know where you are").build();
    case "urgent" -> Classification.builder().category(ContactCategory.THREAT_HARASSMENT).safety(Safety.URGENT)
        .confidence(0.9).addCues("hurt you").build();
    case "self-harm" -> Classification.builder().category(ContactCategory.SELF_HARM_THREAT).safety(Safety.URGENT)
        .confidence(0.9).addCues("no reason to live").build();
    case "practical" -> Classification.builder().category(ContactCategory.LEGITIMATE_LOGISTICS).safety(Safety.NONE)
        .confidence(0.9).addCues("sort out").build();
    case "weak" -> Classification.builder().category(ContactCategory.FRIENDSHIP_CHECK_IN).safety(Safety.NONE)
        .confidence(0.2).addCues("hey").build();
    case "" -> Classification.unclassified();
    default -> MISS_YOU;
  };

  private final BoundaryEngine engine = TestPolicy.engineBuilder().classifier(STUB).build();

  private static Contact text(Instant at, String text) {
    return Contact.builder().channel(Channel.TEXT).at(at).text(text).build();
  }

  private static ContactHistory history(Contact... contacts) {
    ContactHistory h = ContactHistory.empty();
    for (Contact c : contacts) {
      h = h.append(HistoryEntry.unanswered(c));
    }
    return h;
  }

  @Test
  void theExplanationNamesTheEarlierContactThatRaisedTheFloor() {
    ContactHistory h = history(text(T0, "concern"));
    Recommendation r = engine.recommend(Situations.noContact(), h, text(T0.plus(Duration.ofHours(3)), "miss you"));
    assertThat(r.safety()).isEqualTo(Safety.CONCERN);
    assertThat(r.action()).isEqualTo(Action.DOCUMENT);
    assertThat(r.category()).isEqualTo(ContactCategory.NOSTALGIA_HOOVER);
    assertThat(r.explanation().raisedBy()).containsExactly("raised to CONCERN: a CONCERN contact 3 hours earlier");
    assertThat(r.resources()).isNotEmpty();
  }

  @Test
  void anUrgentContactRaisesTheNextOnesToUrgentForTwelveHoursThenToConcern() {
    ContactHistory h = history(text(T0, "urgent"));
    Recommendation soon = engine.recommend(Situations.noContact(), h, text(T0.plus(Duration.ofMinutes(90)), "miss you"));
    assertThat(soon.safety()).isEqualTo(Safety.URGENT);
    assertThat(soon.action()).isEqualTo(Action.CONTACT_EMERGENCY_SERVICES);
    assertThat(soon.explanation().raisedBy()).containsExactly(
        "raised to URGENT: an URGENT contact 1 hour earlier", "raised to CONCERN: an URGENT contact 1 hour earlier");

    Recommendation later = engine.recommend(Situations.noContact(), h, text(T0.plus(Duration.ofDays(3)), "miss you"));
    assertThat(later.safety()).isEqualTo(Safety.CONCERN);
    assertThat(later.explanation().raisedBy()).containsExactly("raised to CONCERN: an URGENT contact 3 days earlier");

    Recommendation muchLater = engine.recommend(Situations.noContact(), h, text(T0.plus(Duration.ofDays(15)), "miss you"));
    assertThat(muchLater.safety()).isEqualTo(Safety.NONE);
    assertThat(muchLater.explanation().raisedBy()).isEmpty();
    assertThat(muchLater.action()).isEqualTo(Action.REPLY);
  }

  @Test
  void aFollowUpToAnUrgentSelfHarmThreatKeepsTheSelfHarmPath() {
    ContactHistory h = history(text(T0, "self-harm"));
    Recommendation r = engine.recommend(Situations.noContact(), h, text(T0.plus(Duration.ofHours(2)), "please answer"));
    assertThat(r.safety()).isEqualTo(Safety.URGENT);
    assertThat(r.category()).isEqualTo(ContactCategory.SELF_HARM_THREAT);
    assertThat(r.explanation().winningRule()).isEqualTo("urgent-self-harm");
    assertThat(r.step()).isEmpty(); // outside the ladder: no block-and-legal first
  }

  @Test
  void manyContactsInAShortWindowAreAnEscalation() {
    List<Contact> earlier = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      earlier.add(text(T0.plus(Duration.ofMinutes(10L * i)), "miss you"));
    }
    Instant now = T0.plus(Duration.ofMinutes(45));
    Recommendation fifth = engine.recommend(Situations.noContact(), history(earlier.toArray(new Contact[0])), text(now, "miss you"));
    assertThat(fifth.safety()).isEqualTo(Safety.CONCERN);
    assertThat(fifth.explanation().raisedBy()).containsExactly("escalation: 5 contacts in the last hour");

    Recommendation fourth = engine.recommend(Situations.noContact(), history(earlier.subList(0, 3).toArray(new Contact[0])),
        text(now, "miss you"));
    assertThat(fourth.safety()).isEqualTo(Safety.NONE);

    // spread over more than the window, the same five are no escalation
    List<Contact> spread = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      spread.add(text(T0.plus(Duration.ofMinutes(20L * i)), "miss you"));
    }
    Recommendation calm = engine.recommend(Situations.noContact(), history(spread.toArray(new Contact[0])),
        text(T0.plus(Duration.ofMinutes(80)), "miss you"));
    assertThat(calm.safety()).isEqualTo(Safety.NONE);
  }

  @Test
  void risingSeverityAcrossTheLastContactsIsRecognised() {
    ContactHistory h = history(text(T0, "miss you"), text(T0.plus(Duration.ofDays(1)), "concern"));
    Recommendation r = engine.recommend(Situations.noContact(), h, text(T0.plus(Duration.ofDays(2)), "miss you"));
    assertThat(r.safety()).isEqualTo(Safety.CONCERN);
    assertThat(r.explanation().raisedBy()).containsExactly(
        "raised to CONCERN: a CONCERN contact 24 hours earlier",
        "escalation: safety rising over the last contacts (NONE, then CONCERN)");
  }

  @Test
  void thePacksWindowsAndCountsAreUsed() {
    EscalationThresholds tight = EscalationThresholds.builder().muteAt(3).blockAt(5).legalAt(3)
        .concernWindow(Duration.ofDays(1)).urgentWindow(Duration.ofHours(1)).escalationCount(3)
        .escalationWindow(Duration.ofMinutes(10)).build();
    BoundaryEngine custom = TestPolicy.engineBuilder().classifier(STUB)
        .table(DecisionTable.builder().rules(TestPolicy.rules()).thresholds(tight).build()).build();
    Recommendation lapsed = custom.recommend(Situations.noContact(), history(text(T0, "concern")),
        text(T0.plus(Duration.ofDays(2)), "miss you"));
    assertThat(lapsed.safety()).isEqualTo(Safety.NONE);
    Recommendation urgentLapsed = custom.recommend(Situations.noContact(), history(text(T0, "urgent")),
        text(T0.plus(Duration.ofHours(2)), "miss you"));
    assertThat(urgentLapsed.safety()).isEqualTo(Safety.CONCERN);
    Recommendation burst = custom.recommend(Situations.noContact(),
        history(text(T0, "miss you"), text(T0.plus(Duration.ofMinutes(5)), "miss you")),
        text(T0.plus(Duration.ofMinutes(9)), "miss you"));
    assertThat(burst.explanation().raisedBy()).containsExactly("escalation: 3 contacts in the last 10 minutes");
  }

  @Test
  void onlyEarlierContactsInsideTheLongestWindowAreRead() {
    AtomicInteger reads = new AtomicInteger();
    ContactClassifier counting = (text, context) -> {
      reads.incrementAndGet();
      return MISS_YOU;
    };
    BoundaryEngine counted = TestPolicy.engineBuilder().classifier(counting).build();
    List<Contact> contacts = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      contacts.add(text(T0.plus(Duration.ofDays(i)), "miss you")); // days 0 to 9
    }
    for (int i = 0; i < 70; i++) {
      contacts.add(text(T0.plus(Duration.ofDays(30)).plus(Duration.ofHours(2L * i)), "miss you"));
    }
    Instant now = T0.plus(Duration.ofDays(30)).plus(Duration.ofHours(140));
    counted.recommend(Situations.noContact(), history(contacts.toArray(new Contact[0])), text(now, "miss you"));
    // the new contact, and at most 50 earlier ones, newest first; none from days 0 to 9
    assertThat(reads).hasValue(1 + 50);
  }

  @Test
  void anUnsureReadingAsksWhatTheMessageIsAbout() {
    for (String unsure : List.of("weak", "")) {
      Recommendation r = engine.recommend(Situations.noContact(), ContactHistory.empty(), text(T0, unsure));
      assertThat(r.action()).as(unsure).isEqualTo(Action.ASK_USER);
      assertThat(r.script()).isEmpty();
      assertThat(r.step()).isEmpty();
      assertThat(r.techSteps()).isEmpty();
      assertThat(r.resources()).isEmpty();
      assertThat(r.question()).hasValueSatisfying(q -> {
        assertThat(q.text()).isEqualTo("What is this message about?");
        assertThat(q.choices()).anySatisfy(c -> {
          assertThat(c.category()).isEqualTo(ContactCategory.THREAT_HARASSMENT);
          assertThat(c.safety()).contains(Safety.CONCERN);
        });
      });
      assertThat(r.explanation().winningRule()).isEqualTo(Explanation.ASKED);
      assertThat(r.explanation().reason()).startsWith("This message could not be read with confidence");
    }
    // the answer, given as a label, decides
    Contact answered = Contact.builder().from(text(T0, "weak")).category(ContactCategory.FRIENDSHIP_CHECK_IN).build();
    assertThat(engine.recommend(Situations.noContact(), ContactHistory.empty(), answered).action()).isEqualTo(Action.REPLY);
    Contact unsafe = Contact.builder().from(text(T0, "weak")).category(ContactCategory.THREAT_HARASSMENT)
        .safety(Safety.CONCERN).build();
    assertThat(engine.recommend(Situations.noContact(), ContactHistory.empty(), unsafe).action()).isEqualTo(Action.DOCUMENT);
  }

  @Test
  void anUnsureReadingIsNotAskedAboutWhenSafetyIsRaised() {
    Recommendation r = engine.recommend(Situations.noContact(), history(text(T0, "concern")),
        text(T0.plus(Duration.ofHours(1)), "weak"));
    assertThat(r.action()).isEqualTo(Action.DOCUMENT);
    assertThat(r.question()).isEmpty();
  }

  @Test
  void aLogisticsMessageOnAnUnknownTopicIsAskedAboutUnderLogisticsOnly() {
    Recommendation unknownTopic = engine.recommend(Situations.coParenting(), ContactHistory.empty(), text(T0, "practical"));
    assertThat(unknownTopic.action()).isEqualTo(Action.ASK_USER);

    Contact withTopic = Contact.builder().from(text(T0, "practical")).topic(Topic.CHILDREN).build();
    assertThat(engine.recommend(Situations.coParenting(), ContactHistory.empty(), withTopic).action())
        .isEqualTo(Action.REPLY_LOGISTICS);

    // never a final notice on a guess: after a statement and a restatement it still asks
    ContactHistory restated = Situations.history(Situations.ladderTo(EscalationStep.RESTATE).toArray(new UserResponse[0]));
    Recommendation afterRestate = engine.recommend(Situations.coParenting(), restated,
        text(Situations.T0.plus(Duration.ofDays(1)), "practical"));
    assertThat(afterRestate.action()).isEqualTo(Action.ASK_USER);

    // under no contact, a practical message is unwanted contact like any other
    assertThat(engine.recommend(Situations.noContact(), ContactHistory.empty(), text(T0, "practical")).action())
        .isEqualTo(Action.REPLY);
  }

  @Test
  void theQuestionIsInThePlansLanguageOrTheDefaultLocalesOrTheBuiltInOne() {
    ReadingQuestion german = ReadingQuestion.builder().locale("de").text("Worum geht es?").reason("Unklar.")
        .addChoices(ReadingQuestion.Choice.of(ContactCategory.OTHER, Optional.empty(), "Etwas anderes")).build();
    ReadingQuestion english = ReadingQuestion.builder().locale("en").text("About what?").reason("Unsure.")
        .addChoices(ReadingQuestion.Choice.of(ContactCategory.OTHER, Optional.empty(), "Something else")).build();
    BoundaryEngine asking = TestPolicy.engineBuilder().classifier(STUB).questions(List.of(german, english)).build();
    BoundaryPlan inGerman = BoundaryPlan.builder().level(ContactLevel.NO_CONTACT).locale(Locale.GERMAN).build();
    BoundaryPlan inTurkish = BoundaryPlan.builder().level(ContactLevel.NO_CONTACT).locale(Locale.forLanguageTag("tr")).build();
    assertThat(asking.recommend(inGerman, ContactHistory.empty(), text(T0, "")).question()).contains(german);
    assertThat(asking.recommend(inTurkish, ContactHistory.empty(), text(T0, "")).question()).contains(english);
    assertThat(asking.recommend(inTurkish, ContactHistory.empty(), text(T0, "")).explanation().reason()).isEqualTo("Unsure.");
  }

  @Test
  void noRuleMayAskTheUser() {
    List<Rule> rules = new ArrayList<>(TestPolicy.rules());
    rules.add(0, TestPolicy.rule("asks", Action.ASK_USER, null).addCategories(ContactCategory.OTHER).build());
    rules.add(0, TestPolicy.rule(Explanation.ASKED, Action.DOCUMENT, null).addCategories(ContactCategory.LATE_NIGHT).build());
    assertThatThrownBy(() -> TestPolicy.engineBuilder().table(DecisionTable.builder().rules(rules).build()).build())
        .isInstanceOf(EngineConfigurationException.class)
        .hasMessageContaining("rule asks: ASK_USER is decided by the engine")
        .hasMessageContaining("rule ask-user: the id \"ask-user\" is reserved");
  }

  @Test
  void aSecondQuestionForALanguageIsRefused() {
    ReadingQuestion one = ReadingQuestion.builder().text("About what?").reason("Unsure.")
        .addChoices(ReadingQuestion.Choice.of(ContactCategory.OTHER, Optional.empty(), "Something else")).build();
    assertThatThrownBy(() -> TestPolicy.engineBuilder().questions(List.of(one, one)).build())
        .isInstanceOf(EngineConfigurationException.class)
        .hasMessageContaining("a second question for the same language");
  }

  @Test
  void aQuestionOffersEachCategoryOnceWithALabel() {
    assertThatThrownBy(() -> ReadingQuestion.builder().text("About what?").reason("Unsure.")
            .addChoices(ReadingQuestion.Choice.of(ContactCategory.OTHER, Optional.empty(), "Something else"),
                ReadingQuestion.Choice.of(ContactCategory.OTHER, Optional.empty(), "Anything else"))
            .build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("question.choices[1].category")
        .hasMessageContaining("at most once");
    assertThatThrownBy(() -> ReadingQuestion.Choice.of(ContactCategory.OTHER, Optional.empty(), "  "))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("question.choice.label");
    assertThatThrownBy(() -> ReadingQuestion.builder().text("About what?").reason("Unsure.").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("question.choices");
  }

  @Test
  void thresholdsOutOfRangeAreRefusedWithTheirName() {
    EscalationThresholds.Builder base = EscalationThresholds.builder().muteAt(3).blockAt(5).legalAt(3);
    assertThatThrownBy(() -> EscalationThresholds.builder().from(base.build()).concernWindow(Duration.ZERO).build())
        .hasMessageStartingWith("thresholds.concernWindow:");
    assertThatThrownBy(() -> EscalationThresholds.builder().from(base.build()).urgentWindow(Duration.ofDays(400)).build())
        .hasMessageStartingWith("thresholds.urgentWindow:");
    assertThatThrownBy(() -> EscalationThresholds.builder().from(base.build()).escalationCount(1).build())
        .hasMessageStartingWith("thresholds.escalationCount:");
    assertThatThrownBy(() -> EscalationThresholds.builder().from(base.build()).minConfidence(1.5).build())
        .hasMessageStartingWith("thresholds.minConfidence:");
    EscalationThresholds defaults = base.build();
    assertThat(defaults.concernWindow()).isEqualTo(Duration.ofDays(14));
    assertThat(defaults.urgentWindow()).isEqualTo(Duration.ofHours(12));
    assertThat(defaults.escalationCount()).isEqualTo(5);
    assertThat(defaults.escalationWindow()).isEqualTo(Duration.ofHours(1));
    assertThat(defaults.minConfidence()).isEqualTo(0.35);
    assertThat(defaults).isEqualTo(EscalationThresholds.of(3, 5, 3));
  }
}
