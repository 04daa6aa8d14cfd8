package org.boundarykit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.boundarykit.Situations.IGNORED;
import static org.boundarykit.Situations.T0;
import static org.boundarykit.Situations.noContact;
import static org.boundarykit.Situations.replied;
import static org.boundarykit.Situations.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.boundarykit.internal.Ladder;
import org.boundarykit.rules.EscalationThresholds;
import org.boundarykit.rules.LadderPosition;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The checks of the value types, the history's order, null arguments, and the ladder. */
class ValuesTest {

  @Nested
  class Plans {

    @ParameterizedTest
    @ValueSource(strings = {"GB-SCT", "gb-sct", "ca-on", " AU-NSW ", "BE-VLG", "US-CA", "FR-75"})
    void aRegionMayNameASubdivision(String region) {
      BoundaryPlan plan = BoundaryPlan.builder().level(ContactLevel.NO_CONTACT).region(region).build();
      assertThat(plan.region()).contains(region.trim().toUpperCase(java.util.Locale.ROOT));
    }

    @Test
    void logisticsOnlyNeedsATopic() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> BoundaryPlan.builder().level(ContactLevel.LOGISTICS_ONLY).build())
          .withMessageStartingWith("plan.topics:")
          .withMessageContaining("LOGISTICS_ONLY");
    }

    @Test
    void noContactAllowsNoTopics() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> BoundaryPlan.builder().level(ContactLevel.NO_CONTACT).addTopics(Topic.PETS).build())
          .withMessageStartingWith("plan.topics:")
          .withMessageContaining("PETS");
    }

    @Test
    void noContactAllowsNoChannels() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> BoundaryPlan.builder().level(ContactLevel.NO_CONTACT).addChannels(Channel.EMAIL).build())
          .withMessageStartingWith("plan.channels:")
          .withMessageContaining("EMAIL");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n", "\u2003"})
    void aBlankExNameIsRefused(String name) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> BoundaryPlan.builder().level(ContactLevel.NO_CONTACT).exName(name).build())
          .withMessage("plan.exName: must not be blank");
    }

    @Test
    void anExNameUpToTheLimitIsAcceptedAndALongerOneRefused() {
      String longest = "a".repeat(BoundaryPlan.MAX_NAME_LENGTH);
      assertThat(BoundaryPlan.builder().level(ContactLevel.NO_CONTACT).exName(longest).build().exName())
          .contains(longest);
      assertThatIllegalArgumentException()
          .isThrownBy(() -> BoundaryPlan.builder().level(ContactLevel.NO_CONTACT).exName(longest + "b").build())
          .withMessageStartingWith("plan.exName:")
          .withMessageContaining(String.valueOf(BoundaryPlan.MAX_NAME_LENGTH))
          .withMessageContaining(String.valueOf(BoundaryPlan.MAX_NAME_LENGTH + 1));
    }

    @Test
    void aBlankOrTooLongReasonIsRefusedNamingItsIndex() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> BoundaryPlan.builder().level(ContactLevel.NO_CONTACT).addReasons("to heal", " ").build())
          .withMessageStartingWith("plan.reasons[1]:");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> BoundaryPlan.builder().level(ContactLevel.NO_CONTACT)
              .addReasons("r".repeat(BoundaryPlan.MAX_REASON_LENGTH + 1)).build())
          .withMessageStartingWith("plan.reasons[0]:");
    }

    @Test
    void aBlankChildsOrPetsNameIsRefusedNamingItsIndex() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> BoundaryPlan.builder().level(ContactLevel.NO_CONTACT).addChildren("Noor", "").build())
          .withMessageStartingWith("plan.children[1]:");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> BoundaryPlan.builder().level(ContactLevel.NO_CONTACT)
              .addPets("p".repeat(BoundaryPlan.MAX_NAME_LENGTH + 1)).build())
          .withMessageStartingWith("plan.pets[0]:");
      assertThat(BoundaryPlan.builder().level(ContactLevel.NO_CONTACT).addChildren("Noor").addPets("Biscuit").build()
          .children()).containsExactly("Noor");
    }

    @ParameterizedTest
    // "u\u017f" and "\u0131n" would upper-case to "US" and "IN": non-ASCII letters are not a code
    @ValueSource(strings = {"USA", "U", "", "1A", "U-S", "ÜS", "*", "u\u017f", "\u0131n", "\uff35\uff33", "GB-", "GB-SCOT",
        "GB_SCT", "G1-SCT", "GB-S\u0131", "-SCT"})
    void aBadRegionIsRefused(String region) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> BoundaryPlan.builder().level(ContactLevel.NO_CONTACT).region(region).build())
          .withMessageStartingWith("plan.region:")
          .withMessageContaining("\"" + region + "\"");
    }

    @ParameterizedTest
    // "in" and "it" would upper-case to "İN" and "İT" under the Turkish default locale
    @ValueSource(strings = {"in", "it", "gb", "Us", " ie "})
    void aLowerCaseRegionIsNormalisedToUpperCase(String region) {
      BoundaryPlan plan = BoundaryPlan.builder().level(ContactLevel.NO_CONTACT).region(region).build();
      assertThat(plan.region()).contains(region.trim().toUpperCase(java.util.Locale.ROOT));
      assertThat(plan.region().orElseThrow()).matches("[A-Z]{2}");
    }

    @Test
    void aNormalisedPlanKeepsEverythingElse() {
      BoundaryPlan plan = BoundaryPlan.builder().level(ContactLevel.LIMITED).addTopics(Topic.WORK)
          .addChannels(Channel.EMAIL).exName("Sam").addReasons("to heal").region("de").build();
      assertThat(plan).isEqualTo(BoundaryPlan.builder().level(ContactLevel.LIMITED).addTopics(Topic.WORK)
          .addChannels(Channel.EMAIL).exName("Sam").addReasons("to heal").region("DE").build());
    }

    @Test
    void whatTheLevelAllows() {
      BoundaryPlan limitedAnyTopic = BoundaryPlan.builder().level(ContactLevel.LIMITED).build();
      assertThat(limitedAnyTopic.allowsTopic(Topic.HOUSING)).isTrue();
      assertThat(limitedAnyTopic.allowsChannel(Channel.CALL)).isTrue();
      BoundaryPlan logistics = Situations.coParenting();
      assertThat(logistics.allowsTopic(Topic.CHILDREN)).isTrue();
      assertThat(logistics.allowsTopic(Topic.PETS)).isFalse();
      assertThat(logistics.allowsChannel(Channel.TEXT)).isTrue();
      assertThat(logistics.allowsChannel(Channel.CALL)).isFalse();
      for (Topic topic : Topic.values()) {
        assertThat(noContact().allowsTopic(topic)).isFalse();
      }
      for (Channel channel : Channel.values()) {
        assertThat(noContact().allowsChannel(channel)).isFalse();
      }
    }
  }

  @Nested
  class Contacts {

    @Test
    void aBlankOrTooLongMatterIsRefused() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Contact.builder().channel(Channel.TEXT).at(T0).matter("  ").build())
          .withMessage("contact.matter: must not be blank");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Contact.builder().channel(Channel.TEXT).at(T0)
              .matter("m".repeat(Contact.MAX_MATTER_LENGTH + 1)).build())
          .withMessageStartingWith("contact.matter:");
    }
  }

  @Nested
  class Histories {

    @Test
    void outOfOrderEntriesAreRefusedNamingTheIndex() {
      List<HistoryEntry> entries = List.of(
          HistoryEntry.unanswered(text(0, ContactCategory.OTHER)),
          HistoryEntry.unanswered(text(2, ContactCategory.OTHER)),
          HistoryEntry.unanswered(text(1, ContactCategory.OTHER)));
      assertThatIllegalArgumentException()
          .isThrownBy(() -> ContactHistory.of(entries))
          .withMessageStartingWith("history[2].at:")
          .withMessageContaining("earlier than the entry before it");
    }

    @Test
    void appendingAnEarlierEntryIsRefusedNamingTheIndex() {
      ContactHistory two = ContactHistory.empty()
          .append(text(0, ContactCategory.OTHER), IGNORED)
          .append(text(5, ContactCategory.OTHER), IGNORED);
      assertThatIllegalArgumentException()
          .isThrownBy(() -> two.append(text(4, ContactCategory.OTHER), IGNORED))
          .withMessageStartingWith("history[2].at:");
      assertThat(two.size()).isEqualTo(2);
    }

    @Test
    void entriesAtTheSameInstantAreInOrder() {
      HistoryEntry a = HistoryEntry.unanswered(text(1, ContactCategory.OTHER));
      HistoryEntry b = HistoryEntry.of(text(1, ContactCategory.OTHER), IGNORED);
      ContactHistory history = ContactHistory.of(List.of(a, b));
      assertThat(history.entries()).containsExactly(a, b);
      assertThat(history.last()).contains(b);
      assertThat(history).isEqualTo(ContactHistory.empty().append(a).append(b));
    }

    @Test
    void appendLeavesTheOriginalUnchanged() {
      ContactHistory one = ContactHistory.empty().append(text(0, ContactCategory.OTHER), IGNORED);
      ContactHistory two = one.append(HistoryEntry.unanswered(text(1, ContactCategory.OTHER)));
      assertThat(one.size()).isEqualTo(1);
      assertThat(two.size()).isEqualTo(2);
      assertThat(ContactHistory.of(List.of())).isSameAs(ContactHistory.empty());
    }

    @Test
    void aDelayedContactIsAdvisedAsTheNewestAndNeverRefused() {
      BoundaryEngine engine = TestPolicy.engine();
      ContactHistory history = Situations.history(replied(EscalationStep.STATE_BOUNDARY), IGNORED);
      // sent before the last entry (a phone that was offline): still advised, on the ladder as it stands
      Recommendation late = engine.recommend(noContact(), history, text(0, ContactCategory.OTHER));
      assertThat(late.action()).isEqualTo(Action.REPLY);
      assertThat(late.step()).contains(EscalationStep.RESTATE);
      assertThat(late.explanation().delayed()).isTrue();
      assertThat(late.explanation().toString()).endsWith(", delayed=true}");
      assertThat(engine.recommend(noContact(), history, text(2, ContactCategory.OTHER)).explanation().delayed()).isFalse();
      // a delayed threat gets the urgent path like any other
      Contact threat = Situations.contact(0, Channel.TEXT, ContactCategory.THREAT_HARASSMENT, Safety.URGENT);
      assertThat(engine.recommend(noContact(), history, threat).action()).isEqualTo(Action.CONTACT_EMERGENCY_SERVICES);
      // the windows run from the last entry: an earlier CONCERN contact still raises a delayed one
      ContactHistory concern = ContactHistory.empty()
          .append(Situations.contact(5, Channel.TEXT, ContactCategory.THREAT_HARASSMENT, Safety.CONCERN), IGNORED);
      Recommendation raised = engine.recommend(noContact(), concern, text(2, ContactCategory.OTHER));
      assertThat(raised.safety()).isEqualTo(Safety.CONCERN);
    }
  }

  @Nested
  class NullArguments {

    private final BoundaryEngine engine = TestPolicy.engine();
    private final Contact contact = text(0, ContactCategory.OTHER);

    @Test
    void recommendNamesTheNullArgument() {
      assertThatNullPointerException()
          .isThrownBy(() -> engine.recommend(null, ContactHistory.empty(), contact)).withMessage("plan");
      assertThatNullPointerException()
          .isThrownBy(() -> engine.recommend(noContact(), null, contact)).withMessage("history");
      assertThatNullPointerException()
          .isThrownBy(() -> engine.recommend(noContact(), ContactHistory.empty(), null)).withMessage("contact");
    }

    @Test
    void historiesNameTheNullArgument() {
      assertThatNullPointerException().isThrownBy(() -> ContactHistory.of(null)).withMessage("entries");
      assertThatNullPointerException()
          .isThrownBy(() -> ContactHistory.of(Arrays.asList(HistoryEntry.unanswered(contact), null)))
          .withMessage("entries[1]");
      assertThatNullPointerException()
          .isThrownBy(() -> ContactHistory.empty().append((HistoryEntry) null)).withMessage("entry");
      ContactHistory one = ContactHistory.empty().append(HistoryEntry.unanswered(contact));
      assertThatNullPointerException().isThrownBy(() -> one.append((HistoryEntry) null)).withMessage("entry");
      assertThatNullPointerException().isThrownBy(() -> one.append(null, IGNORED)).withMessage("contact");
      assertThatNullPointerException().isThrownBy(() -> one.append(contact, null)).withMessage("response");
      assertThatNullPointerException().isThrownBy(() -> HistoryEntry.unanswered(null)).withMessage("contact");
    }

    @Test
    void buildersNameTheNullArgument() {
      assertThatNullPointerException()
          .isThrownBy(() -> BoundaryPlan.builder().exName((String) null)).withMessage("exName");
      assertThatNullPointerException()
          .isThrownBy(() -> BoundaryPlan.builder().region((String) null)).withMessage("region");
      assertThatNullPointerException()
          .isThrownBy(() -> Contact.builder().channel(null)).withMessage("channel");
      assertThatNullPointerException()
          .isThrownBy(() -> UserResponse.of(null)).withMessage("action");
      assertThatNullPointerException()
          .isThrownBy(() -> BoundaryEngine.builder().table(null)).withMessage("table");
      assertThatNullPointerException()
          .isThrownBy(() -> BoundaryEngine.builder().scripts(null)).withMessage("scripts");
      assertThatNullPointerException()
          .isThrownBy(() -> BoundaryEngine.builder().scripts(Arrays.asList(TestPolicy.scripts().get(0), null)))
          .withMessage("scripts[1]");
      assertThatNullPointerException()
          .isThrownBy(() -> BoundaryEngine.builder().notice(null)).withMessage("notice");
    }
  }

  @Nested
  class LadderPositions {

    private final EscalationThresholds defaults = TestPolicy.table().thresholds();

    private LadderPosition position(EscalationThresholds thresholds, UserResponse... responses) {
      return Ladder.position(Situations.history(responses).entries(), thresholds);
    }

    private UserResponse[] afterFinalNotice(int ignored) {
      List<UserResponse> responses = new ArrayList<>(Situations.ladderTo(EscalationStep.FINAL_NOTICE));
      for (int i = 0; i < ignored; i++) {
        responses.add(IGNORED);
      }
      return responses.toArray(new UserResponse[0]);
    }

    private UserResponse[] afterBlock(int ignored) {
      List<UserResponse> responses = new ArrayList<>(Arrays.asList(afterFinalNotice(4)));
      responses.add(UserResponse.of(Action.BLOCK, EscalationStep.BLOCK));
      for (int i = 0; i < ignored; i++) {
        responses.add(IGNORED);
      }
      return responses.toArray(new UserResponse[0]);
    }

    @Test
    void theDefaultThresholdsAre353() {
      assertThat(defaults).isEqualTo(EscalationThresholds.of(3, 5, 3));
      assertThat(Situations.ladderTo(EscalationStep.FINAL_NOTICE)).hasSize(3);
    }

    @Test
    void notStated() {
      assertThat(position(defaults)).isEqualTo(LadderPosition.NOT_STATED);
      assertThat(position(defaults, IGNORED, IGNORED, UserResponse.of(Action.REPLY_LOGISTICS)))
          .isEqualTo(LadderPosition.NOT_STATED);
      // an unanswered contact (no response) is not a reply
      assertThat(Ladder.position(
              List.of(HistoryEntry.unanswered(text(0, ContactCategory.OTHER))), defaults))
          .isEqualTo(LadderPosition.NOT_STATED);
    }

    @Test
    void stated() {
      assertThat(position(defaults, replied(EscalationStep.STATE_BOUNDARY))).isEqualTo(LadderPosition.STATED);
      assertThat(position(defaults, replied(EscalationStep.STATE_BOUNDARY), IGNORED, IGNORED, IGNORED, IGNORED))
          .isEqualTo(LadderPosition.STATED);
    }

    @Test
    void restated() {
      assertThat(position(defaults, replied(EscalationStep.STATE_BOUNDARY), replied(EscalationStep.RESTATE)))
          .isEqualTo(LadderPosition.RESTATED);
    }

    @Test
    void finalNoticeGivenUntilTheThirdContactAfterIt() {
      assertThat(position(defaults, afterFinalNotice(0))).isEqualTo(LadderPosition.FINAL_NOTICE_GIVEN);
      assertThat(position(defaults, afterFinalNotice(1))).isEqualTo(LadderPosition.FINAL_NOTICE_GIVEN);
    }

    @Test
    void muteDueFromTheThirdContactAfterTheFinalNotice() {
      assertThat(position(defaults, afterFinalNotice(2))).isEqualTo(LadderPosition.MUTE_DUE);
      assertThat(position(defaults, afterFinalNotice(3))).isEqualTo(LadderPosition.MUTE_DUE);
    }

    @Test
    void blockDueFromTheFifthContactAfterTheFinalNotice() {
      assertThat(position(defaults, afterFinalNotice(4))).isEqualTo(LadderPosition.BLOCK_DUE);
      assertThat(position(defaults, afterFinalNotice(10))).isEqualTo(LadderPosition.BLOCK_DUE);
    }

    @Test
    void blockedAfterABlock() {
      assertThat(position(defaults, afterBlock(0))).isEqualTo(LadderPosition.BLOCKED);
      assertThat(position(defaults, afterBlock(1))).isEqualTo(LadderPosition.BLOCKED);
      // a block without the step recorded still counts
      assertThat(position(defaults, UserResponse.of(Action.BLOCK))).isEqualTo(LadderPosition.BLOCKED);
    }

    @Test
    void legalDueFromTheThirdContactAfterABlock() {
      assertThat(position(defaults, afterBlock(2))).isEqualTo(LadderPosition.LEGAL_DUE);
      assertThat(position(defaults, afterBlock(7))).isEqualTo(LadderPosition.LEGAL_DUE);
    }

    @Test
    void customThresholdsMoveEveryStepEarlier() {
      EscalationThresholds quick = EscalationThresholds.of(1, 2, 1);
      assertThat(position(quick, afterFinalNotice(0))).isEqualTo(LadderPosition.MUTE_DUE);
      assertThat(position(quick, afterFinalNotice(1))).isEqualTo(LadderPosition.BLOCK_DUE);
      assertThat(position(quick, afterBlock(0))).isEqualTo(LadderPosition.LEGAL_DUE);
      assertThat(position(quick, replied(EscalationStep.STATE_BOUNDARY))).isEqualTo(LadderPosition.STATED);
    }

    @Test
    void customThresholdsMoveEveryStepLater() {
      EscalationThresholds patient = EscalationThresholds.of(4, 7, 5);
      assertThat(position(patient, afterFinalNotice(2))).isEqualTo(LadderPosition.FINAL_NOTICE_GIVEN);
      assertThat(position(patient, afterFinalNotice(3))).isEqualTo(LadderPosition.MUTE_DUE);
      assertThat(position(patient, afterFinalNotice(5))).isEqualTo(LadderPosition.MUTE_DUE);
      assertThat(position(patient, afterFinalNotice(6))).isEqualTo(LadderPosition.BLOCK_DUE);
      assertThat(position(patient, afterBlock(3))).isEqualTo(LadderPosition.BLOCKED);
      assertThat(position(patient, afterBlock(4))).isEqualTo(LadderPosition.LEGAL_DUE);
    }

    @Test
    void equalMuteAndBlockThresholdsSkipMute() {
      EscalationThresholds same = EscalationThresholds.of(2, 2, 3);
      assertThat(position(same, afterFinalNotice(0))).isEqualTo(LadderPosition.FINAL_NOTICE_GIVEN);
      assertThat(position(same, afterFinalNotice(1))).isEqualTo(LadderPosition.BLOCK_DUE);
    }

    @Test
    void badThresholdsAreRefused() {
      assertThatIllegalArgumentException().isThrownBy(() -> EscalationThresholds.of(0, 5, 3))
          .withMessageStartingWith("thresholds:");
      assertThatIllegalArgumentException().isThrownBy(() -> EscalationThresholds.of(4, 3, 3))
          .withMessageContaining("muteAt=4, blockAt=3");
      assertThatIllegalArgumentException().isThrownBy(() -> EscalationThresholds.of(3, 5, 0))
          .withMessageContaining("legalAt=0");
    }

    @Test
    void theLastScriptSentIsTheNewestWithAnId() {
      UserResponse sent = UserResponse.builder().action(Action.REPLY).step(EscalationStep.STATE_BOUNDARY)
          .scriptId("state_boundary-2").build();
      assertThat(Ladder.lastScriptSent(Situations.history(sent, IGNORED, IGNORED).entries()))
          .contains("state_boundary-2");
      assertThat(Ladder.lastScriptSent(Situations.history(IGNORED).entries())).isEmpty();
    }
  }
}
