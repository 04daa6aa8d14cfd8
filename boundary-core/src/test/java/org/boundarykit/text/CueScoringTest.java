package org.boundarykit.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.List;
import org.boundarykit.ContactCategory;
import org.boundarykit.Safety;
import org.boundarykit.spi.Classification;
import org.junit.jupiter.api.Test;

/**
 * How cue scores combine, on a small cue list with weights chosen so that each rule of the class
 * description decides the outcome: questions favour check-ins, conditionals favour threats, the
 * late-night window moves scores to LATE_NIGHT and out of it, and negation reaches two words.
 */
class CueScoringTest {

  private static final CueClassifier CLASSIFIER = CueClassifier.of(List.of(
          Cue.builder().phrase("checking in").category(ContactCategory.FRIENDSHIP_CHECK_IN).weight(1.0).build(),
          Cue.builder().phrase("the rent").category(ContactCategory.LEGITIMATE_LOGISTICS).weight(1.2).build(),
          Cue.builder().phrase("the lease").category(ContactCategory.LEGITIMATE_LOGISTICS).weight(2.2).build(),
          Cue.builder().phrase("hurt you").category(ContactCategory.THREAT_HARASSMENT).safety(Safety.CONCERN)
              .weight(1.0).build(),
          Cue.builder().phrase("you up").category(ContactCategory.LATE_NIGHT).weight(1.0).build(),
          Cue.builder().phrase("miss you").category(ContactCategory.NOSTALGIA_HOOVER).weight(1.0).build(),
          Cue.builder().phrase("if").kind(Cue.Kind.CONDITIONAL).build(),
          Cue.builder().phrase("not").kind(Cue.Kind.NEGATION).build()),
      LocalTime.of(23, 0), LocalTime.of(5, 0));

  private static Classification at(String text, int hour) {
    return CLASSIFIER.classify(text, CueClassifierLogicTest.at(hour, 0));
  }

  @Test
  void aQuestionWeighsACheckInMore() {
    assertThat(at("just checking in about the rent.", 15).category()).isEqualTo(ContactCategory.LEGITIMATE_LOGISTICS);
    assertThat(at("just checking in about the rent?", 15).category()).isEqualTo(ContactCategory.FRIENDSHIP_CHECK_IN);
  }

  @Test
  void aConditionalWeighsAThreatMore() {
    assertThat(at("you know I could hurt you. the rent", 15).category())
        .isEqualTo(ContactCategory.LEGITIMATE_LOGISTICS);
    Classification conditional = at("if you go I could hurt you. the rent", 15);
    assertThat(conditional.category()).isEqualTo(ContactCategory.THREAT_HARASSMENT);
    assertThat(conditional.safety()).isEqualTo(Safety.CONCERN);
  }

  @Test
  void outsideTheWindowALateNightCueCountsHalf() {
    assertThat(at("you up? checking in", 15).category()).isEqualTo(ContactCategory.FRIENDSHIP_CHECK_IN);
    assertThat(at("you up? checking in", 1).category()).isEqualTo(ContactCategory.LATE_NIGHT);
  }

  @Test
  void insideTheWindowALateNightCueCountsDoubleAndMore() {
    // 1.0 doubled, plus the base 0.5, beats 2.2; outside the window 0.5 does not
    assertThat(at("you up. the lease", 1).category()).isEqualTo(ContactCategory.LATE_NIGHT);
    assertThat(at("you up. the lease", 15).category()).isEqualTo(ContactCategory.LEGITIMATE_LOGISTICS);
  }

  @Test
  void insideTheWindowNostalgiaLendsHalfItsScore() {
    // a nostalgia cue alone at night reads as late-night contact; against 1.2 its half share plus the base loses
    assertThat(at("miss you", 1).category()).isEqualTo(ContactCategory.LATE_NIGHT);
    assertThat(at("miss you. the rent", 1).category()).isEqualTo(ContactCategory.LEGITIMATE_LOGISTICS);
    assertThat(at("miss you", 15).category()).isEqualTo(ContactCategory.NOSTALGIA_HOOVER);
  }

  @Test
  void aNegationReachesTwoWordsBetween() {
    assertThat(at("not a b hurt you", 15).safety()).isEqualTo(Safety.NONE);
    assertThat(at("not a b c hurt you", 15).safety()).isEqualTo(Safety.CONCERN);
    assertThat(at("not, hurt you", 15).safety()).isEqualTo(Safety.CONCERN);
    assertThat(at("would you not hurt you?", 15).safety()).isEqualTo(Safety.CONCERN);
  }

  @Test
  void aCloserRunnerUpLowersTheConfidence() {
    double clear = at("the lease", 15).confidence();
    double contested = at("the lease. checking in", 15).confidence();
    double stronger = at("the lease. the lease", 15).confidence();
    assertThat(contested).isLessThan(clear);
    assertThat(stronger).isGreaterThan(clear);
  }
}
