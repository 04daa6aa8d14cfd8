package org.boundarykit.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.boundarykit.ContactCategory;
import org.boundarykit.Safety;
import org.boundarykit.Topic;
import org.boundarykit.spi.Classification;
import org.boundarykit.spi.ClassificationContext;
import org.boundarykit.spi.ContactClassifier;
import org.junit.jupiter.api.Test;

/** Logic tests on a small cue list built in code, so they survive edits to the shipped cues. */
class CueClassifierLogicTest {

  static final LocalTime START = LocalTime.of(23, 0);
  static final LocalTime END = LocalTime.of(5, 0);

  static final List<Cue> CUES = List.of(
      Cue.builder().phrase("miss you").category(ContactCategory.NOSTALGIA_HOOVER).weight(2).build(),
      Cue.of("remember when", ContactCategory.NOSTALGIA_HOOVER),
      Cue.of("how are you", ContactCategory.FRIENDSHIP_CHECK_IN),
      Cue.of("you up", ContactCategory.LATE_NIGHT),
      Cue.builder().phrase("pick up the kids").category(ContactCategory.LEGITIMATE_LOGISTICS)
          .topic(Topic.CHILDREN).weight(2).build(),
      Cue.builder().phrase("hurt you").category(ContactCategory.THREAT_HARASSMENT)
          .safety(Safety.URGENT).weight(4).build(),
      Cue.builder().phrase("make you pay").category(ContactCategory.THREAT_HARASSMENT)
          .safety(Safety.CONCERN).weight(3).build(),
      Cue.builder().phrase("end it").category(ContactCategory.SELF_HARM_THREAT)
          .safety(Safety.CONCERN).escalatedSafety(Safety.URGENT).weight(2).build(),
      Cue.builder().phrase("kill myself").category(ContactCategory.SELF_HARM_THREAT)
          .safety(Safety.URGENT).weight(5).build(),
      Cue.builder().phrase("can't go on without you").category(ContactCategory.SELF_HARM_THREAT)
          .safety(Safety.CONCERN).weight(3).build(),
      Cue.builder().phrase("if you stay away").category(ContactCategory.GUILT_TRIP_PUSHBACK).build(),
      Cue.builder().phrase("never").kind(Cue.Kind.NEGATION).build(),
      Cue.builder().phrase("not").kind(Cue.Kind.NEGATION).build(),
      Cue.builder().phrase("if").kind(Cue.Kind.CONDITIONAL).build(),
      Cue.builder().phrase("or else").kind(Cue.Kind.CONDITIONAL).build());

  static final CueClassifier CLASSIFIER = CueClassifier.of(CUES, START, END);

  static ClassificationContext at(int hour, int minute) {
    return ClassificationContext.of(
        Locale.ENGLISH, Optional.of(ZonedDateTime.of(2026, 3, 4, hour, minute, 0, 0, ZoneOffset.UTC)));
  }

  static final ClassificationContext NO_TIME = ClassificationContext.of(Locale.ENGLISH, Optional.empty());

  static Classification classify(String text) {
    return CLASSIFIER.classify(text, NO_TIME);
  }

  @Test
  void noCueMeansUnclassified() {
    assertThat(classify("the weather is nice")).isEqualTo(Classification.unclassified());
    assertThat(classify("")).isEqualTo(Classification.unclassified());
  }

  @Test
  void matchesOnNormalisedTokensAndReportsPhrasesAsAuthored() {
    Classification c = classify("MISSSS U!!! remember when we went to the lake? miss you");
    assertThat(c.category()).isEqualTo(ContactCategory.NOSTALGIA_HOOVER);
    assertThat(c.cues()).containsExactly("miss you", "remember when");
    assertThat(c.safety()).isEqualTo(Safety.NONE);
    assertThat(c.confidence()).isBetween(0.0, 1.0);
  }

  @Test
  void matchesOnlyWholeTokens() {
    assertThat(classify("dismiss your claims")).isEqualTo(Classification.unclassified());
  }

