package org.boundarykit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * A history that names the scripts the user sent moves the ladder as one that gives the steps:
 * what an app records when it follows the README (the action and the {@code scriptId}) is enough.
 */
class HistoryFromScriptsTest {

  private static final BoundaryEngine ENGINE = TestPolicy.engine();

  /** What the user did, recorded as the action and the script sent, without a step. */
  private static UserResponse scriptOnly(Recommendation r) {
    UserResponse.Builder b = UserResponse.builder().action(r.action());
    r.script().ifPresent(s -> b.scriptId(s.scriptId()));
    return b.build();
  }

  private static List<Recommendation> follow(BoundaryPlan plan, List<ContactCategory> categories, boolean stepsGiven) {
    ContactHistory history = ContactHistory.empty();
    List<Recommendation> out = new ArrayList<>();
    for (int i = 0; i < categories.size(); i++) {
      Contact c = Situations.text(i, categories.get(i));
      Recommendation r = ENGINE.recommend(plan, history, c);
      out.add(r);
      history = history.append(c, stepsGiven ? UserResponse.followed(r) : scriptOnly(r));
    }
    return out;
  }

  @Test
  void aHistoryOfScriptIdsAloneReachesBlock() {
    List<ContactCategory> unwanted = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      unwanted.add(ContactCategory.NOSTALGIA_HOOVER);
    }
    List<Recommendation> advised = follow(Situations.noContact(), unwanted, false);

    assertThat(advised).extracting(Recommendation::action).contains(Action.BLOCK);
    assertThat(advised.subList(0, 3)).extracting(r -> r.step().orElseThrow())
        .containsExactly(EscalationStep.STATE_BOUNDARY, EscalationStep.RESTATE, EscalationStep.FINAL_NOTICE);
    assertThat(advised).extracting(Recommendation::step)
        .isEqualTo(follow(Situations.noContact(), unwanted, true).stream().map(Recommendation::step).toList());
  }

  @Property(tries = 300)
  void followingTheAdviceClimbsTheSameWithOrWithoutSteps(
      @ForAll @Size(min = 1, max = 14) List<ContactCategory> categories, @ForAll boolean coParenting) {
    BoundaryPlan plan = coParenting ? Situations.coParenting() : Situations.noContact();
    List<Recommendation> withSteps = follow(plan, categories, true);
    List<Recommendation> withScripts = follow(plan, categories, false);
    for (int i = 0; i < categories.size(); i++) {
      assertThat(withScripts.get(i).action()).as("contact %d", i).isEqualTo(withSteps.get(i).action());
      assertThat(withScripts.get(i).step()).as("contact %d", i).isEqualTo(withSteps.get(i).step());
    }
  }

  @Test
  void aScriptThePackDoesNotHaveIsRefusedNamingTheEntry() {
    ContactHistory history = Situations.history(
        UserResponse.builder().action(Action.REPLY).scriptId("state_boundary-1").build(),
        UserResponse.builder().action(Action.REPLY).scriptId("made-up-7").build());

    assertThatThrownBy(() -> ENGINE.recommend(Situations.noContact(), history,
            Situations.text(3, ContactCategory.NOSTALGIA_HOOVER)))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.field()).isEqualTo("history[1].response.scriptId"))
        .hasMessageContaining("\"made-up-7\" is not a script of this pack");
  }

  @Test
  void aStepTheScriptContradictsIsRefusedNamingTheEntry() {
    ContactHistory restatedAsFinal = Situations.history(
        UserResponse.builder().action(Action.REPLY).step(EscalationStep.FINAL_NOTICE).scriptId("restate-1").build());
    ContactHistory logisticsAsStep = Situations.history(
        UserResponse.builder().action(Action.REPLY).step(EscalationStep.STATE_BOUNDARY)
            .scriptId("logistics-accept-1").build());

    assertThatThrownBy(() -> ENGINE.recommend(Situations.noContact(), restatedAsFinal,
            Situations.text(3, ContactCategory.NOSTALGIA_HOOVER)))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.field()).isEqualTo("history[0].response.step"))
        .hasMessageContaining("FINAL_NOTICE does not fit script \"restate-1\", a RESTATE script (its step is RESTATE)");
    assertThatThrownBy(() -> ENGINE.recommend(Situations.noContact(), logisticsAsStep,
            Situations.text(3, ContactCategory.NOSTALGIA_HOOVER)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("a LOGISTICS script (not a step of the ladder)");
  }

  @Test
  void aStepAfterTheRepliesMayGoWithTheLastWordsSent() {
    ContactHistory finalThenMuted = Situations.history(
        UserResponse.builder().action(Action.REPLY).scriptId("state_boundary-1").build(),
        UserResponse.builder().action(Action.REPLY).scriptId("restate-1").build(),
        UserResponse.builder().action(Action.MUTE).step(EscalationStep.MUTE).scriptId("final_notice-1").build());
    ContactHistory silentWithWords = Situations.history(
        UserResponse.builder().action(Action.NO_REPLY).step(EscalationStep.NO_RESPONSE).scriptId("restate-1").build());

    Recommendation r = ENGINE.recommend(Situations.noContact(), finalThenMuted,
        Situations.text(4, ContactCategory.NOSTALGIA_HOOVER));
    assertThat(r.explanation().ladder()).isEqualTo(org.boundarykit.rules.LadderPosition.FINAL_NOTICE_GIVEN);
    assertThatThrownBy(() -> ENGINE.recommend(Situations.noContact(), silentWithWords,
            Situations.text(3, ContactCategory.NOSTALGIA_HOOVER)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("history[0].response.step: NO_RESPONSE does not fit script \"restate-1\"");
  }

  @Test
  void aBlockWithTheLastScriptSentIsStillABlock() {
    ContactHistory history = Situations.history(
        UserResponse.builder().action(Action.REPLY).scriptId("state_boundary-1").build(),
        UserResponse.builder().action(Action.REPLY).scriptId("restate-1").build(),
        UserResponse.builder().action(Action.BLOCK).scriptId("final_notice-1").build());

    Recommendation r = ENGINE.recommend(Situations.noContact(), history, Situations.text(4, ContactCategory.NOSTALGIA_HOOVER));

    assertThat(r.explanation().ladder()).isIn(org.boundarykit.rules.LadderPosition.BLOCKED,
        org.boundarykit.rules.LadderPosition.LEGAL_DUE);
  }
}
