package org.boundarykit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.boundarykit.internal.Ladder;
import org.boundarykit.rules.EscalationThresholds;
import org.boundarykit.rules.LadderPosition;
import org.boundarykit.spi.Classification;
import org.boundarykit.spi.ContactClassifier;
import org.junit.jupiter.api.Test;

/** Details of a recommendation: when the notice shows, when the text is read, how values fill scripts. */
class EngineDetailsTest {

  private static final BoundaryEngine ENGINE = TestPolicy.engine();

  @Test
  void theNoticeShowsWithSafetyAndLegalOutcomesOnly() {
    Recommendation reply = ENGINE.recommend(Situations.noContact(), ContactHistory.empty(), Situations.text(0, ContactCategory.OTHER));
    assertThat(reply.action()).isEqualTo(Action.REPLY);
    assertThat(reply.notice()).isEmpty();

    Recommendation concern = ENGINE.recommend(Situations.noContact(), ContactHistory.empty(),
        Situations.contact(0, Channel.TEXT, ContactCategory.OTHER, Safety.CONCERN));
    assertThat(concern.notice()).isPresent();

    // after a block, a record with legal help to follow: the notice shows though safety is NONE
    List<UserResponse> responses = new ArrayList<>(Situations.ladderTo(EscalationStep.FINAL_NOTICE));
    responses.add(UserResponse.of(Action.BLOCK, EscalationStep.BLOCK));
    ContactHistory blocked = Situations.history(responses.toArray(new UserResponse[0]));
    Recommendation afterBlock = ENGINE.recommend(Situations.noContact(), blocked, Situations.text(10, ContactCategory.OTHER));
    assertThat(afterBlock.action()).isEqualTo(Action.DOCUMENT);
    assertThat(afterBlock.safety()).isEqualTo(Safety.NONE);
    assertThat(afterBlock.notice()).isPresent();

    // legal help due: the action itself calls for the notice
    responses.add(Situations.IGNORED);
    responses.add(Situations.IGNORED);
    ContactHistory legal = Situations.history(responses.toArray(new UserResponse[0]));
    Recommendation legalDue = ENGINE.recommend(Situations.noContact(), legal, Situations.text(12, ContactCategory.OTHER));
    assertThat(legalDue.action()).isEqualTo(Action.SEEK_LEGAL_HELP);
    assertThat(legalDue.notice()).isPresent();
  }

  @Test
  void theTextIsAlwaysReadAndAGivenLabelNeverLowersTheReading() {
    AtomicInteger reads = new AtomicInteger();
    ContactClassifier counting = (text, context) -> {
      reads.incrementAndGet();
      return Classification.builder().category(ContactCategory.NOSTALGIA_HOOVER).safety(Safety.NONE).confidence(0.9)
          .addCues("miss you").build();
    };
    BoundaryEngine engine = TestPolicy.engineBuilder().classifier(counting).build();

    Recommendation labelled = engine.recommend(Situations.noContact(), ContactHistory.empty(),
        Contact.builder().channel(Channel.TEXT).at(Situations.T0).text("miss you").category(ContactCategory.OTHER)
            .safety(Safety.NONE).build());
    assertThat(reads).hasValue(1);
    assertThat(labelled.explanation().classified()).isTrue();
    assertThat(labelled.category()).isEqualTo(ContactCategory.OTHER); // the reading is not more severe: the label stands
    assertThat(labelled.explanation().givenCategory()).hasValue(ContactCategory.OTHER);
    assertThat(labelled.explanation().givenSafety()).hasValue(Safety.NONE);
    assertThat(labelled.explanation().reading()).hasValueSatisfying(
        read -> assertThat(read.category()).isEqualTo(ContactCategory.NOSTALGIA_HOOVER));

    Recommendation noText = engine.recommend(Situations.noContact(), ContactHistory.empty(),
        Contact.builder().channel(Channel.TEXT).at(Situations.T0).build());
    assertThat(reads).hasValue(1);
    assertThat(noText.explanation().classified()).isFalse();
    assertThat(noText.explanation().reading()).isEmpty();
    assertThat(noText.category()).isEqualTo(ContactCategory.OTHER);
  }

