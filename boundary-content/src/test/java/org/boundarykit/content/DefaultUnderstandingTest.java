package org.boundarykit.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Optional;
import org.boundarykit.Safety;
import org.boundarykit.spi.Classification;
import org.boundarykit.spi.ClassificationContext;
import org.boundarykit.spi.ContactClassifier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Data tests: the shipped lexicons and frames on messages written for this test, one per tactic. */
class DefaultUnderstandingTest {

  private static final ContactClassifier READER = ContentPack.defaults().classifier();

  private static Classification read(String text, String language) {
    return READER.classify(text, ClassificationContext.of(Locale.forLanguageTag(language), Optional.empty()));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "I'm going to kill you                          | en | URGENT  | frame harm-to-you",
      "parked outside your flat. come down            | en | URGENT  | frame presence-at-yours",
      "i have a knife in my bag                       | en | URGENT  | frame weapon-held",
      "i wrote you a letter, it will all be over soon | en | URGENT  | frame farewell",
      "you're mine, you don't get to leave            | en | CONCERN | frame possession",
      "you'll never see the kids again                | en | CONCERN | frame children-leverage",
      "te voy a matar esta noche                      | en | URGENT  | language es",
      "je vais te tuer                                | en | URGENT  | language fr",
      "ich bring dich um                              | en | URGENT  | language de",
  })
  void aTacticIsReadByItsFrame(String text, String language, Safety safety, String signal) {
    Classification c = read(text, language);
    assertThat(c.safety()).as(text).isEqualTo(safety);
    assertThat(c.signals()).as(text).anyMatch(s -> s.startsWith(signal));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "t'as raison, on en reparle demain | fr",
      "this commute is killing me        | en",
      "can you bring the big knife for the cake on saturday | en",
  })
  void ordinaryWordsStayOrdinary(String text, String language) {
    assertThat(read(text, language).safety()).as(text).isEqualTo(Safety.NONE);
  }

  /** A weapon read both as self-harm means and as a threat is a threat: the reader's safety first. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "J'ai toujours le fusil de mon père dans le coffre de la voiture, au cas où. | fr",
      "Mon oncle m'a laissé son fusil, il est dans le coffre. Ce soir je viens chez toi. | fr",
      "Saqué la escopeta de mi abuelo del armario. Esta noche voy a tu casa. | es",
      "Ich hab das Gewehr von meinem Onkel im Kofferraum. Heute Abend komme ich zu dir. | de",
  })
  void aWeaponReadBothWaysIsAThreatToTheReader(String text, String language) {
    Classification c = read(text, "en");
    assertThat(c.safety()).as(text).isEqualTo(Safety.URGENT);
    assertThat(c.category()).as(text).isEqualTo(org.boundarykit.ContactCategory.THREAT_HARASSMENT);
    assertThat(c.signals()).as(text).anyMatch(s -> s.startsWith("frame weapon-held URGENT"))
        .anyMatch(s -> s.equals("language " + language));
  }
}
