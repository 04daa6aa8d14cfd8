package org.boundarykit.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.boundarykit.ContactCategory;
import org.boundarykit.Safety;
import org.boundarykit.spi.Classification;
import org.boundarykit.spi.ClassificationContext;
import org.junit.jupiter.api.Test;

/** Logic tests of the frame reader on a small lexicon built here, so they survive data edits. */
class MeaningClassifierTest {

  static final Lexicon EN = Lexicon.builder()
      .locale("en")
      .addMarkers("the", "and", "is")
      .addSuffixes("ing", "ed", "s", "es")
      .addConcepts(
          Concept.of("harm", List.of("hurt", "smash", "strangl*")),
          Concept.of("target", List.of("you", "car")),
          Concept.of("weapon", List.of("knife")),
          Concept.of("have", List.of("have", "bought")),
          Concept.of("kitchen", List.of("cake")),
          Concept.of("joke", List.of("lol")),
          Concept.of("now", List.of("tonight")))
      .build();

  static final Lexicon ES = Lexicon.builder()
      .locale("es")
      .addMarkers("que", "el", "la", "voy")
      .addSuffixes("ar", "are", "o", "as")
      .addConcepts(Concept.of("harm", List.of("lastimar")), Concept.of("target", List.of("te")))
      .build();

  static final List<Frame> FRAMES = List.of(
      Frame.builder().id("harm-to-you").category(ContactCategory.THREAT_HARASSMENT)
          .safety(Safety.CONCERN).addSlots(List.of("harm"), List.of("target")).window(8)
          .addNonLiteral("joke").addUrgentWith("now").build(),
      Frame.builder().id("weapon-held").category(ContactCategory.THREAT_HARASSMENT)
          .safety(Safety.URGENT).addSlots(List.of("weapon"), List.of("have"))
          .addUnless("kitchen").build());

  static final MeaningClassifier READER =
      MeaningClassifier.builder().lexicons(List.of(EN, ES)).frames(FRAMES).build();

  static Classification read(String text) {
    return READER.classify(text, ClassificationContext.of(Locale.ENGLISH, Optional.empty()));
  }

  @Test
  void everyInflectionOfAWordFillsTheSameSlot() {
    for (String text : List.of("i will hurt you", "hurting you", "he hurts you", "i hurted you",
        "smashed your car", "strangling you")) {
      assertThat(read(text).safety()).as(text).isEqualTo(Safety.CONCERN);
      assertThat(read(text).category()).as(text).isEqualTo(ContactCategory.THREAT_HARASSMENT);
    }
  }

  @Test
  void disguisedSpellingsAreUndone() {
    for (String text : List.of("i will h@rt you", "i will h*rt you", "s m a s h your car",
        "h.u.r.t you", "hurt у\u043Eu")) {
      assertThat(read(text).safety()).as(text).isEqualTo(Safety.CONCERN);
    }
  }

  @Test
  void slotsMustBeFilledWithinTheWindowAndInOneSentence() {
    assertThat(read("hurt one two three four five six seven eight nine you").safety()).isEqualTo(Safety.NONE);
    assertThat(read("it hurt. you know").safety()).isEqualTo(Safety.NONE);
    assertThat(read("hurt you").signals()).anyMatch(s -> s.startsWith("frame harm-to-you CONCERN"));
  }

  @Test
  void negationNeverCancelsAFrame() {
    assertThat(read("i would never hurt you").safety()).isEqualTo(Safety.CONCERN);
    assertThat(read("don't think I won't hurt you").safety()).isEqualTo(Safety.CONCERN);
  }

  @Test
  void anUrgentConceptAnywhereRaisesTheFrame() {
    assertThat(read("i'll hurt you. tonight").safety()).isEqualTo(Safety.URGENT);
  }

  @Test
  void aClearJokeLowersAFrameAndSaysSo() {
    Classification joke = read("i'll hurt you if you spoil it lol");
    assertThat(joke.safety()).isEqualTo(Safety.NONE);
    assertThat(joke.signals()).anyMatch(s -> s.contains("harm-to-you read as not literal"));
    // but not when the harm comes with a deadline
    assertThat(read("i'll hurt you tonight lol").safety()).isEqualTo(Safety.URGENT);
  }

