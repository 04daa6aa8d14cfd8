package org.boundarykit.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.boundarykit.ContactCategory;
import org.boundarykit.Safety;
import org.boundarykit.Topic;
import org.boundarykit.spi.Classification;
import org.boundarykit.spi.ClassificationContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Data tests: the shipped cue list (boundary-content's cues.en.json) on example messages written for
 * these tests. Each category and each safety level has its own examples.
 */
class ShippedCuesTest {

  private static final CueClassifier CLASSIFIER = ShippedCues.classifier();
  private static final ClassificationContext NO_TIME =
      ClassificationContext.of(Locale.ENGLISH, Optional.empty());

  private static Classification classify(String text) {
    return CLASSIFIER.classify(text, NO_TIME);
  }

  @Test
  void theFileIsWellFormed() {
    JsonNode root = ShippedCues.read(ShippedCues.shippedPath());
    assertThat(root.path("locale").asText()).isEqualTo("en");
    assertThat(root.path("description").asText()).isNotBlank();
    assertThat(CLASSIFIER.lateNightStart()).isEqualTo(LocalTime.of(23, 0));
    assertThat(CLASSIFIER.lateNightEnd()).isEqualTo(LocalTime.of(5, 0));
    assertThat(CLASSIFIER.cues()).hasSizeGreaterThan(300);
    Set<String> phrases = new HashSet<>();
    for (Cue cue : CLASSIFIER.cues()) {
      assertThat(phrases.add(cue.phrase())).as("duplicate phrase %s", cue.phrase()).isTrue();
      assertThat(cue.phrase()).isEqualTo(cue.phrase().strip());
    }
  }

  @Test
  void everyCategoryAndSafetyLevelHasCues() {
    for (ContactCategory c : ContactCategory.values()) {
      assertThat(CLASSIFIER.cues()).as("cues for %s", c).anyMatch(cue -> cue.category().equals(Optional.of(c)));
    }
    for (Topic t : Topic.values()) {
      assertThat(CLASSIFIER.cues()).as("cues for %s", t).anyMatch(cue -> cue.topic().equals(Optional.of(t)));
    }
    assertThat(CLASSIFIER.cues()).anyMatch(cue -> cue.safety().equals(Optional.of(Safety.URGENT)));
    assertThat(CLASSIFIER.cues()).anyMatch(cue -> cue.safety().equals(Optional.of(Safety.CONCERN)));
    assertThat(CLASSIFIER.cues()).anyMatch(cue -> cue.kind() == Cue.Kind.NEGATION);
    assertThat(CLASSIFIER.cues()).anyMatch(cue -> cue.kind() == Cue.Kind.CONDITIONAL);
  }

  @Test
  void selfHarmAndThreatCuesAlwaysCarryASafetyLevel() {
    for (Cue cue : CLASSIFIER.cues()) {
      if (cue.category().equals(Optional.of(ContactCategory.SELF_HARM_THREAT))
          || cue.category().equals(Optional.of(ContactCategory.THREAT_HARASSMENT))) {
        assertThat(cue.safety()).as(cue.phrase()).isPresent();
      }
    }
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      # LATE_NIGHT
      hey u awake??                                                         | LATE_NIGHT
      cant sleep. keep thinking about u 🌙                                  | LATE_NIGHT
      what r u doing rn, want to come over                                 | LATE_NIGHT
      had a few drinks and you're all I can think about, you alone?         | LATE_NIGHT
      # FRIENDSHIP_CHECK_IN
      Hi! How have you been lately?                                         | FRIENDSHIP_CHECK_IN
      just checking in, hope you're doing ok                                | FRIENDSHIP_CHECK_IN
      I'd really like it if we could stay friends                          | FRIENDSHIP_CHECK_IN
      congrats on the promotion, heard the news from your cousin            | FRIENDSHIP_CHECK_IN
      # NOSTALGIA_HOOVER
      I miss uuu so much                                                    | NOSTALGIA_HOOVER
      Drove past the diner where we had our first date and lost it         | NOSTALGIA_HOOVER
      I've changed, I swear. Give me one more chance                        | NOSTALGIA_HOOVER
      nobody will ever get me the way you do ❤️                             | NOSTALGIA_HOOVER
      I was wrong and I'm sorry. can we try again?                         | NOSTALGIA_HOOVER
      # PRETEXT_LOGISTICS
      hey do you still have my grey hoodie? I could swing by and grab it   | PRETEXT_LOGISTICS
      whats the netflix password again                                      | PRETEXT_LOGISTICS
      I think I left my headphones at your place                            | PRETEXT_LOGISTICS
      # LEGITIMATE_LOGISTICS
      Can you pick up the kids from school at 3:15 on Thursday?             | LEGITIMATE_LOGISTICS
      The landlord wants both signatures on the lease renewal by Friday    | LEGITIMATE_LOGISTICS
      Mia has a dentist appointment Tuesday 4pm, can you confirm you'll take her | LEGITIMATE_LOGISTICS
      Your half of the electric bill is 42, venmo is fine                   | LEGITIMATE_LOGISTICS
      # GUILT_TRIP_PUSHBACK
      After everything I did for you, this is how you treat me?            | GUILT_TRIP_PUSHBACK
      wow so you're just ignoring me now. real mature                       | GUILT_TRIP_PUSHBACK
      you owe me at least a conversation                                    | GUILT_TRIP_PUSHBACK
      you're being so cruel and you know it                                 | GUILT_TRIP_PUSHBACK
      # SPECIAL_OCCASION
      Happy birthday!! 🎂 hope it's a great one                            | SPECIAL_OCCASION
      Merry Christmas to you and your family                               | SPECIAL_OCCASION
      happy new year, here's to a better one                               | SPECIAL_OCCASION
      happy valentine's day                                                 | SPECIAL_OCCASION
      # DRAMA_CRISIS_BAIT
      Call me ASAP, something happened and you need to know                 | DRAMA_CRISIS_BAIT
      I have big news and I wanted you to hear it from me first             | DRAMA_CRISIS_BAIT
      I'm seeing someone new btw. she's amazing                             | DRAMA_CRISIS_BAIT
      # SELF_HARM_THREAT
      if you leave me I'll kill myself                                      | SELF_HARM_THREAT
      I don't want to live anymore                                          | SELF_HARM_THREAT
      everyone would be better off without me                               | SELF_HARM_THREAT
      # THREAT_HARASSMENT
      I know where you live. Don't forget that                              | THREAT_HARASSMENT
      I saw you with him at the park today                                  | THREAT_HARASSMENT
      answer me or I'll post your pictures everywhere                       | THREAT_HARASSMENT
      you're going to regret this, I promise you                            | THREAT_HARASSMENT
      # OTHER
      ok                                                                    | OTHER
      fine. have a nice life                                                | OTHER
      sorry, wrong number                                                   | OTHER
      """)
  void ownExamplesPerCategory(String text, ContactCategory expected) {
    assertThat(classify(text).category()).as(text).isEqualTo(expected);
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      # NONE
      can you drop the kids at 6 instead of 5?                              | NONE
      I miss you so much it hurts                                           | NONE
      happy birthday, hope you get spoiled                                  | NONE
      I would never hurt you, you know that                                 | NONE
      I'm not going to hurt you, I just want to talk                        | NONE
      this week is killing me lol                                           | NONE
      I'm so sorry I hurt you                                               | NONE
      # CONCERN
      I drove past your work today. nice car                                | CONCERN
      I know where you are staying now                                      | CONCERN
      I can't go on without you                                             | CONCERN
      you'll be sorry                                                       | CONCERN
      I'll make your life hell                                              | CONCERN
      I don't know what I'll do without you                                 | CONCERN
      I'm outside your apartment, come down                                 | CONCERN
      # URGENT
      I'm going to kill you                                                 | URGENT
      if you don't answer I swear I'll end it, tonight                      | URGENT
      I'll burn your house down                                             | URGENT
      I have the pills in front of me. I want to die                        | URGENT
      if I can't have you, no one can                                       | URGENT
      i would never hurt you. but if you leave i will kill you              | URGENT
      """)
  void ownExamplesPerSafetyLevel(String text, Safety expected) {
    assertThat(classify(text).safety()).as(text).isEqualTo(expected);
  }

  /**
   * A larger file of our own examples: every URGENT example must be found, no NONE example may be
   * URGENT, and at least 90% of the categories must be right (cue lists are never perfect; the
   * misses are printed).
   */
  @Test
  void examplesFile() throws java.io.IOException {
    List<String> lines;
    try (var in = ShippedCuesTest.class.getResourceAsStream("examples.en.txt")) {
      assertThat(in).isNotNull();
      lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().toList();
    }
    int total = 0;
    int right = 0;
    for (String line : lines) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\\|", 3);
      ContactCategory category = ContactCategory.valueOf(parts[0]);
      Safety safety = Safety.valueOf(parts[1]);
      Classification c = classify(parts[2]);
      total++;
      if (c.category() == category) {
        right++;
      } else {
        System.out.println("category miss: " + line + " -> " + c);
      }
      if (safety == Safety.URGENT) {
        assertThat(c.safety()).as(line).isEqualTo(Safety.URGENT);
      }
      if (safety == Safety.NONE) {
        assertThat(c.safety()).as(line).isNotEqualTo(Safety.URGENT);
      }
    }
    assertThat(total).isGreaterThan(80);
    assertThat((double) right / total).isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void topicsOfPracticalMessages() {
    assertThat(classify("the vet bill for Biscuit came, it's 80").topic()).contains(Topic.PETS);
    assertThat(classify("Can you pick up the kids from school").topic()).contains(Topic.CHILDREN);
    assertThat(classify("landlord says the deposit comes back next week").topic()).contains(Topic.HOUSING);
    assertThat(classify("can you send your half of the bill").topic()).contains(Topic.FINANCES);
    assertThat(classify("the client wants the handover notes").topic()).contains(Topic.WORK);
    assertThat(classify("I still have your jacket").topic()).contains(Topic.BELONGINGS);
  }

  @Test
  void lateNightByTheClock() {
    ClassificationContext twoAm = CueClassifierLogicTest.at(2, 14);
    ClassificationContext afternoon = CueClassifierLogicTest.at(15, 0);
    assertThat(CLASSIFIER.classify("hey how are you", twoAm).category()).isEqualTo(ContactCategory.LATE_NIGHT);
    assertThat(CLASSIFIER.classify("hey how are you", afternoon).category())
        .isEqualTo(ContactCategory.FRIENDSHIP_CHECK_IN);
    assertThat(CLASSIFIER.classify("u up?", twoAm).confidence())
        .isGreaterThan(CLASSIFIER.classify("u up?", afternoon).confidence());
    assertThat(CLASSIFIER.classify("pick up the kids at 8 tomorrow", twoAm).category())
        .isEqualTo(ContactCategory.LEGITIMATE_LOGISTICS);
    assertThat(CLASSIFIER.classify("I'm going to kill myself", twoAm).category())
        .isEqualTo(ContactCategory.SELF_HARM_THREAT);
  }

  @Test
  void cuesAreReportedAsAuthoredInOrder() {
    Classification c = classify("I miss you. remember when we went to the coast?");
    assertThat(c.cues()).containsSubsequence("miss you", "remember when");
  }

  @Test
  void obfuscatedThreatsAreStillFound() {
    List<String> texts = List.of(
        "I'LL K\u200BILL Y\u200DOU",
        "i'll kill\u202E you",
        "Ｉ ｗｉｌｌ ｋｉｌｌ ｙｏｕ",
        "ill kiiiill uuuu",
        "I’ll hurt you 🔪");
    for (String text : texts) {
      assertThat(classify(text).safety()).as(text).isEqualTo(Safety.URGENT);
    }
  }
}
