package org.boundarykit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.boundarykit.Situations.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per row of the default policy table in the domain reference. */
class DefaultPolicyTest {

  private final BoundaryEngine engine = TestPolicy.engine();

  @Test
  void urgentThreatAgainstTheUserCallsForEmergencyServicesThenDocumentAndLegalHelp() {
    Recommendation r = engine.recommend(noContact(), ContactHistory.empty(),
        contact(0, Channel.TEXT, ContactCategory.THREAT_HARASSMENT, Safety.URGENT));
    assertThat(r.action()).isEqualTo(Action.CONTACT_EMERGENCY_SERVICES);
    assertThat(r.step()).contains(EscalationStep.LEGAL);
    assertThat(r.followUps()).containsExactly(Action.DOCUMENT, Action.SEEK_LEGAL_HELP);
    assertThat(r.script()).isEmpty();
    assertThat(r.resources()).extracting(SafetyResource::id).containsExactly("us-emergency");
    assertThat(r.notice()).isPresent();
  }

  @Test
  void urgentSelfHarmThreatIsOutsideTheLadder() {
    Recommendation r = engine.recommend(noContact(), history(replied(EscalationStep.STATE_BOUNDARY)),
        contact(5, Channel.TEXT, ContactCategory.SELF_HARM_THREAT, Safety.URGENT));
    assertThat(r.action()).isEqualTo(Action.CONTACT_EMERGENCY_SERVICES);
    assertThat(r.step()).isEmpty();
    assertThat(r.script()).isEmpty();
    assertThat(r.strategies()).extracting(Strategy::id).containsExactly("self-harm");
  }

  @Test
  void concernIsDocumentedThenBlockAndLegalHelp() {
    Recommendation r = engine.recommend(noContact(), ContactHistory.empty(),
        contact(0, Channel.TEXT, ContactCategory.THREAT_HARASSMENT, Safety.CONCERN));
    assertThat(r.action()).isEqualTo(Action.DOCUMENT);
    assertThat(r.step()).contains(EscalationStep.DOCUMENT);
    assertThat(r.followUps()).containsExactly(Action.BLOCK, Action.SEEK_LEGAL_HELP);
    assertThat(r.techSteps()).containsExactly("Make a safety plan first.", "Keep a dated record.", "Block the number.");
  }

  @Test
  void allowedTopicOnAllowedChannelGetsABriefLogisticsReply() {
    Contact pickup = Contact.builder().at(T0).channel(Channel.TEXT)
        .category(ContactCategory.LEGITIMATE_LOGISTICS).topic(Topic.CHILDREN).matter("Friday's pickup").build();
    Recommendation r = engine.recommend(coParenting(), ContactHistory.empty(), pickup);
    assertThat(r.action()).isEqualTo(Action.REPLY_LOGISTICS);
    assertThat(r.step()).isEmpty();
    // nothing is agreed by default: the non-committal answer first, then one of each other kind
    assertThat(r.script()).hasValueSatisfying(s -> {
      assertThat(s.text()).isEqualTo("acknowledge 1 about Friday's pickup.");
      assertThat(s.reply()).hasValue(LogisticsReply.ACKNOWLEDGE);
    });
    assertThat(r.alternatives()).extracting(s -> s.reply().orElseThrow())
        .containsExactly(LogisticsReply.ASK, LogisticsReply.DECLINE, LogisticsReply.ACCEPT);
  }