  @Test
  void withGivenLabelsTrustedTheTextIsReadOnlyWhenALabelIsMissing() {
    AtomicInteger reads = new AtomicInteger();
    ContactClassifier counting = (text, context) -> {
      reads.incrementAndGet();
      return Classification.builder().category(ContactCategory.SELF_HARM_THREAT).safety(Safety.URGENT).confidence(0.9)
          .addCues("no reason to live").build();
    };
    BoundaryEngine engine = TestPolicy.engineBuilder().classifier(counting).trustGivenLabels(true).build();
    Contact.Builder base = Contact.builder().channel(Channel.TEXT).at(Situations.T0);

    Recommendation labelled = engine.recommend(Situations.noContact(), ContactHistory.empty(),
        base.text("miss you").category(ContactCategory.OTHER).safety(Safety.NONE).build());
    assertThat(reads).hasValue(0);
    assertThat(labelled.explanation().classified()).isFalse();
    assertThat(labelled.category()).isEqualTo(ContactCategory.OTHER);
    assertThat(labelled.safety()).isEqualTo(Safety.NONE);

    Recommendation noSafety = engine.recommend(Situations.noContact(), ContactHistory.empty(),
        Contact.builder().channel(Channel.TEXT).at(Situations.T0).text("miss you").category(ContactCategory.OTHER).build());
    assertThat(reads).hasValue(1);
    assertThat(noSafety.explanation().classified()).isTrue();
    assertThat(noSafety.category()).isEqualTo(ContactCategory.OTHER); // trusted: the label stands
    assertThat(noSafety.safety()).isEqualTo(Safety.URGENT);

    Recommendation noCategory = engine.recommend(Situations.noContact(), ContactHistory.empty(),
        Contact.builder().channel(Channel.TEXT).at(Situations.T0).text("miss you").safety(Safety.NONE).build());
    assertThat(reads).hasValue(2);
    assertThat(noCategory.category()).isEqualTo(ContactCategory.SELF_HARM_THREAT);
    assertThat(noCategory.safety()).isEqualTo(Safety.CONCERN); // given NONE, never below CONCERN for self-harm
    assertThat(noCategory.explanation().cues()).containsExactly("no reason to live");
  }

  @Test
  void theTopicFillsTopicAndStandsInForAMissingMatter() {
    List<Script> scripts = new ArrayList<>(TestPolicy.scripts());
    scripts.removeIf(s -> s.purpose() == ScriptPurpose.LOGISTICS);
    for (LogisticsReply reply : LogisticsReply.values()) {
      for (int i = 1; i <= 2; i++) {
        scripts.add(Script.builder().id("topic-" + reply + "-" + i).audience(Audience.EX).purpose(ScriptPurpose.LOGISTICS)
            .reply(reply).text("Noted " + i + "[ about {matter}][ ({topic})].").addPlaceholders("matter", "topic").build());
      }
    }
    BoundaryEngine engine = TestPolicy.engineBuilder().scripts(scripts).build();
    Contact.Builder contact = Contact.builder().channel(Channel.TEXT).at(Situations.T0)
        .category(ContactCategory.LEGITIMATE_LOGISTICS).safety(Safety.NONE);
    String withMatter = engine.recommend(Situations.coParenting(), ContactHistory.empty(),
        contact.topic(Topic.CHILDREN).matter("Friday's pickup").build()).script().orElseThrow().text();
    assertThat(withMatter).endsWith("about Friday's pickup (the children).");
    String withoutMatter = engine.recommend(Situations.coParenting(), ContactHistory.empty(),
        Contact.builder().channel(Channel.TEXT).at(Situations.T0).category(ContactCategory.LEGITIMATE_LOGISTICS)
            .safety(Safety.NONE).topic(Topic.CHILDREN).build()).script().orElseThrow().text();
    assertThat(withoutMatter).endsWith("about the children (the children).");
  }

  @Test
  void legalHelpIsDueExactlyAtTheThresholdAfterABlock() {
    EscalationThresholds thresholds = EscalationThresholds.of(3, 5, 3);
    List<UserResponse> responses = new ArrayList<>(Situations.ladderTo(EscalationStep.FINAL_NOTICE));
    responses.add(UserResponse.of(Action.BLOCK, EscalationStep.BLOCK));
    responses.add(Situations.IGNORED);
    assertThat(Ladder.position(Situations.history(responses.toArray(new UserResponse[0])).entries(), thresholds))
        .isEqualTo(LadderPosition.BLOCKED);
    responses.add(Situations.IGNORED);
    assertThat(Ladder.position(Situations.history(responses.toArray(new UserResponse[0])).entries(), thresholds))
        .isEqualTo(LadderPosition.LEGAL_DUE);
  }
}