  @Test
  void topicComesFromTopicCues() {
    Classification c = classify("can you pick up the kids at 5");
    assertThat(c.category()).isEqualTo(ContactCategory.LEGITIMATE_LOGISTICS);
    assertThat(c.topic()).contains(Topic.CHILDREN);
  }

  @Test
  void negationRightBeforeACueCancelsIt() {
    assertThat(classify("I would never hurt you").safety()).isEqualTo(Safety.NONE);
    assertThat(classify("I'm not gonna hurt you").safety()).isEqualTo(Safety.NONE);
    assertThat(classify("I won't hurt you, I promise").safety()).isEqualTo(Safety.NONE);
  }

  @Test
  void negationDoesNotHideAThreatElsewhere() {
    Classification c = classify("I would never hurt you. but if you ignore me I'll hurt you");
    assertThat(c.safety()).isEqualTo(Safety.URGENT);
    assertThat(c.category()).isEqualTo(ContactCategory.THREAT_HARASSMENT);
    assertThat(classify("I'd never hurt you, but I will make you pay").safety()).isEqualTo(Safety.CONCERN);
  }

  @Test
  void negationIsBoundedByClausesAndReach() {
    assertThat(classify("not now. hurt you").safety()).isEqualTo(Safety.URGENT);
    assertThat(classify("never mind the rest of it hurt you").safety()).isEqualTo(Safety.URGENT);
  }

  @Test
  void negationInAQuestionDoesNotCancel() {
    assertThat(classify("don't you miss you?").category()).isEqualTo(ContactCategory.NOSTALGIA_HOOVER);
  }

  @Test
  void aDeniedSelfHarmCueStillLeavesConcern() {
    Classification c = classify("don't worry I'm not going to kill myself");
    assertThat(c.safety()).isEqualTo(Safety.CONCERN);
  }

  @Test
  void conditionalRaisesSelfHarmToItsConditionalSafety() {
    assertThat(classify("I want to end it").safety()).isEqualTo(Safety.CONCERN);
    Classification c = classify("if you leave me I'll end it");
    assertThat(c.safety()).isEqualTo(Safety.URGENT);
    assertThat(c.category()).isEqualTo(ContactCategory.SELF_HARM_THREAT);
    assertThat(classify("answer me or else I end it").safety()).isEqualTo(Safety.URGENT);
  }

  @Test
  void aConditionalMarkerInsideALongerCueStillFramesTheSentence() {
    Classification c = classify("if you stay away I'll end it");
    assertThat(c.safety()).isEqualTo(Safety.URGENT);
    assertThat(c.cues()).containsExactly("if you stay away", "end it");
  }

  @Test
  void negationLeavesPracticalCuesAlone() {
    assertThat(classify("I can't pick up the kids today").category())
        .isEqualTo(ContactCategory.LEGITIMATE_LOGISTICS);
    assertThat(classify("I don't miss you").category()).isEqualTo(ContactCategory.OTHER);
  }

  @Test
  void veiledHintsThatStackUpEscalate() {
    assertThat(classify("I want to end it").safety()).isEqualTo(Safety.CONCERN);
    assertThat(classify("I want to end it. I can't go on without you").safety()).isEqualTo(Safety.URGENT);
    assertThat(classify("end it. end it. end it").safety()).isEqualTo(Safety.CONCERN);
  }

  @Test
  void conditionalOnlyFramesItsOwnSentence() {
    assertThat(classify("if you can, call. I want to end it").safety()).isEqualTo(Safety.CONCERN);
  }

  @Test
  void ambiguousDistressIsConcernNotNone() {
    Classification c = classify("I cant go on without u");
    assertThat(c.safety()).isEqualTo(Safety.CONCERN);
    assertThat(c.category()).isEqualTo(ContactCategory.SELF_HARM_THREAT);
  }

  @Test
  void anUrgentCueDecidesTheCategoryOverAHigherScore() {
    Classification c = classify("miss you miss you remember when, miss you. I'll kill myself");
    assertThat(c.category()).isEqualTo(ContactCategory.SELF_HARM_THREAT);
    assertThat(c.safety()).isEqualTo(Safety.URGENT);
  }