  @Test
  void followingEachRecommendationClimbsTheLadder() {
    ContactHistory history = ContactHistory.empty();
    List<EscalationStep> steps = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      Contact c = text(i, ContactCategory.NOSTALGIA_HOOVER);
      Recommendation r = engine.recommend(noContact(), history, c);
      r.step().ifPresent(steps::add);
      UserResponse followed = UserResponse.followed(r);
      assertThat(followed.action()).isEqualTo(r.action());
      assertThat(followed.scriptId()).isEqualTo(r.script().map(RenderedScript::scriptId));
      history = history.append(c, followed);
    }
    assertThat(steps).containsExactly(EscalationStep.STATE_BOUNDARY, EscalationStep.RESTATE,
        EscalationStep.FINAL_NOTICE, EscalationStep.NO_RESPONSE);
    // the user sent an alternative: its id is the one kept
    Recommendation r = engine.recommend(noContact(), ContactHistory.empty(), text(0, ContactCategory.NOSTALGIA_HOOVER));
    RenderedScript other = r.alternatives().get(0);
    assertThat(UserResponse.followed(r, other).scriptId()).contains(other.scriptId());
    assertThat(UserResponse.followed(r, null).scriptId()).isEmpty();
  }

  @Test
  void theUsersAnswerPicksItsKindAndFillsItsDetails() {
    Contact swap = Contact.builder().at(T0).channel(Channel.TEXT)
        .category(ContactCategory.LEGITIMATE_LOGISTICS).topic(Topic.CHILDREN).matter("the weekend swap").build();
    LogisticsAnswer decline = LogisticsAnswer.builder().reply(LogisticsReply.DECLINE).alternative("the 21st").build();
    Recommendation r = engine.recommend(coParenting(), ContactHistory.empty(), swap, decline);
    assertThat(r.script()).hasValueSatisfying(s -> {
      assertThat(s.reply()).hasValue(LogisticsReply.DECLINE);
      assertThat(s.text()).isEqualTo("decline 1 about the weekend swap, or the 21st.");
    });
    assertThat(r.alternatives()).singleElement().satisfies(s -> {
      assertThat(s.reply()).hasValue(LogisticsReply.DECLINE);
      assertThat(s.text()).isEqualTo("decline 2 about the weekend swap, or the 21st.");
    });
    LogisticsAnswer accept = LogisticsAnswer.builder().reply(LogisticsReply.ACCEPT).time("Saturday at 10")
        .place("the school").build();
    assertThat(engine.recommend(coParenting(), ContactHistory.empty(), swap, accept).script().orElseThrow().text())
        .isEqualTo("accept 1 about the weekend swap at Saturday at 10 in the school.");
  }

  @Test
  void anAnswerIsNotUsedWhenTheRecommendationIsNotAPracticalReply() {
    Contact threat = Contact.builder().at(T0).channel(Channel.TEXT)
        .category(ContactCategory.THREAT_HARASSMENT).safety(Safety.URGENT).build();
    LogisticsAnswer accept = LogisticsAnswer.builder().reply(LogisticsReply.ACCEPT).time("Saturday").build();
    Recommendation r = engine.recommend(coParenting(), ContactHistory.empty(), threat, accept);
    assertThat(r.action()).isEqualTo(Action.CONTACT_EMERGENCY_SERVICES);
    assertThat(r.script()).isEmpty();
  }

  @Test
  void allowedTopicOnAChannelTheBoundaryDoesNotAllowIsUnwanted() {
    Contact call = Contact.builder().at(T0).channel(Channel.CALL)
        .category(ContactCategory.LEGITIMATE_LOGISTICS).topic(Topic.CHILDREN).build();
    Recommendation r = engine.recommend(coParenting(), ContactHistory.empty(), call);
    assertThat(r.action()).isEqualTo(Action.REPLY);
    assertThat(r.step()).contains(EscalationStep.STATE_BOUNDARY);
  }

  @Test
  void socialInteractionIsMuted() {
    Recommendation r = engine.recommend(noContact(), history(replied(EscalationStep.STATE_BOUNDARY)),
        contact(3, Channel.SOCIAL_INTERACTION, ContactCategory.NOSTALGIA_HOOVER, Safety.NONE));
    assertThat(r.action()).isEqualTo(Action.MUTE);
    assertThat(r.step()).contains(EscalationStep.MUTE);
  }

  @Test
  void messageRelayedByAFriendGetsAScriptForTheFriend() {
    Recommendation r = engine.recommend(noContact(), ContactHistory.empty(),
        contact(0, Channel.VIA_MUTUAL_FRIEND, ContactCategory.FRIENDSHIP_CHECK_IN, Safety.NONE));
    assertThat(r.action()).isEqualTo(Action.TELL_FRIENDS);
    assertThat(r.script()).hasValueSatisfying(s -> assertThat(s.audience()).isEqualTo(Audience.FRIEND));
  }

  @Test
  void firstUnwantedContactStatesTheBoundaryWithTheExsName() {
    Recommendation r = engine.recommend(noContact(), ContactHistory.empty(), text(0, ContactCategory.FRIENDSHIP_CHECK_IN));
    assertThat(r.action()).isEqualTo(Action.REPLY);
    assertThat(r.step()).contains(EscalationStep.STATE_BOUNDARY);
    assertThat(r.script()).hasValueSatisfying(s -> assertThat(s.text()).isEqualTo("Sam, STATE_BOUNDARY variant 1."));
    assertThat(r.alternatives()).hasSize(2);
    assertThat(r.resources()).isEmpty();
  }

  @Test
  void afterTheBoundaryWasStatedItIsRestated() {
    Recommendation r = engine.recommend(noContact(), history(ladderTo(EscalationStep.STATE_BOUNDARY).toArray(new UserResponse[0])),
        text(5, ContactCategory.NOSTALGIA_HOOVER));
    assertThat(r.action()).isEqualTo(Action.REPLY);
    assertThat(r.step()).contains(EscalationStep.RESTATE);
  }

  @Test
  void aGuiltTripRestatementPrefersTheVariantWrittenForIt() {
    Recommendation r = engine.recommend(noContact(), history(replied(EscalationStep.STATE_BOUNDARY)),
        text(5, ContactCategory.GUILT_TRIP_PUSHBACK));
    assertThat(r.script()).hasValueSatisfying(s -> assertThat(s.scriptId()).isEqualTo("restate-guilt"));
  }

  @Test
  void afterARestatementComesTheFinalNotice() {
    Recommendation r = engine.recommend(noContact(), history(ladderTo(EscalationStep.RESTATE).toArray(new UserResponse[0])),
        text(5, ContactCategory.GUILT_TRIP_PUSHBACK));
    assertThat(r.action()).isEqualTo(Action.REPLY);
    assertThat(r.step()).contains(EscalationStep.FINAL_NOTICE);
  }

  @Test
  void afterTheFinalNoticeNoReplyThenMuteThenBlock() {
    List<UserResponse> responses = new ArrayList<>(ladderTo(EscalationStep.FINAL_NOTICE));
    List<EscalationStep> steps = new ArrayList<>();
    for (int extra = 0; extra < 5; extra++) {
      Recommendation r = engine.recommend(noContact(), history(responses.toArray(new UserResponse[0])),
          text(20, ContactCategory.NOSTALGIA_HOOVER));
      steps.add(r.step().orElseThrow());
      responses.add(IGNORED);
    }
    // the 1st and 2nd contact after the final notice: no reply; the 3rd and 4th mute; the 5th blocks
    assertThat(steps).containsExactly(
        EscalationStep.NO_RESPONSE, EscalationStep.NO_RESPONSE, EscalationStep.MUTE, EscalationStep.MUTE, EscalationStep.BLOCK);
  }

  @Test
  void contactAfterABlockIsDocumentedThenLegalHelp() {
    List<UserResponse> responses = new ArrayList<>(ladderTo(EscalationStep.FINAL_NOTICE));
    responses.add(UserResponse.of(Action.BLOCK, EscalationStep.BLOCK));
    Recommendation first = engine.recommend(noContact(), history(responses.toArray(new UserResponse[0])),
        contact(20, Channel.EMAIL, ContactCategory.NOSTALGIA_HOOVER, Safety.NONE));
    assertThat(first.action()).isEqualTo(Action.DOCUMENT);
    assertThat(first.step()).contains(EscalationStep.DOCUMENT);
    responses.add(IGNORED);
    responses.add(IGNORED);
    Recommendation third = engine.recommend(noContact(), history(responses.toArray(new UserResponse[0])),
        contact(20, Channel.EMAIL, ContactCategory.NOSTALGIA_HOOVER, Safety.NONE));
    assertThat(third.action()).isEqualTo(Action.SEEK_LEGAL_HELP);
    assertThat(third.step()).contains(EscalationStep.LEGAL);
  }

  @Test
  void specialOccasionOnceTheBoundaryIsStatedGetsNoReply() {
    Recommendation r = engine.recommend(noContact(), history(replied(EscalationStep.STATE_BOUNDARY)),
        text(5, ContactCategory.SPECIAL_OCCASION));
    assertThat(r.action()).isEqualTo(Action.NO_REPLY);
    assertThat(r.step()).contains(EscalationStep.NO_RESPONSE);
  }

  @Test
  void theExplanationNamesEveryMatchingRuleAndTheWinner() {
    Recommendation r = engine.recommend(noContact(), ContactHistory.empty(),
        contact(0, Channel.SOCIAL_INTERACTION, ContactCategory.NOSTALGIA_HOOVER, Safety.NONE));
    assertThat(r.explanation().winningRule()).isEqualTo("social");
    assertThat(r.explanation().matchedRules()).containsExactly("social", "state");
    assertThat(r.explanation().reason()).isEqualTo("because social");
  }

  @Test
  void theSelfCareLineUsesTheUsersOwnReasons() {
    BoundaryPlan plan = BoundaryPlan.builder().level(ContactLevel.NO_CONTACT)
        .addReasons("I want to heal.", "I keep repeating the same pattern").build();
    Recommendation r = engine.recommend(plan, ContactHistory.empty(), text(0, ContactCategory.OTHER));
    assertThat(r.selfCare()).contains("You chose this because I want to heal; I keep repeating the same pattern.");
    assertThat(r.support()).contains("Can I call you if I'm tempted?");
  }

  @Test
  void aRegionWithNoEntryFallsBackToTheLocalEmergencyNumber() {
    BoundaryPlan plan = BoundaryPlan.builder().level(ContactLevel.NO_CONTACT).region("de").build();
    Recommendation r = engine.recommend(plan, ContactHistory.empty(),
        contact(0, Channel.TEXT, ContactCategory.THREAT_HARASSMENT, Safety.URGENT));
    assertThat(r.resources()).extracting(SafetyResource::contact).containsExactly("your local emergency number");
  }

  @Test
  void aPartlyTranslatedPackFallsBackToTheDefaultLocaleForMissingPurposes() {
    List<Script> scripts = new ArrayList<>(TestPolicy.scripts());
    for (int i = 1; i <= 2; i++) {
      scripts.add(Script.builder().id("fr-friends-" + i).audience(Audience.FRIEND).purpose(ScriptPurpose.TELL_FRIENDS)
          .locale("fr").text("Merci de ne pas transmettre de messages " + i + ".").build());
    }
    BoundaryEngine partly = TestPolicy.engineBuilder().scripts(scripts).build();
    BoundaryPlan french = BoundaryPlan.builder().level(ContactLevel.NO_CONTACT).locale(java.util.Locale.FRENCH).build();
    Recommendation state = partly.recommend(french, ContactHistory.empty(), text(0, ContactCategory.FRIENDSHIP_CHECK_IN));
    assertThat(state.script()).hasValueSatisfying(s -> assertThat(s.scriptId()).startsWith("state_boundary-"));
    Recommendation friends = partly.recommend(french, ContactHistory.empty(),
        contact(0, Channel.VIA_MUTUAL_FRIEND, ContactCategory.OTHER, Safety.NONE));
    assertThat(friends.script()).hasValueSatisfying(s -> assertThat(s.scriptId()).startsWith("fr-friends-"));
  }
}
