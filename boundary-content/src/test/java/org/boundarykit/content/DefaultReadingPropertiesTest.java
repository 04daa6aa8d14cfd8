package org.boundarykit.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.boundarykit.Action;
import org.boundarykit.BoundaryEngine;
import org.boundarykit.BoundaryPlan;
import org.boundarykit.Channel;
import org.boundarykit.Contact;
import org.boundarykit.ContactCategory;
import org.boundarykit.ContactHistory;
import org.boundarykit.ContactLevel;
import org.boundarykit.Recommendation;
import org.boundarykit.Safety;
import org.boundarykit.ScriptPurpose;
import org.boundarykit.Topic;
import org.boundarykit.spi.Classification;
import org.boundarykit.spi.ClassificationContext;
import org.boundarykit.spi.ContactClassifier;

/**
 * The safety properties of the understanding rules, through the default pack's own classifier and
 * engine: plain threats stay dangerous however they are negated, a
 * given label never lowers what the text says, and no dangerous reading gets a script.
 */
class DefaultReadingPropertiesTest {

  private static final ContentPack PACK = ContentPack.defaults();
  private static final ContactClassifier CLASSIFIER = PACK.classifier();
  private static final BoundaryEngine ENGINE = PACK.engine();
  private static final ClassificationContext EN = ClassificationContext.of(Locale.ENGLISH, Optional.empty());

  /** "i will smash your car", "im gonna stab you": a person, a harm verb, a target. */
  @Provide
  Arbitrary<String> threats() {
    Arbitrary<String> who = Arbitraries.of("i will", "i'm going to", "im gonna", "i'll", "ill", "i swear i'll");
    Arbitrary<String> harm = Arbitraries.of(List.of("hurt", "kill", "stab", "beat", "punch", "smash", "strangle"));
    Arbitrary<String> whom = Arbitraries.of("you", "u", "your car", "your mum", "your house", "ur new boyfriend");
    return Combinators.combine(who, harm, whom).as((a, b, c) -> a + " " + b + " " + c);
  }

  @Provide
  Arbitrary<String> negations() {
    return Arbitraries.of("", "i would never say ", "don't think ", "not saying ", "no one said ", "i'm not threatening you but ",
        "it's not like ", "i never said ");
  }

  @Property(tries = 300)
  void aThreatStaysDangerousHoweverItIsNegated(@ForAll("threats") String threat, @ForAll("negations") String negation) {
    Classification read = CLASSIFIER.classify(negation + threat, EN);
    assertThat(read.safety()).as(negation + threat).isNotEqualTo(Safety.NONE);
  }

  @Property(tries = 300)
  void aGivenLabelNeverLowersWhatTheTextSays(
      @ForAll("threats") String threat, @ForAll ContactCategory given, @ForAll Safety givenSafety) {
    Safety read = CLASSIFIER.classify(threat, EN).safety();
    Contact contact = Contact.builder().at(Instant.parse("2026-10-06T15:00:00Z")).channel(Channel.TEXT).text(threat)
        .category(given).safety(givenSafety).build();
    BoundaryPlan plan = BoundaryPlan.builder().level(ContactLevel.LOGISTICS_ONLY).addTopics(Topic.CHILDREN).build();
    Recommendation r = ENGINE.recommend(plan, ContactHistory.empty(), contact);
    assertThat(r.safety().compareTo(read)).as(threat + " given " + given + "/" + givenSafety).isGreaterThanOrEqualTo(0);
    // no reply; only an app that labels the message self-harm gets the words that point to help
    r.script().ifPresent(script -> {
      assertThat(given).as(threat).isEqualTo(ContactCategory.SELF_HARM_THREAT);
      assertThat(script.purpose()).isEqualTo(ScriptPurpose.POINT_TO_HELP);
    });
    assertThat(r.action()).isNotIn(Action.REPLY, Action.REPLY_LOGISTICS, Action.ASK_USER);
  }
}