  @Test
  void lateNightWordingWinsInsideTheWindowAndFadesOutsideIt() {
    assertThat(CLASSIFIER.classify("you up? how are you", at(2, 10)).category())
        .isEqualTo(ContactCategory.LATE_NIGHT);
    assertThat(CLASSIFIER.classify("you up? how are you", at(12, 0)).category())
        .isEqualTo(ContactCategory.FRIENDSHIP_CHECK_IN);
    assertThat(CLASSIFIER.classify("u up", at(12, 0)).confidence())
        .isLessThan(CLASSIFIER.classify("u up", at(2, 0)).confidence());
  }

  @Test
  void anOrdinaryCheckInAtNightLeansLateNight() {
    assertThat(CLASSIFIER.classify("hey how are you", at(1, 30)).category())
        .isEqualTo(ContactCategory.LATE_NIGHT);
    assertThat(CLASSIFIER.classify("hey how are you", at(18, 30)).category())
        .isEqualTo(ContactCategory.FRIENDSHIP_CHECK_IN);
    assertThat(CLASSIFIER.classify("hey how are you", NO_TIME).category())
        .isEqualTo(ContactCategory.FRIENDSHIP_CHECK_IN);
  }

  @Test
  void theTimeNeverMakesAThreatLateNight() {
    Classification c = CLASSIFIER.classify("I'll hurt you", at(3, 0));
    assertThat(c.category()).isEqualTo(ContactCategory.THREAT_HARASSMENT);
    assertThat(c.safety()).isEqualTo(Safety.URGENT);
  }

  @Test
  void lateNightWindowWrapsMidnightAndMayNotWrap() {
    assertThat(CLASSIFIER.isLateNight(LocalTime.of(23, 0))).isTrue();
    assertThat(CLASSIFIER.isLateNight(LocalTime.of(0, 30))).isTrue();
    assertThat(CLASSIFIER.isLateNight(LocalTime.of(4, 59))).isTrue();
    assertThat(CLASSIFIER.isLateNight(LocalTime.of(5, 0))).isFalse();
    assertThat(CLASSIFIER.isLateNight(LocalTime.of(22, 59))).isFalse();
    CueClassifier early = CueClassifier.of(CUES, LocalTime.of(1, 0), LocalTime.of(4, 0));
    assertThat(early.isLateNight(LocalTime.of(2, 0))).isTrue();
    assertThat(early.isLateNight(LocalTime.of(23, 30))).isFalse();
  }

  @Test
  void buildFailsOnDuplicatePhrasesEmptyPhrasesAndAnEmptyWindow() {
    assertThatThrownBy(() -> CueClassifier.of(
            List.of(Cue.of("your stuff", ContactCategory.PRETEXT_LOGISTICS),
                Cue.of("ur stuff", ContactCategory.PRETEXT_LOGISTICS)), START, END))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cues[1].phrase")
        .hasMessageContaining("cues[0]");
    assertThatThrownBy(() -> CueClassifier.of(List.of(Cue.of("!!!", ContactCategory.OTHER)), START, END))
        .hasMessageContaining("cues[0].phrase");
    assertThatThrownBy(() -> CueClassifier.of(CUES, START, START)).hasMessageStartingWith("lateNight");
  }

  @Test
  void compositeTakesTheMostSevereSafetyAndTheMostConfidentCategory() {
    ContactClassifier app = (text, context) -> Classification.builder()
        .category(ContactCategory.DRAMA_CRISIS_BAIT)
        .safety(Safety.NONE)
        .confidence(0.99)
        .addCues("app-model")
        .build();
    ContactClassifier composite = ContactClassifier.composite(app, CLASSIFIER);
    Classification c = composite.classify("miss you. I'll kill myself", NO_TIME);
    assertThat(c.safety()).isEqualTo(Safety.URGENT);
    assertThat(c.category()).isEqualTo(ContactCategory.DRAMA_CRISIS_BAIT);
    assertThat(c.cues()).containsExactly("app-model", "miss you", "kill myself");
  }
}