  @Test
  void anOrdinaryContextStopsAFrame() {
    assertThat(read("i have the knife for the cake").safety()).isEqualTo(Safety.NONE);
    assertThat(read("i have a knife").safety()).isEqualTo(Safety.URGENT);
  }

  @Test
  void theLanguageIsToldFromTheMessageNotThePlan() {
    Classification es = read("que te voy a lastimar");
    assertThat(es.safety()).isEqualTo(Safety.CONCERN);
    assertThat(es.signals()).contains("language es");
  }

  @Test
  void nothingReadIsUnclassified() {
    assertThat(read("")).isEqualTo(Classification.unclassified());
    assertThat(read("hello there")).isEqualTo(Classification.unclassified());
  }

  @Test
  void featuresAreTheSameForTheSameText() {
    ClassificationContext en = ClassificationContext.of(Locale.ENGLISH, Optional.empty());
    List<String> f = READER.features("i will hurt you", en);
    assertThat(f).contains("w:hurt", "b:hurt_you", "c:<hu", "k:harm", "kk:harm+target",
        "f:harm-to-you");
    assertThat(READER.features("i will hurt you", en)).isEqualTo(f);
  }

  @Test
  void aFrameNamingAnUnknownConceptIsRefusedWithItsName() {
    Frame bad = Frame.builder().id("bad").category(ContactCategory.THREAT_HARASSMENT)
        .safety(Safety.CONCERN).addSlots(List.of("nowhere")).build();
    assertThatThrownBy(() -> MeaningClassifier.builder().lexicons(List.of(EN)).frames(List.of(bad)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("frame \"bad\"")
        .hasMessageContaining("\"nowhere\"");
  }

  @Test
  void aShortStarredPrefixIsRefused() {
    Lexicon bad = Lexicon.builder().locale("en").addConcepts(Concept.of("x", List.of("ki*"))).build();
    assertThatThrownBy(() -> MeaningClassifier.builder().lexicons(List.of(bad)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("concept \"x\" term \"ki*\"");
  }

  @Test
  void theModelsDangerHeadRaisesSafety() {
    int buckets = 16;
    float[] danger = new float[buckets];
    for (String f : READER.features("hello there", ClassificationContext.of(Locale.ENGLISH, Optional.empty()))) {
      danger[TextModel.bucket(f, buckets)] = 10f;
    }
    TextModel model = TextModel.of(buckets, List.of("danger", "urgent"), new double[] {-3, -3},
        new float[][] {danger, new float[buckets]}, 0.5, 0.5);
    MeaningClassifier withModel =
        MeaningClassifier.builder().lexicons(List.of(EN)).frames(FRAMES).model(model).build();
    Classification c = withModel.classify("hello there", ClassificationContext.of(Locale.ENGLISH, Optional.empty()));
    assertThat(c.safety()).isEqualTo(Safety.CONCERN);
    assertThat(c.signals()).anyMatch(s -> s.startsWith("model danger"));
  }

  static final Lexicon WITH_NAMES = Lexicon.builder()
      .locale("en")
      .addMarkers("the", "and", "is")
      .addConcepts(
          Concept.of("children", List.of("the kids")),
          Concept.of("pets", List.of("the dog")),
          Concept.of("take", List.of("never see")),
          Concept.of("request", List.of("can you", "please")))
      .build();

  static final MeaningClassifier NAMED = MeaningClassifier.builder().lexicons(List.of(WITH_NAMES))
      .frames(List.of(Frame.builder().id("children-leverage").category(ContactCategory.THREAT_HARASSMENT)
          .safety(Safety.CONCERN).addSlots(List.of("take"), List.of("children")).window(6).build()))
      .build();

  static Classification named(String text) {
    return NAMED.classify(text, ClassificationContext.of(Locale.ENGLISH, Optional.empty(), List.of("Noor"), List.of("Biscuit")));
  }

  @Test
  void aChildsNameFromThePlanReadsAsTheChildren() {
    assertThat(named("you will never see Noor again").safety()).isEqualTo(Safety.CONCERN);
    assertThat(named("can you get Noor from football at 4:40").topic()).contains(org.boundarykit.Topic.CHILDREN);
    assertThat(named("biscuit needs his jab").topic()).contains(org.boundarykit.Topic.PETS);
    // without the names, the same words are only words
    Classification plain = NAMED.classify("you will never see Noor again",
        ClassificationContext.of(Locale.ENGLISH, Optional.empty()));
    assertThat(plain.safety()).isEqualTo(Safety.NONE);
  }

  @Test
  void aMessageAsksWhenItHasAQuestionOrARequest() {
    assertThat(named("can you get Noor at 4").asks()).contains(true);
    assertThat(named("is noor with you?").asks()).contains(true);
    assertThat(named("noor scored a goal today, she was so happy").asks()).contains(false);
    // a lexicon without the request concept does not tell
    assertThat(read("she scored a goal today").asks()).isEmpty();
  }

  @Test
  void spanishShorthandLookalikesAreNotReadAsEnglish() {
    // "ya" and "y" are English shorthand for "you" and "why"; in Spanish they are words of their own
    Lexicon en = Lexicon.builder().locale("en").addMarkers("you", "why")
        .addConcepts(Concept.of("harm", List.of("hurt")), Concept.of("target", List.of("you")),
            Concept.of("joke", List.of("lol")), Concept.of("now", List.of("tonight")),
            Concept.of("weapon", List.of("knife")), Concept.of("have", List.of("have")),
            Concept.of("kitchen", List.of("cake"))).build();
    MeaningClassifier reader = MeaningClassifier.builder().lexicons(List.of(en, ES)).frames(FRAMES).build();
    Classification c = reader.classify("te voy a lastimar y ya", ClassificationContext.of(Locale.ENGLISH, Optional.empty()));
    assertThat(c.signals()).contains("language es");
    assertThat(c.safety()).isEqualTo(Safety.CONCERN);
    // in English the shorthand is still read: "y" is "why", "ya" is "you"
    assertThat(reader.classify("y would i hurt ya", ClassificationContext.of(Locale.ENGLISH, Optional.empty())).safety())
        .isEqualTo(Safety.CONCERN);
  }

  @Test
  void hashedFeaturesScoreAsTheirStringsDo() {
    int buckets = 1 << 12;
    float[] w = new float[buckets];
    for (int i = 0; i < buckets; i++) {
      w[i] = (i % 7) - 3;
    }
    TextModel model = TextModel.of(buckets, List.of("danger", "urgent"), new double[] {0, 0},
        new float[][] {w, w}, 0.5, 0.5);
    MeaningClassifier withModel = MeaningClassifier.builder().lexicons(List.of(EN, ES)).frames(FRAMES).model(model).build();
    ClassificationContext en = ClassificationContext.of(Locale.ENGLISH, Optional.empty());
    for (String text : List.of("i will hurt you tonight lol", "te voy a lastimar", "the cake knife is in the drawer",
        "so so so so long message with repeats repeats")) {
      double[] fromStrings = model.scores(withModel.features(text, en));
      double p = 1.0 / (1.0 + Math.exp(-fromStrings[0]));
      assertThat(withModel.classify(text, en).signals()).as(text)
          .anyMatch(s -> s.startsWith("model danger " + MeaningClassifier.twoPlaces(p) + ","));
    }
  }

  @Test
  void probabilitiesPrintWithTwoDecimals() {
    assertThat(MeaningClassifier.twoPlaces(0.0)).isEqualTo("0.00");
    assertThat(MeaningClassifier.twoPlaces(0.07)).isEqualTo("0.07");
    assertThat(MeaningClassifier.twoPlaces(0.5)).isEqualTo("0.50");
    assertThat(MeaningClassifier.twoPlaces(0.996)).isEqualTo("1.00");
    assertThat(MeaningClassifier.twoPlaces(0.123)).isEqualTo("0.12");
  }
}
